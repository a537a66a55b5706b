import CNcurses
import TermUI
#if canImport(Glibc)
import Glibc
#endif

/// Gathers `TerminalFacts` before curses starts: terminfo's entry for `TERM`, the locale's
/// character set, and (on a tty, unless `ZUGONG_MEASURE=0`) the terminal's own answers.
public enum TerminalInspection {
    /// Call with the locale already set (`UTF8Locale.activate`), or the codeset is the C locale's.
    public static func facts(environment: [String: String], utf8: Bool, input: Int32 = STDIN_FILENO, output: Int32 = STDOUT_FILENO) -> TerminalFacts {
        let term = environment["TERM"].flatMap { $0.isEmpty ? nil : $0 }
        var colors: Int32 = 0, pairs: Int32 = 0, mouse: Int32 = 0
        let known = term.map { zg_terminfo($0, output, &colors, &pairs, &mouse) == 1 } ?? false
        let codeset = zg_codeset().map { String(cString: $0) } ?? ""
        var facts = TerminalFacts(term: term, termKnown: known, colors: Int(max(0, colors)), colorPairs: Int(max(0, pairs)),
                                  mouse: mouse == 1, codeset: codeset, utf8: utf8, measurement: nil)
        if environment["ZUGONG_MEASURE"] == "0" {
            facts.unmeasured = .turnedOff
        } else if isatty(input) != 1 || isatty(output) != 1 {
            facts.unmeasured = .notATerminal
        } else if let measurement = TerminalProbe.measure(input: input, output: output) {
            facts.measurement = measurement
        } else {
            facts.unmeasured = .noAnswer
        }
        return facts
    }

    /// The facts for `doctor`, outside the dashboard: the locale set as the dashboard sets it, and
    /// Ctrl-C during the measurement waited out (the probe puts the terminal back first), then
    /// obeyed with the usual status.
    public static func report(environment: [String: String]) -> TerminalFacts {
        let utf8 = UTF8Locale.activate()
        SignalMonitor.install()
        let found = facts(environment: environment, utf8: utf8)
        SignalMonitor.uninstall()
        if let signo = SignalMonitor.pendingSignal { exit(SignalMonitor.exitStatus(for: signo)) }
        return found
    }
}
