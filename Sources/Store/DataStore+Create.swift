import Domain
import Foundation

extension DataStore {
    /// Writes `dataset` as a new data directory: the folder (0750 when created here), a snapshot
    /// at seq 0, an empty journal and the lock file (0640). Refuses when the folder already
    /// holds a snapshot or journal (a `config.json` placed beforehand is fine).
    public static func create(at directory: URL, dataset: Dataset) throws(StoreError) {
        let files = DataFiles(directory)
        try makeDirectory(files.directory)
        let lock = try LockFile.exclusive(files.lock)
        defer { lock.unlock() }
        for path in files.dataFiles where try FileStatus.of(path) != nil {
            throw .rejected(zh: "\(files.directory) 已有数据(\(path)),不予覆盖", en: "\(files.directory) already holds data (\(path)); refusing to overwrite it")
        }
        AtomicFile.removeStaleTemporaries(besides: files.snapshot)
        try AtomicFile.replace(files.journal, with: Data())
        let snapshot = try Snapshot(seq: 0, dataset: dataset).encoded(path: files.snapshot)
        try AtomicFile.replace(files.snapshot, with: snapshot.pieces)
        index(files, dataset: dataset, seq: 0, records: snapshot.records)
    }

    /// `zugong init`: a new data directory holding the bundled seed, or no records at all.
    public static func initialize(at directory: URL, empty: Bool, reference: Date) throws(StoreError) {
        try create(at: directory, dataset: empty ? Dataset(referenceDate: reference) : seedDataset(reference: reference))
    }

    static func seedDataset(reference: Date) throws(StoreError) -> Dataset {
        do throws(SeedError) {
            return try Dataset.seedDataset(reference: reference)
        } catch {
            // The seed ships with the program: its reason names a file of it, in the words of its author.
            throw .invalidData(zh: "内置示例数据无法读取:\(error.description)", en: "the bundled seed cannot be read: \(error.description)")
        }
    }

    /// `mkdir -p`; the last folder, when created here, gets 0750 whatever the umask.
    private static func makeDirectory(_ path: String) throws(StoreError) {
        if let status = try FileStatus.of(path) {
            guard status.isDirectory else { throw .rejected(zh: "\(path) 已存在,且不是文件夹", en: "\(path) exists and is not a folder") }
            return
        }
        let parent = (path as NSString).deletingLastPathComponent
        do {
            try FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true)
        } catch {
            throw .system(Label(zh: "\(parent):无法创建文件夹", en: "\(parent): cannot create the folder: \(error.localizedDescription)"))
        }
        if mkdir(path, 0o750) != 0 {
            if errno == EEXIST { return }
            throw .system(path, "mkdir", errno: errno)
        }
        if chmod(path, 0o750) != 0 { throw .system(path, "chmod", errno: errno) }
    }
}
