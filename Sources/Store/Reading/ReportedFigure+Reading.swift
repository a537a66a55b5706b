import Domain
import Foundation

extension ReportedFigure: JSONReadable {
    private enum Field: String, JSONFields {
        case area, asOf, excerpt, id, label, qualifier, since, source, unit, value
        static let keys = FieldKeys(rawValuesOf: Self.self)
    }

    init(reading reader: inout JSONReader) throws(JSONReader.Unreadable) {
        var area: FigureArea?, asOf: String?, excerpt: String?, id: String?, label: Label?
        var qualifier: FigureQualifier?, since: String?, source: Source?, unit: Label?, value: Double?
        try reader.object(Field.self) { reader, field throws(JSONReader.Unreadable) in
            switch field {
            case .area: area = try reader.value(FigureArea.self)
            case .asOf: asOf = try reader.string()
            case .excerpt: excerpt = try reader.optionalString()
            case .id: id = try reader.string()
            case .label: label = try reader.record(Label.self)
            case .qualifier: qualifier = try reader.optionalValue(FigureQualifier.self)
            case .since: since = try reader.optionalString()
            case .source: source = try reader.value(Source.self)
            case .unit: unit = try reader.record(Label.self)
            case .value: value = try reader.double()
            }
        }
        guard let area, let asOf, let id, let label, let source, let unit, let value else { throw JSONReader.Unreadable() }
        self.init(id: id, area: area, label: label, value: value, unit: unit, asOf: asOf, since: since,
                  qualifier: qualifier, source: source, excerpt: excerpt)
    }
}
