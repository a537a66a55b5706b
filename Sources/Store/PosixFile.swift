import Foundation

/// An open file descriptor with the few calls the store needs, each failing with the path and
/// `strerror`. Closed when released. Immutable, so threads may `pread` it at once.
final class PosixFile: Sendable {
    let path: String
    let descriptor: Int32

    private init(path: String, descriptor: Int32) {
        self.path = path
        self.descriptor = descriptor
    }

    deinit { close(descriptor) }

    /// `open(2)` with `O_CLOEXEC`, so spawned programs never inherit a lock or the journal.
    static func open(_ path: String, _ flags: Int32, mode: mode_t = 0o640) throws(StoreError) -> PosixFile {
        let (file, code) = rawOpen(path, flags, mode: mode)
        guard let file else { throw .system(path, "open", errno: code) }
        return file
    }

    /// Like `open`, but nil when the file does not exist.
    static func openIfExists(_ path: String, _ flags: Int32) throws(StoreError) -> PosixFile? {
        let (file, code) = rawOpen(path, flags, mode: 0o640)
        if file == nil, code != ENOENT { throw .system(path, "open", errno: code) }
        return file
    }

    /// The file, or nil and `errno`.
    private static func rawOpen(_ path: String, _ flags: Int32, mode: mode_t) -> (PosixFile?, Int32) {
        while true {
            let fd = Foundation.open(path, flags | O_CLOEXEC, mode)
            if fd >= 0 { return (PosixFile(path: path, descriptor: fd), 0) }
            if errno != EINTR { return (nil, errno) }
        }
    }

    /// Writes all of `data`. One `write(2)` call for anything a regular file accepts at once, which
    /// with `O_APPEND` keeps a journal line in one piece; loops only after a short write.
    func write(_ data: Data) throws(StoreError) {
        var written = 0
        let total = data.count
        var failure: Int32 = 0
        data.withUnsafeBytes { raw in
            guard let base = raw.baseAddress else { return }
            while written < total {
                let n = Foundation.write(descriptor, base + written, total - written)
                if n < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    return
                }
                written += n
            }
        }
        if failure != 0 { throw .system(path, "write", errno: failure) }
    }

    func sync() throws(StoreError) {
        while fsync(descriptor) != 0 {
            if errno != EINTR { throw .system(path, "fsync", errno: errno) }
        }
    }

    func truncate(to length: UInt64) throws(StoreError) {
        while ftruncate(descriptor, off_t(length)) != 0 {
            if errno != EINTR { throw .system(path, "truncate", errno: errno) }
        }
    }

    func setMode(_ mode: mode_t) throws(StoreError) {
        if fchmod(descriptor, mode) != 0 { throw .system(path, "chmod", errno: errno) }
    }

    func status() throws(StoreError) -> FileStatus {
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { throw .system(path, "stat", errno: errno) }
        return FileStatus(info)
    }

    /// Bytes from `offset` to the end of the file as it is now.
    func read(from offset: UInt64) throws(StoreError) -> Data {
        let size = try status().size
        guard size > offset else { return Data() }
        return try read(from: offset, count: Int(size - offset))
    }

    /// Up to `count` bytes from `offset` (fewer at the end of the file).
    func read(from offset: UInt64, count: Int) throws(StoreError) -> Data {
        var data = Data(count: count)
        var filled = 0
        var failure: Int32 = 0
        data.withUnsafeMutableBytes { raw in
            guard let base = raw.baseAddress else { return }
            while filled < raw.count {
                let n = pread(descriptor, base + filled, raw.count - filled, off_t(offset) + off_t(filled))
                if n < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    return
                }
                if n == 0 { break }
                filled += n
            }
        }
        if failure != 0 { throw .system(path, "read", errno: failure) }
        if filled < data.count { data.removeSubrange(filled...) }
        return data
    }

    /// Mappings start at a multiple of it.
    static let pageSize = Int(sysconf(Int32(_SC_PAGESIZE)))

    /// Up to `count` bytes from `offset` (fewer at the end of the file), mapped read-only rather
    /// than copied: a snapshot's shards are read this way, sparing the copy and the fresh pages
    /// a buffer needs. With `populate` the pages are mapped at once (`MAP_POPULATE`), else as
    /// they are read; they are unmapped with the data. Snapshots are replaced by rename, never
    /// rewritten in place, so the mapped file stays whole.
    func mapped(from offset: UInt64, count: Int, populate: Bool = true) throws(StoreError) -> Data {
        let size = try status().size
        guard size > offset, count > 0 else { return Data() }
        let count = Int(min(UInt64(count), size - offset))
        let page = UInt64(Self.pageSize)
        let start = offset / page * page
        let length = Int(offset - start) + count
        guard let mapping = mmap(nil, length, PROT_READ, MAP_PRIVATE | (populate ? MAP_POPULATE : 0), descriptor, off_t(start)),
              mapping != MAP_FAILED
        else { throw .system(path, "mmap", errno: errno) }
        return Data(bytesNoCopy: mapping + Int(offset - start), count: count, deallocator: .custom { _, _ in munmap(mapping, length) })
    }

    /// `fsync` of a directory, which makes a rename or a new name in it durable.
    static func syncDirectory(_ path: String) throws(StoreError) {
        let directory = try open(path, O_RDONLY | O_DIRECTORY)
        try directory.sync()
    }
}
