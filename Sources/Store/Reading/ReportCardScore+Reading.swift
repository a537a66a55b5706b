import Domain
import Foundation

extension ReportCardScore: JSONReadable {
    private enum Field: String, JSONFields {
        case card, month, score, source
        static let keys = FieldKeys(rawValuesOf: Self.self)
    }

    init(reading reader: inout JSONReader) throws(JSONReader.Unreadable) {
        var card: ReportCard?, month: Month?, score: Double?, source: Source?
        try reader.object(Field.self) { reader, field throws(JSONReader.Unreadable) in
            switch field {
            case .card: card = try reader.value(ReportCard.self)
            case .month: month = try reader.month()
            case .score: score = try reader.double()
            case .source: source = try reader.value(Source.self)
            }
        }
        guard let card, let month, let score, let source else { throw JSONReader.Unreadable() }
        self.init(month: month, card: card, score: score, source: source)
    }
}
