/// The bundled seed files could not be read. They are compiled in, so this means a bad edit of
/// `seeds/*.json`; the tests catch it before a release.
public struct SeedError: Error, Sendable, CustomStringConvertible {
    public let file: String
    public let message: String

    public var description: String { "seeds/\(file): \(message)" }
}
