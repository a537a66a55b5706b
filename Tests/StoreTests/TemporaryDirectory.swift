import Foundation

/// A fresh folder for one test (tests run in parallel), removed when released.
final class TemporaryDirectory {
    let url: URL

    init() throws {
        var template = Array(URL(fileURLWithPath: NSTemporaryDirectory()).appending(path: "zugong-store-XXXXXX").path.utf8CString)
        guard let path = mkdtemp(&template) else { throw CocoaError(.fileWriteUnknown) }
        url = URL(fileURLWithPath: String(cString: path), isDirectory: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    /// The data directory inside (not yet created), so first-use creation can be tested too.
    var data: URL { url.appending(path: "data", directoryHint: .isDirectory) }

    func path(_ name: String) -> String { data.appending(path: name).path }
}
