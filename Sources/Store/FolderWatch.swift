import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// An inotify watch on the data folder: its descriptor turns readable when a file in it is
/// written, created or renamed into place (another process's journal append, a compaction), so a
/// waiting dashboard wakes at once instead of looking every second. Where inotify is missing or
/// out of watches, there is no watch and the dashboard polls as before.
final class FolderWatch {
    let descriptor: Int32

    init?(_ folder: String) {
        let fd = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        guard fd >= 0 else { return nil }
        let mask = UInt32(IN_MODIFY | IN_CLOSE_WRITE | IN_CREATE | IN_MOVED_TO | IN_DELETE)
        guard inotify_add_watch(fd, folder, mask) >= 0 else {
            close(fd)
            return nil
        }
        descriptor = fd
    }

    deinit { close(descriptor) }

    /// Reads the pending events (their details do not matter: the store checks the files).
    func drain() {
        var buffer = [UInt8](repeating: 0, count: 4_096)
        while read(descriptor, &buffer, buffer.count) > 0 {}
    }
}
