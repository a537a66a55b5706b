/// Why a value of the domain cannot be decoded, in both languages. It travels as the underlying
/// error of a `DecodingError`, whose description stays the English text, so the store can report
/// it in the reader's language next to the file, line and column.
public struct DecodingReason: Error, Sendable {
    public let label: Label

    /// A `dataCorrupted` error at the container's current value.
    public static func error(in container: any SingleValueDecodingContainer, zh: String, en: String) -> DecodingError {
        .dataCorrupted(.init(codingPath: container.codingPath, debugDescription: en,
                             underlyingError: DecodingReason(label: Label(zh: zh, en: en))))
    }

    /// A `dataCorrupted` error at one key of a keyed container.
    public static func error<Key: CodingKey>(forKey key: Key, in container: KeyedDecodingContainer<Key>,
                                             zh: String, en: String) -> DecodingError {
        .dataCorrupted(.init(codingPath: container.codingPath + [key], debugDescription: en,
                             underlyingError: DecodingReason(label: Label(zh: zh, en: en))))
    }
}
