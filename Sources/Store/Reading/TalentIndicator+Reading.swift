import Domain
import Foundation

extension TalentIndicator: JSONReadable {
    private enum Field: String, JSONFields {
        case asOf, excerpt, goal, id, label, project, qualifier, series, since, source, unit, value
        static let keys = FieldKeys(rawValuesOf: Self.self)
    }

    init(reading reader: inout JSONReader) throws(JSONReader.Unreadable) {
        var asOf: Month?, excerpt: String?, goal: Double?, id: String?, label: Label?, project: TalentProject?
        var qualifier: FigureQualifier?, series: [MonthlyValue]?, since: String?, source: Source?, unit: Label?, value: Double?
        try reader.object(Field.self) { reader, field throws(JSONReader.Unreadable) in
            switch field {
            case .asOf: asOf = try reader.month()
            case .excerpt: excerpt = try reader.optionalString()
            case .goal: goal = try reader.optional { reader throws(JSONReader.Unreadable) in try reader.double() }
            case .id: id = try reader.string()
            case .label: label = try reader.record(Label.self)
            case .project: project = try reader.value(TalentProject.self)
            case .qualifier: qualifier = try reader.optionalValue(FigureQualifier.self)
            case .series: series = try reader.array(of: MonthlyValue.self)
            case .since: since = try reader.optionalString()
            case .source: source = try reader.value(Source.self)
            case .unit: unit = try reader.record(Label.self)
            case .value: value = try reader.double()
            }
        }
        guard let asOf, let id, let label, let project, let series, let source, let unit, let value
        else { throw JSONReader.Unreadable() }
        self.init(id: id, project: project, label: label, unit: unit, value: value, asOf: asOf, since: since,
                  qualifier: qualifier, goal: goal, series: series, source: source, excerpt: excerpt)
    }
}
