import Foundation

/// The seed files compiled into the binary by the EmbedSeed plugin, parsed.
struct BundledSeed: Sendable {
    var reported: ReportedSeed
    var config: GeneratorConfig

    static func load() throws(SeedError) -> BundledSeed {
        BundledSeed(reported: try decode("reported.json"), config: try decode("generator.json"))
    }

    /// Parsed once; the files cannot change while the program runs.
    static let shared: Result<BundledSeed, SeedError> = Result { () throws(SeedError) in try load() }

    private static func decode<T: Decodable>(_ name: String) throws(SeedError) -> T {
        guard let text = EmbeddedSeed.files[name] else {
            throw SeedError(file: name, message: "not embedded; is it in seeds/?")
        }
        do {
            return try DomainJSON.makeDecoder().decode(T.self, from: Data(text.utf8))
        } catch {
            throw SeedError(file: name, message: "\(error)")
        }
    }
}
