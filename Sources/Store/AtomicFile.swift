import Foundation

/// A file replaced so that a crash at any moment leaves either the old or the new content, never
/// a mix or nothing: a temp file in the same folder (O_EXCL, the final mode), write, `fsync`,
/// `rename`, `fsync` the folder. `Data.write(options: .atomic)` does not fsync the folder, loses
/// the mode and replaces a symlink by a regular file.
///
/// A value is the new content, complete and synced in its temp file: `prepare` does the slow
/// part, `commit` the quick swap (so a caller can hold a lock only for the swap).
struct AtomicFile {
    /// Names of temp files start with `.` and contain this, followed by the writer's pid.
    static let temporaryMarker = ".tmp-"

    private let temporary: String
    private let target: String

    /// Writes `pieces`, one after another, to a temp file beside `path`, or beside the file a
    /// symlink at `path` points to. Takes an existing file's mode (and owner and group when
    /// allowed); a new file gets `mode`.
    static func prepare(_ path: String, with pieces: [Data], mode: mode_t = 0o640) throws(StoreError) -> AtomicFile {
        let target = try resolveSymlinks(path)
        let existing = try FileStatus.of(target)
        let temporary = temporaryPath(for: target)
        let file = try PosixFile.open(temporary, O_WRONLY | O_CREAT | O_EXCL, mode: existing?.mode ?? mode)
        do throws(StoreError) {
            // Creation is subject to the umask; the mode must not be.
            try file.setMode(existing?.mode ?? mode)
            // Best effort: root keeps the owner, a group member keeps the group (shared folders).
            if let existing {
                _ = fchown(file.descriptor, existing.owner == geteuid() ? uid_t.max : existing.owner, existing.group)
            }
            for piece in pieces { try file.write(piece) }
            try file.sync()
        } catch {
            unlink(temporary)
            throw error
        }
        return AtomicFile(temporary: temporary, target: target)
    }

    /// Puts the new content in place. With `keepBackup`, the replaced content stays next to the
    /// real file as `NAME.bak`. On failure the temp file is removed and the old file is intact.
    func commit(keepBackup: Bool = false) throws(StoreError) {
        let folder = (target as NSString).deletingLastPathComponent
        do throws(StoreError) {
            if keepBackup, try FileStatus.of(target) != nil {
                try Self.backUp(target)
            }
            guard rename(temporary, target) == 0 else { throw StoreError.system(target, "rename", errno: errno) }
        } catch {
            discard()
            throw error
        }
        try PosixFile.syncDirectory(folder)
    }

    /// Drops the prepared content, leaving the file as it was.
    func discard() {
        unlink(temporary)
    }

    /// `prepare` and `commit` in one.
    static func replace(_ path: String, with data: Data, mode: mode_t = 0o640, keepBackup: Bool = false) throws(StoreError) {
        try replace(path, with: [data], mode: mode, keepBackup: keepBackup)
    }

    static func replace(_ path: String, with pieces: [Data], mode: mode_t = 0o640, keepBackup: Bool = false) throws(StoreError) {
        try prepare(path, with: pieces, mode: mode).commit(keepBackup: keepBackup)
    }

    /// Removes temp files whose writer is gone (a crash), beside `path` and its symlink target.
    static func removeStaleTemporaries(besides path: String) {
        var folders = [(path as NSString).deletingLastPathComponent]
        if let target = try? resolveSymlinks(path) {
            folders.append((target as NSString).deletingLastPathComponent)
        }
        for folder in Set(folders) {
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { continue }
            for name in names where name.hasPrefix(".") {
                guard let marker = name.range(of: temporaryMarker),
                      let pid = Int32(name[marker.upperBound...].prefix { $0.isNumber }),
                      kill(pid, 0) != 0, errno == ESRCH
                else { continue }
                unlink((folder as NSString).appendingPathComponent(name))
            }
        }
    }

    /// The final path after following symlinks (relative ones from their own folder). The last
    /// component need not exist: a dangling link is written through to its target.
    static func resolveSymlinks(_ path: String) throws(StoreError) -> String {
        var current = path
        for _ in 0..<40 {
            var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
            let length = readlink(current, &buffer, Int(PATH_MAX))
            if length < 0 {
                if errno == EINVAL || errno == ENOENT { return current }
                throw .system(current, "readlink", errno: errno)
            }
            let link = String(decoding: buffer[0..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self)
            current = link.hasPrefix("/")
                ? link
                : ((current as NSString).deletingLastPathComponent as NSString).appendingPathComponent(link)
        }
        throw .system(path, "readlink", errno: ELOOP)
    }

    /// `.NAME.tmp-PID-RANDOM` beside `target`.
    private static func temporaryPath(for target: String) -> String {
        let folder = (target as NSString).deletingLastPathComponent
        let name = (target as NSString).lastPathComponent
        let unique = UInt32.random(in: 0...UInt32.max)
        return (folder as NSString).appendingPathComponent(".\(name)\(temporaryMarker)\(getpid())-\(unique)")
    }

    /// Points `NAME.bak` at the current content: a hard link (no copy), swapped in by rename so
    /// an existing backup is replaced atomically too; a copy where hard links are not supported.
    private static func backUp(_ target: String) throws(StoreError) {
        let backup = target + ".bak"
        let temporary = temporaryPath(for: backup)
        if link(target, temporary) != 0 {
            guard errno == EPERM || errno == EOPNOTSUPP || errno == EMLINK else {
                throw .system(backup, "link", errno: errno)
            }
            let content = try PosixFile.open(target, O_RDONLY).read(from: 0)
            let copy = try PosixFile.open(temporary, O_WRONLY | O_CREAT | O_EXCL)
            try copy.setMode(try FileStatus.of(target)?.mode ?? 0o640)
            try copy.write(content)
            try copy.sync()
        }
        guard rename(temporary, backup) == 0 else {
            let code = errno
            unlink(temporary)
            throw .system(backup, "rename", errno: code)
        }
    }
}
