import Domain
import Foundation

extension CloseReason: JSONReadable {
    private enum Field: String, JSONFields {
        case kind, of, reason, score
        static let keys = FieldKeys(rawValuesOf: Self.self)
    }

    /// Like `init(from:)`, which reads only the key its kind needs; a present key of another
    /// kind is read too, so one of the wrong type leaves the fast path (the decoder ignores it).
    init(reading reader: inout JSONReader) throws(JSONReader.Unreadable) {
        var kind: String?, of: String?, reason: String?, score: Int?
        try reader.object(Field.self) { reader, field throws(JSONReader.Unreadable) in
            switch field {
            case .kind: kind = try reader.string()
            case .of: of = try reader.string()
            case .reason: reason = try reader.string()
            case .score: score = try reader.int()
            }
        }
        switch kind {
        case "rated": if let score { self = .rated(score: score); return }
        case "duplicate": if let of { self = .duplicate(of: of); return }
        case "invalid": if let reason { self = .invalid(reason: reason); return }
        case "source": if let reason { self = .atSource(note: reason); return }
        default: break
        }
        throw JSONReader.Unreadable()
    }
}
