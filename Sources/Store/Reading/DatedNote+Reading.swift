import Domain
import Foundation

extension DatedNote: JSONReadable {
    private enum Field: String, JSONFields {
        case actor, at, kind, text
        static let keys = FieldKeys(rawValuesOf: Self.self)
    }

    init(reading reader: inout JSONReader) throws(JSONReader.Unreadable) {
        var actor: String?, at: Date?, kind: AccountabilityStep?, text: String?
        try reader.object(Field.self) { reader, field throws(JSONReader.Unreadable) in
            switch field {
            case .actor: actor = try reader.optionalString()
            case .at: at = try reader.date()
            case .kind: kind = try reader.optionalValue(AccountabilityStep.self)
            case .text: text = try reader.string()
            }
        }
        guard let at, let text else { throw JSONReader.Unreadable() }
        self.init(at: at, actor: actor, text: text, kind: kind)
    }
}
