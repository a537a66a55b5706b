import Foundation

/// Every file of a folder with its bytes, mode and modification time, to prove that an operation
/// changed nothing.
struct DirectoryContents: Equatable {
    struct Entry: Equatable {
        var bytes: Data
        var mode: mode_t
        var modifiedSeconds: Int
        var modifiedNanoseconds: Int
    }

    var entries: [String: Entry]

    init(_ folder: URL) throws {
        var entries: [String: Entry] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
            let path = folder.appending(path: name).path
            var info = stat()
            guard lstat(path, &info) == 0 else { throw CocoaError(.fileReadUnknown) }
            entries[name] = Entry(bytes: (try? Data(contentsOf: URL(fileURLWithPath: path))) ?? Data(),
                                  mode: info.st_mode, modifiedSeconds: info.st_mtim.tv_sec,
                                  modifiedNanoseconds: info.st_mtim.tv_nsec)
        }
        self.entries = entries
    }
}
