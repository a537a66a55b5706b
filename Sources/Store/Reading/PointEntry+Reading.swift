import Domain
import Foundation

extension PointEntry: JSONReadable {
    private enum Field: String, JSONFields {
        case actor, at, delta, month, reason
        static let keys = FieldKeys(rawValuesOf: Self.self)
    }

    init(reading reader: inout JSONReader) throws(JSONReader.Unreadable) {
        var actor: String?, at: Date?, delta: Int?, month: Month?, reason: String?
        try reader.object(Field.self) { reader, field throws(JSONReader.Unreadable) in
            switch field {
            case .actor: actor = try reader.optionalString()
            case .at: at = try reader.optionalDate()
            case .delta: delta = try reader.int()
            case .month: month = try reader.month()
            case .reason: reason = try reader.string()
            }
        }
        guard let delta, let month, let reason else { throw JSONReader.Unreadable() }
        self.init(month: month, delta: delta, reason: reason, at: at, actor: actor)
    }
}
