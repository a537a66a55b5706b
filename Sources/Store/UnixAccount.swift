import Foundation

/// Password-database look-ups. The actor is always derived from the real uid: `$USER` and
/// `$LOGNAME` are set by the caller and prove nothing.
enum UnixAccount {
    /// The account name of the real uid, or `uid<N>` when the uid has no entry (containers).
    static func realUserName() -> String {
        let uid = getuid()
        return name(uid: uid) ?? "uid\(uid)"
    }

    static var isRoot: Bool { getuid() == 0 }

    static func name(uid: uid_t) -> String? {
        entry(uid: uid).map(\.name)
    }

    static func home(uid: uid_t) -> String? {
        entry(uid: uid).map(\.home)
    }

    private static func entry(uid: uid_t) -> (name: String, home: String)? {
        var bufferSize = Int(sysconf(Int32(_SC_GETPW_R_SIZE_MAX)))
        if bufferSize <= 0 { bufferSize = 16_384 }
        while true {
            let buffer = UnsafeMutablePointer<CChar>.allocate(capacity: bufferSize)
            defer { buffer.deallocate() }
            var record = passwd()
            var result: UnsafeMutablePointer<passwd>?
            let status = getpwuid_r(uid, &record, buffer, bufferSize, &result)
            if status == ERANGE, bufferSize < 1 << 20 {
                bufferSize *= 4
                continue
            }
            // The strings point into `buffer`: copy them before it is freed.
            guard status == 0, result != nil, let name = record.pw_name else { return nil }
            return (String(cString: name), record.pw_dir.map { String(cString: $0) } ?? "")
        }
    }
}
