import Foundation

/// The parts of `stat(2)` the store compares: identity (device + inode) tells a replaced file
/// from an appended one.
struct FileStatus {
    var device: UInt64
    var inode: UInt64
    var size: UInt64
    var mode: mode_t
    var isDirectory: Bool
    var owner: uid_t
    var group: gid_t
    /// Last change of the content and of the inode (a rename counts), in nanoseconds since 1970.
    var modified: Int64
    var changed: Int64

    init(_ info: stat) {
        device = UInt64(info.st_dev)
        inode = UInt64(info.st_ino)
        size = UInt64(info.st_size)
        mode = info.st_mode & 0o7777
        isDirectory = info.st_mode & S_IFMT == S_IFDIR
        owner = info.st_uid
        group = info.st_gid
        modified = Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec)
        changed = Int64(info.st_ctim.tv_sec) * 1_000_000_000 + Int64(info.st_ctim.tv_nsec)
    }

    var identity: FileIdentity { FileIdentity(device: device, inode: inode) }

    /// `stat` (following symlinks); nil when the path does not exist.
    static func of(_ path: String) throws(StoreError) -> FileStatus? {
        var info = stat()
        if stat(path, &info) == 0 { return FileStatus(info) }
        if errno == ENOENT || errno == ENOTDIR { return nil }
        throw .system(path, "stat", errno: errno)
    }
}
