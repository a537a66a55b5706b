import Domain
import Foundation

extension TicketRating: JSONReadable {
    private enum Field: String, JSONFields {
        case at, comment, score
        static let keys = FieldKeys(rawValuesOf: Self.self)
    }

    init(reading reader: inout JSONReader) throws(JSONReader.Unreadable) {
        var at: Date?, comment: String?, score: Int?
        try reader.object(Field.self) { reader, field throws(JSONReader.Unreadable) in
            switch field {
            case .at: at = try reader.date()
            case .comment: comment = try reader.optionalString()
            case .score: score = try reader.int()
            }
        }
        guard let at, let score else { throw JSONReader.Unreadable() }
        self.init(score: score, comment: comment, at: at)
    }
}
