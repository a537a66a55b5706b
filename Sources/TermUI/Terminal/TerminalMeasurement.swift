/// What the terminal itself answered when asked: how many columns it drew each sample in (read
/// back with the cursor position report, `ESC[6n`), and whether it supports synchronized output
/// (DEC private mode 2026, asked with DECRQM). Terminals disagree on East Asian "ambiguous"
/// characters — box lines, `…`, `·`, `①` — which CJK-configured terminals draw two columns wide
/// while libc (and so ncurses) counts one: every column after one of them would be off.
public struct TerminalMeasurement: Equatable, Sendable {
    public struct Sample: Equatable, Sendable {
        public var text: String
        /// Columns the terminal moved the cursor; nil when it did not answer for this sample.
        public var columns: Int?

        public init(text: String, columns: Int?) {
            self.text = text
            self.columns = columns
        }
    }

    public enum Support: Equatable, Sendable {
        case supported
        case unsupported
        /// The terminal did not answer the question at all.
        case unknown
    }

    public var samples: [Sample]
    public var synchronizedOutput: Support

    public init(samples: [Sample], synchronizedOutput: Support) {
        self.samples = samples
        self.synchronizedOutput = synchronizedOutput
    }

    /// The characters asked about, in order: the ambiguous ones the interface uses, then a CJK
    /// character and an emoji, whose widths are not in doubt but show whether the answers are sane.
    public static let probes = ["①", "─", "…", "·", "汉", "😀"]

    public func columns(of text: String) -> Int? { samples.first { $0.text == text }?.columns }

    /// Whether the terminal draws ambiguous characters two columns wide.
    public var ambiguousWide: Bool {
        samples.contains { AmbiguousWidth.isAmbiguous($0.text) && $0.columns == 2 }
    }

    /// Whether box drawing in particular is wide, which forces ASCII lines.
    public var boxDrawingWide: Bool { columns(of: "─") == 2 }
}
