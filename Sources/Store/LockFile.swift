import Foundation

/// An `flock` on the data directory's `lock` file. The data files themselves are never locked:
/// `rename` gives `snapshot.json` a new inode, and a lock on the old one would protect nothing.
/// The lock is released when the value is released (closing the descriptor drops it).
final class LockFile {
    private let file: PosixFile

    private init(file: PosixFile) {
        self.file = file
    }

    /// Waits for the exclusive lock, creating the lock file (0640) if needed. `flock` needs no
    /// write access, so group members of a shared folder can lock a file they may only read.
    static func exclusive(_ path: String) throws(StoreError) -> LockFile {
        let file: PosixFile
        do {
            file = try PosixFile.open(path, O_RDWR | O_CREAT)
        } catch {
            file = try PosixFile.open(path, O_RDONLY)
        }
        try lock(file, LOCK_EX)
        return LockFile(file: file)
    }

    /// Releases the lock now rather than whenever the value happens to be freed.
    func unlock() {
        flock(file.descriptor, LOCK_UN)
    }

    /// Waits for a shared lock, so no writer is between its steps while files are read. Nil when
    /// the lock file is missing or not readable by this user; readers then go without.
    static func shared(_ path: String) -> LockFile? {
        guard let file = try? PosixFile.openIfExists(path, O_RDONLY), (try? lock(file, LOCK_SH)) != nil
        else { return nil }
        return LockFile(file: file)
    }

    private static func lock(_ file: PosixFile, _ operation: Int32) throws(StoreError) {
        while flock(file.descriptor, operation) != 0 {
            if errno != EINTR { throw .system(file.path, "flock", errno: errno) }
        }
    }
}
