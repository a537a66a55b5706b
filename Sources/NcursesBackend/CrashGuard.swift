import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// On a crash (a Swift trap, SIGSEGV, abort) or a SIGQUIT, puts the terminal back as the shell
/// expects it, then lets the process die by the signal's default action (a core where enabled):
/// the saved termios, the main screen, a visible cursor, mouse reporting off. The handler uses
/// only async-signal-safe calls (`tcsetattr`, `write`, `sigaction`, `raise`) and memory prepared
/// before it was installed.
enum CrashGuard {
    static let signals: [Int32] = [SIGILL, SIGTRAP, SIGSEGV, SIGBUS, SIGFPE, SIGABRT, SIGQUIT]

    /// Leave the alternate screen, reset attributes, show the cursor, keypad and mouse modes off.
    static var restoreSequence: StaticString {
        "\u{1b}[?1049l\u{1b}[0m\u{1b}[?25h\u{1b}[?1l\u{1b}>\u{1b}[?1000l\u{1b}[?1002l\u{1b}[?1003l\u{1b}[?1006l\r\n"
    }

    /// The descriptor whose termios was saved, -1 when none was.
    private static let savedDescriptor = Atomic<Int32>(-1)
    private static let outputDescriptor = Atomic<Int32>(STDOUT_FILENO)
    nonisolated(unsafe) private static let savedTermios = UnsafeMutablePointer<termios>.allocate(capacity: 1)
    /// The dispositions replaced, indexed by signal number, put back by `uninstall`.
    nonisolated(unsafe) private static let previous: UnsafeMutablePointer<sigaction> = {
        let table = UnsafeMutablePointer<sigaction>.allocate(capacity: 65)
        table.initialize(repeating: sigaction(), count: 65)
        return table
    }()
    nonisolated(unsafe) private static var installed = false

    /// Remembers the terminal settings of `descriptor` (the shell's, before curses changes them).
    static func saveTerminal(descriptor: Int32) {
        outputDescriptor.store(descriptor, ordering: .relaxed)
        if tcgetattr(descriptor, savedTermios) == 0 { savedDescriptor.store(descriptor, ordering: .relaxed) }
    }

    static func install() {
        guard !installed else { return }
        // Everything the handler reads is initialized now, not lazily inside a signal handler.
        _ = (previous, savedTermios, savedDescriptor.load(ordering: .relaxed), outputDescriptor.load(ordering: .relaxed))
        for signo in signals {
            var action = sigaction()
            action.__sigaction_handler.sa_sigaction = { signo, info, _ in CrashGuard.handle(signo, info) }
            sigemptyset(&action.sa_mask)
            action.sa_flags = SA_SIGINFO | Int32(truncatingIfNeeded: SA_RESETHAND)
            sigaction(signo, &action, previous + Int(signo))
        }
        installed = true
    }

    static func uninstall() {
        guard installed else { return }
        for signo in signals { sigaction(signo, previous + Int(signo), nil) }
        savedDescriptor.store(-1, ordering: .relaxed)
        installed = false
    }

    /// Restores the terminal, then sets the default action, so the process really dies by the
    /// signal: handing it to the Swift runtime's handler left a sent SIGSEGV or SIGABRT running
    /// its input loop with no screen. A hardware fault (positive `si_code`) simply happens again
    /// when the handler returns; a sent signal (abort, kill, quit) and SIGTRAP (its instruction is
    /// already past) are raised again, pending until the return.
    private static func handle(_ signo: Int32, _ info: UnsafeMutablePointer<siginfo_t>?) {
        restoreTerminal()
        var fallback = sigaction()
        fallback.__sigaction_handler.sa_handler = nil
        sigemptyset(&fallback.sa_mask)
        sigaction(signo, &fallback, nil)
        let faultRepeats = signo != SIGTRAP && (info?.pointee.si_code ?? 0) > 0
        if !faultRepeats { raise(signo) }
    }

    static func restoreTerminal() {
        let descriptor = savedDescriptor.load(ordering: .relaxed)
        if descriptor >= 0 { tcsetattr(descriptor, TCSANOW, savedTermios) }
        let sequence = restoreSequence
        _ = write(outputDescriptor.load(ordering: .relaxed), sequence.utf8Start, sequence.utf8CodeUnitCount)
    }
}
