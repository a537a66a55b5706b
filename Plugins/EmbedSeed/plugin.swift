import Foundation
import PackagePlugin

/// Compiles the seed files in `seeds/` into the Domain module, so the installed binary needs no
/// files beside it and `seeds/` stays the single source of truth.
@main
struct EmbedSeed: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let seeds = context.package.directoryURL.appending(path: "seeds").resolvingSymlinksInPath()
        let files = try FileManager.default
            .contentsOfDirectory(at: seeds, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "json" }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedSeed.swift")
        return [
            .buildCommand(
                displayName: "Embedding \(files.count) seed file(s) into \(target.name)",
                executable: try context.tool(named: "SeedEmbedder").url,
                arguments: [output.path] + files.map(\.path),
                inputFiles: files,
                outputFiles: [output]
            )
        ]
    }
}
