#if canImport(Glibc)
import Glibc
#endif

extension NcursesTerminal {
    /// Makes sure the Swift backtracer will not go interactive on a crash. It reads
    /// `SWIFT_BACKTRACE` once, when the runtime starts, so setting it from inside the process is too
    /// late (checked: the prompt "Press space to interact…" still appears for 30 s over the screen).
    /// When the variable is missing and the backtracer would be interactive (stdin and stdout are
    /// ttys), this sets it and re-executes the program with the same arguments; otherwise it returns.
    /// Call it first thing, before any other work, when about to take over the screen.
    public static func ensureNonInteractiveBacktrace() {
        guard getenv("SWIFT_BACKTRACE") == nil, isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else { return }
        setenv("SWIFT_BACKTRACE", "interactive=no", 0)
        // The resolved path, not /proc/self/exe itself, so the process keeps its name (ps, crash reports).
        var path = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        if readlink("/proc/self/exe", &path, Int(PATH_MAX)) <= 0 { path = Array("/proc/self/exe".utf8CString) }
        execv(path, CommandLine.unsafeArgv)
        // Only reached when the re-exec failed: carry on; child processes at least get the setting.
    }
}
