import CNcurses
#if canImport(Glibc)
import Glibc
#endif

/// Puts the process into a UTF-8 character locale, which ncursesw needs to draw wide characters.
enum UTF8Locale {
    /// Takes the user's locale; when its character set is not UTF-8, tries `C.UTF-8` for the
    /// character category alone (messages, dates and numbers stay the user's). False when neither works.
    static func activate() -> Bool {
        setlocale(LC_ALL, "")
        if isActive { return true }
        setlocale(LC_CTYPE, "C.UTF-8")
        return isActive
    }

    static var isActive: Bool {
        guard let codeset = zg_codeset() else { return false }
        let name = String(cString: codeset).lowercased()
        return name == "utf-8" || name == "utf8"
    }
}
