/// Five steps from a low value to a high one, each with a colour and a mark, for table cells and
/// map tiles. The mark (· ░ ▒ ▓ █, or . : + # @ in ASCII) carries the step where colour cannot:
/// in monochrome and on a washed-out projector.
public struct HeatScale: Sendable, Equatable {
    public enum Ramp: Sendable {
        /// More is more of something neutral (counts): blue to yellow.
        case sequential
        /// More is worse (overdue, warnings): yellow to red.
        case alarm
        /// More is better (on-time rate, rank by score): red to green.
        case diverging
    }

    public static let steps = 5

    public var low: Double
    public var high: Double
    public var ramp: Ramp

    public init(low: Double, high: Double, ramp: Ramp = .sequential) {
        self.low = low
        self.high = high
        self.ramp = ramp
    }

    /// A scale over the finite values given (a flat scale when there are none).
    public init(values: [Double], ramp: Ramp = .sequential) {
        let finite = values.filter(\.isFinite)
        self.init(low: finite.min() ?? 0, high: finite.max() ?? 0, ramp: ramp)
    }

    /// The step (0…4) of a value; nil for NaN.
    public func step(_ value: Double) -> Int? {
        guard value.isFinite else { return nil }
        guard high > low else { return Self.steps / 2 }
        let share = min(1, max(0, (value - low) / (high - low)))
        return min(Self.steps - 1, Int(share * Double(Self.steps)))
    }

    public func mark(_ step: Int, symbols: Symbols) -> String {
        let marks = symbols.isASCII ? [".", ":", "+", "#", "@"] : ["·", "░", "▒", "▓", "█"]
        return marks[min(max(0, step), marks.count - 1)]
    }

    /// The fill of a cell at `step`: a background in colour, modifiers in monochrome.
    public func style(_ step: Int, theme: Theme) -> Style {
        let s = min(max(0, step), Self.steps - 1)
        if theme.tier == .monochrome {
            let modifiers: [Modifiers] = [.dim, [], .bold, [.bold, .underline], .reverse]
            return Style(modifiers: modifiers[s])
        }
        let backgrounds: [UInt8]
        switch ramp {
        case .sequential: backgrounds = [17, 24, 31, 37, 178]
        case .alarm: backgrounds = [58, 94, 130, 160, 196]
        case .diverging: backgrounds = [124, 130, 136, 64, 28]
        }
        return Style(foreground: .indexed(s >= 3 ? 16 : 231), background: .indexed(backgrounds[s]), modifiers: s == 4 ? .bold : [])
    }

    /// "low ·░▒▓█ high": the marks in their own styles between the two ends.
    public func legend(low lowText: String, high highText: String, theme: Theme) -> [Span] {
        var spans = [Span(lowText + " ", style: theme.muted)]
        for step in 0..<Self.steps { spans.append(Span(mark(step, symbols: theme.symbols), style: style(step, theme: theme))) }
        spans.append(Span(" " + highText, style: theme.muted))
        return spans
    }
}
