/// Why a ticket was closed. Encoded as `{"kind":"rated","score":4}`,
/// `{"kind":"duplicate","of":"T-000012"}` or `{"kind":"invalid","reason":"…"}`.
public enum CloseReason: Codable, Sendable, Equatable {
    case rated(score: Int)
    case duplicate(of: String)
    case invalid(reason: String)
    /// Closed in the system it was imported from, with that system's note (may be empty).
    case atSource(note: String)

    private enum CodingKeys: String, CodingKey {
        case kind, score, of, reason
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let kind = try container.decode(String.self, forKey: .kind)
        switch kind {
        case "rated": self = .rated(score: try container.decode(Int.self, forKey: .score))
        case "duplicate": self = .duplicate(of: try container.decode(String.self, forKey: .of))
        case "invalid": self = .invalid(reason: try container.decode(String.self, forKey: .reason))
        case "source": self = .atSource(note: try container.decode(String.self, forKey: .reason))
        default:
            throw DecodingReason.error(
                forKey: .kind, in: container, zh: "未知结案原因“\(kind)”,应为 rated、duplicate、invalid 或 source",
                en: "unknown close reason \"\(kind)\", expected rated, duplicate, invalid or source")
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .rated(let score):
            try container.encode("rated", forKey: .kind)
            try container.encode(score, forKey: .score)
        case .duplicate(let of):
            try container.encode("duplicate", forKey: .kind)
            try container.encode(of, forKey: .of)
        case .invalid(let reason):
            try container.encode("invalid", forKey: .kind)
            try container.encode(reason, forKey: .reason)
        case .atSource(let note):
            try container.encode("source", forKey: .kind)
            try container.encode(note, forKey: .reason)
        }
    }
}
