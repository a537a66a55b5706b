import Foundation

/// The one JSON configuration for every file the domain is written to: sorted keys (so output is
/// byte-stable, JSONEncoder's order otherwise changes per run) and ISO 8601 UTC timestamps.
public enum DomainJSON {
    /// The `JSONEncoder` whose bytes `encode` writes; the tests compare the two.
    public static func makeEncoder(pretty: Bool = false) -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = pretty
            ? [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
            : [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .custom { date, encoder in
            var container = encoder.singleValueContainer()
            try container.encode(Timestamp.format(date))
        }
        return encoder
    }

    /// `makeEncoder(pretty:)`'s bytes for `value`, written directly (`JSONValueWriter`) without
    /// JSONEncoder's intermediate tree.
    public static func encode<T: Encodable>(_ value: T, pretty: Bool = false) throws -> Data {
        try JSONValueWriter(pretty: pretty).encode(value)
    }

    public static func makeDecoder() -> JSONDecoder {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .custom { decoder in
            let container = try decoder.singleValueContainer()
            let text = try container.decode(String.self)
            guard let date = Timestamp.parse(text) else {
                throw DecodingReason.error(
                    in: container, zh: "时间“\(text)”无效,应为 ISO 8601 格式,如 2018-10-01T08:00:00Z",
                    en: "invalid timestamp \"\(text)\", expected ISO 8601 such as 2018-10-01T08:00:00Z")
            }
            return date
        }
        return decoder
    }
}
