// swift-tools-version:6.0
import PackageDescription

// Layers point down only: zugong → App → Panels/Store → Domain; Panels → TermUI;
// NcursesBackend is the only target that sees ncurses.
let package = Package(
    name: "zugong",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "zugong", targets: ["zugong"]),
        .executable(name: "zugong-bench", targets: ["zugong-bench"]),
        .executable(name: "zugong-fuzz", targets: ["zugong-fuzz"]),
    ],
    targets: [
        .systemLibrary(name: "CNcurses", path: "Sources/CNcurses"),
        .target(name: "TermUI"),
        .target(name: "NcursesBackend", dependencies: ["TermUI", "CNcurses"]),
        .executableTarget(name: "SeedEmbedder", path: "Plugins/SeedEmbedder"),
        .plugin(name: "EmbedSeed", capability: .buildTool(), dependencies: ["SeedEmbedder"]),
        .target(name: "Domain", plugins: ["EmbedSeed"]),
        .target(name: "Store", dependencies: ["Domain"]),
        .target(name: "Panels", dependencies: ["TermUI", "Domain"]),
        .target(name: "App", dependencies: ["Panels", "Store", "TermUI", "Domain"]),
        .executableTarget(name: "zugong", dependencies: ["App", "Panels", "NcursesBackend", "Store", "Domain", "TermUI"]),
        .executableTarget(name: "zugong-bench", dependencies: ["App", "Panels", "Store", "Domain", "TermUI", "NcursesBackend"]),
        .target(name: "PseudoTerminal"),
        .executableTarget(name: "zugong-fuzz", dependencies: ["Domain", "PseudoTerminal"]),
        .testTarget(name: "TermUITests", dependencies: ["TermUI"]),
        .testTarget(name: "NcursesBackendTests", dependencies: ["NcursesBackend", "TermUI"]),
        .testTarget(name: "DomainTests", dependencies: ["Domain"]),
        .testTarget(name: "StoreTests", dependencies: ["Store", "Domain"]),
        .testTarget(name: "PanelsTests", dependencies: ["Panels", "TermUI", "Domain"]),
        .testTarget(name: "AppTests", dependencies: ["App", "Panels", "Store", "Domain", "TermUI"]),
        .testTarget(name: "EndToEndTests", dependencies: ["PseudoTerminal"]),
    ],
    swiftLanguageModes: [.v6]
)
