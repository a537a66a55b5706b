import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// Turns SIGINT, SIGTERM and SIGHUP into a flag the input loop reads, so the program leaves through
/// its normal path (restore the terminal, finish writes) instead of dying inside a handler.
///
/// `NcursesTerminal` installs it just before `newterm`: ncurses then sees these signals already
/// handled and leaves them alone (its own handler would `endwin` and `_exit(1)`), while SIGWINCH,
/// which ncurses needs for `KEY_RESIZE`, is never touched.
public enum SignalMonitor {
    public static let signals: [Int32] = [SIGINT, SIGTERM, SIGHUP]

    /// The last signal received, 0 for none. An atomic is the only thing the handler touches.
    private static let received = Atomic<Int32>(0)
    nonisolated(unsafe) private static var previous: [Int32: sigaction] = [:]

    /// Installs the flag-setting handlers, remembering the dispositions they replace. Idempotent.
    /// The signals (and SIGWINCH) are also unblocked on this thread: a parent that starts us with
    /// them blocked would otherwise leave resizes and hang-ups unseen.
    public static func install() {
        received.store(0, ordering: .relaxed)
        var wanted = sigset_t()
        sigemptyset(&wanted)
        for signo in signals + [SIGWINCH] { sigaddset(&wanted, signo) }
        pthread_sigmask(SIG_UNBLOCK, &wanted, nil)
        for signo in signals where previous[signo] == nil {
            var action = sigaction()
            action.__sigaction_handler.sa_handler = { signo in SignalMonitor.received.store(signo, ordering: .relaxed) }
            sigemptyset(&action.sa_mask)
            // No SA_RESTART: a blocking read returns early so the flag is seen at once.
            action.sa_flags = 0
            var old = sigaction()
            if sigaction(signo, &action, &old) == 0 { previous[signo] = old }
        }
    }

    /// Puts back the dispositions found by `install()`.
    public static func uninstall() {
        for (signo, var old) in previous { sigaction(signo, &old, nil) }
        previous = [:]
    }

    /// The signal that asked the program to stop, if any.
    public static var pendingSignal: Int32? {
        let signo = received.load(ordering: .relaxed)
        return signo == 0 ? nil : signo
    }

    public static func clear() {
        received.store(0, ordering: .relaxed)
    }

    static func name(_ signo: Int32) -> String {
        switch signo {
        case SIGINT: return "SIGINT"
        case SIGTERM: return "SIGTERM"
        case SIGHUP: return "SIGHUP"
        default: return "signal \(signo)"
        }
    }
}
