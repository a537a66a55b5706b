/// What is known about the terminal the program runs in, for `zugong doctor` and its page:
/// terminfo's entry, the locale, and what the terminal answered when measured.
public struct TerminalFacts: Equatable, Sendable {
    /// `TERM`, nil when unset.
    public var term: String?
    /// Whether terminfo has an entry for `term`.
    public var termKnown: Bool
    public var colors: Int
    public var colorPairs: Int
    /// Whether terminfo says the terminal reports the mouse (`kmous`).
    public var mouse: Bool
    /// The character set of the locale, e.g. `UTF-8`.
    public var codeset: String
    public var utf8: Bool
    /// Nil when the terminal was not measured (not a tty, measuring turned off, or no answer).
    public var measurement: TerminalMeasurement?
    /// Why there is no measurement, when there is none.
    public var unmeasured: Unmeasured?

    public enum Unmeasured: Equatable, Sendable {
        /// Standard input or output is not a terminal.
        case notATerminal
        /// `ZUGONG_MEASURE=0`.
        case turnedOff
        /// The terminal did not answer in time.
        case noAnswer
    }

    public init(term: String?, termKnown: Bool, colors: Int, colorPairs: Int, mouse: Bool, codeset: String, utf8: Bool,
                measurement: TerminalMeasurement?, unmeasured: Unmeasured? = nil) {
        self.term = term
        self.termKnown = termKnown
        self.colors = colors
        self.colorPairs = colorPairs
        self.mouse = mouse
        self.codeset = codeset
        self.utf8 = utf8
        self.measurement = measurement
        self.unmeasured = unmeasured
    }

    /// The symbol set to draw with: ASCII without UTF-8, or where the terminal draws box lines
    /// (or any ambiguous character) two columns wide; Unicode otherwise.
    public var symbols: Symbols {
        guard utf8 else { return .ascii }
        return (measurement?.ambiguousWide ?? false) ? .ascii : .unicode
    }

    /// Whether frames are wrapped in synchronized-output marks.
    public var synchronizedOutput: Bool { measurement?.synchronizedOutput == .supported }
}

extension TerminalFacts {
    /// Facts without asking terminfo or the terminal: for the command line run in-process (tests),
    /// where no backend is at hand.
    public static func unmeasured(_ environment: [String: String]) -> TerminalFacts {
        TerminalFacts(term: environment["TERM"], termKnown: false, colors: 0, colorPairs: 0, mouse: false, codeset: "", utf8: false,
                      measurement: nil, unmeasured: .notATerminal)
    }
}
