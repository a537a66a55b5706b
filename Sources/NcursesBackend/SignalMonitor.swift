import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// Turns SIGINT, SIGTERM, SIGHUP and SIGTSTP into a flag and a byte on a self-pipe, so the input
/// loop, which polls the pipe beside stdin, always wakes and leaves (or suspends) through its
/// normal path — restore the terminal, finish writes — instead of acting inside a handler.
///
/// The handler does only async-signal-safe work: an atomic store and a `write` to a non-blocking
/// pipe, with every signal of the set blocked while it runs, so a burst (Ctrl-C, Ctrl-\ and
/// Ctrl-Z at once) cannot nest handlers. `NcursesTerminal` installs it just before `newterm`:
/// ncurses then sees these signals handled and leaves them alone (its own SIGTSTP handler calls
/// curses functions from the handler, which is not safe), while SIGWINCH, which ncurses needs for
/// `KEY_RESIZE`, is never touched.
public enum SignalMonitor {
    public static let signals: [Int32] = [SIGINT, SIGTERM, SIGHUP, SIGTSTP]

    /// The last signal that asks the program to stop, 0 for none.
    private static let received = Atomic<Int32>(0)
    /// A Ctrl-Z (SIGTSTP) waiting to be acted on.
    private static let suspendRequested = Atomic<Bool>(false)
    /// The self-pipe's ends, -1 until installed.
    private static let pipeRead = Atomic<Int32>(-1)
    private static let pipeWrite = Atomic<Int32>(-1)
    nonisolated(unsafe) private static var previous: [Int32: sigaction] = [:]

    /// The descriptor that becomes readable when a signal arrives (-1 before `install`).
    public static var wakeDescriptor: Int32 { pipeRead.load(ordering: .relaxed) }

    /// Installs the handlers and the self-pipe, remembering the dispositions replaced. Idempotent.
    /// The signals (and SIGWINCH) are also unblocked on this thread: a parent that starts us with
    /// them blocked would otherwise leave resizes and hang-ups unseen.
    public static func install() {
        received.store(0, ordering: .relaxed)
        suspendRequested.store(false, ordering: .relaxed)
        if pipeRead.load(ordering: .relaxed) < 0 {
            var ends: [Int32] = [-1, -1]
            if pipe(&ends) == 0 {
                for end in ends {
                    _ = fcntl(end, F_SETFL, fcntl(end, F_GETFL) | O_NONBLOCK)
                    _ = fcntl(end, F_SETFD, FD_CLOEXEC)
                }
                pipeRead.store(ends[0], ordering: .relaxed)
                pipeWrite.store(ends[1], ordering: .relaxed)
            }
        }
        var wanted = sigset_t()
        sigemptyset(&wanted)
        for signo in signals + [SIGWINCH, SIGCONT] { sigaddset(&wanted, signo) }
        pthread_sigmask(SIG_UNBLOCK, &wanted, nil)
        for signo in signals where previous[signo] == nil {
            var action = sigaction()
            action.__sigaction_handler.sa_handler = { signo in SignalMonitor.handle(signo) }
            sigemptyset(&action.sa_mask)
            for other in signals { sigaddset(&action.sa_mask, other) }
            // No SA_RESTART: a blocking call returns early, and the pipe wakes the poll anyway.
            action.sa_flags = 0
            var old = sigaction()
            if sigaction(signo, &action, &old) == 0 { previous[signo] = old }
        }
    }

    /// In the handler: note the signal and wake the loop. Nothing else.
    private static func handle(_ signo: Int32) {
        if signo == SIGTSTP {
            suspendRequested.store(true, ordering: .relaxed)
        } else {
            received.store(signo, ordering: .relaxed)
        }
        var byte: UInt8 = 1
        _ = write(pipeWrite.load(ordering: .relaxed), &byte, 1)
    }

    /// Puts back the dispositions found by `install()`. When a signal is ending the program, a
    /// Ctrl-Z of the same burst is ignored from here on: stopping a process on its way out would
    /// leave a job the shell still waits on.
    public static func uninstall() {
        for (signo, var old) in previous { sigaction(signo, &old, nil) }
        previous = [:]
        if pendingSignal != nil { signal(SIGTSTP, SIG_IGN) }
    }

    /// Empties the pipe after a wake-up.
    static func drain() {
        var bytes = [UInt8](repeating: 0, count: 64)
        while read(pipeRead.load(ordering: .relaxed), &bytes, bytes.count) > 0 {}
    }

    /// The signal that asked the program to stop, if any.
    public static var pendingSignal: Int32? {
        let signo = received.load(ordering: .relaxed)
        return signo == 0 ? nil : signo
    }

    /// Whether a Ctrl-Z is waiting; reading it clears it.
    static func takeSuspend() -> Bool { suspendRequested.exchange(false, ordering: .relaxed) }

    public static func clear() {
        received.store(0, ordering: .relaxed)
    }

    /// Stops the process as SIGTSTP's default action would, with our handler out of the way, and
    /// puts the handler back once a SIGCONT resumes it.
    static func stopProcess() {
        var action = sigaction()
        action.__sigaction_handler.sa_handler = nil
        sigemptyset(&action.sa_mask)
        var ours = sigaction()
        sigaction(SIGTSTP, &action, &ours)
        var tstp = sigset_t()
        sigemptyset(&tstp)
        sigaddset(&tstp, SIGTSTP)
        pthread_sigmask(SIG_UNBLOCK, &tstp, nil)
        kill(getpid(), SIGTSTP)
        // Here again after SIGCONT.
        sigaction(SIGTSTP, &ours, nil)
    }

    /// The exit status a process ended by `signo` reports by convention (130, 143, 129).
    public static func exitStatus(for signo: Int32) -> Int32 { 128 + signo }

    static func name(_ signo: Int32) -> String {
        switch signo {
        case SIGINT: return "SIGINT"
        case SIGTERM: return "SIGTERM"
        case SIGHUP: return "SIGHUP"
        default: return "signal \(signo)"
        }
    }
}
