import Foundation

/// The paths inside a data directory.
struct DataFiles {
    let directory: String
    var snapshot: String { path("snapshot.json") }
    var journal: String { path("journal.jsonl") }
    var lock: String { path("lock") }
    /// Where each record of the snapshot lies (`SnapshotIndex`); derived, so never data.
    var index: String { path("snapshot.index") }
    var config: String { path(RoleConfig.fileName) }

    init(_ directory: URL) {
        let path = directory.standardizedFileURL.withUnsafeFileSystemRepresentation { $0.map { String(cString: $0) } }
        self.directory = path ?? directory.path
    }

    func path(_ name: String) -> String {
        (directory as NSString).appendingPathComponent(name)
    }

    /// Files whose presence means the directory already holds data.
    var dataFiles: [String] { [snapshot, journal, snapshot + ".bak", journal + ".bak"] }
}
