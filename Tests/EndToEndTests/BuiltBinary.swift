import Foundation

/// The `zugong` these tests run: `$ZUGONG_BINARY`, else the debug build of this package.
enum BuiltBinary {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let path = ProcessInfo.processInfo.environment["ZUGONG_BINARY"] ?? packageRoot.appending(path: ".build/debug/zugong").path
}
