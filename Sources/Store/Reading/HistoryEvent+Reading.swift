import Domain
import Foundation

extension HistoryEvent: JSONReadable {
    enum Field: String, JSONFields {
        case actor, at, detail, op, seq
        static let keys = FieldKeys(rawValuesOf: Self.self)
    }

    init(reading reader: inout JSONReader) throws(JSONReader.Unreadable) {
        var actor: String?, at: Date?, detail: String?, op: String?, seq: Int?
        try reader.object(Field.self) { reader, field throws(JSONReader.Unreadable) in
            switch field {
            case .actor: actor = try reader.string()
            case .at: at = try reader.date()
            case .detail: detail = try reader.optionalString()
            case .op: op = try reader.string()
            case .seq: seq = try reader.int()
            }
        }
        guard let actor, let at, let op, let seq else { throw JSONReader.Unreadable() }
        self.init(seq: seq, actor: actor, at: at, op: op, detail: detail)
    }
}
