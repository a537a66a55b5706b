/// One thing an operation asks for: its name (the form's key and the journal's field), how the
/// command line spells it, its label in both languages, whether it is required, and what kind of
/// value it takes.
public struct FieldSpec: Sendable {
    public enum Kind: Sendable {
        /// Free text.
        case text
        /// One of a fixed list; the command line takes the value or either label.
        case choice([Choice])
        /// A whole number in a range.
        case integer(ClosedRange<Int>)
        /// A number with decimals in a range (a report-card score).
        case decimal(ClosedRange<Double>)
        /// A month, `YYYY-MM`.
        case month
        /// A grid worker who can take the ticket: picked on screen, named or given by id on the
        /// command line.
        case worker
        /// Another ticket: the screen offers likely ones and takes a typed id.
        case ticket
    }

    public var name: String
    /// The command-line option (`--reason`), or nil for the words after the id.
    public var option: String?
    /// The value's placeholder in usage text (`R`, `YYYY-MM`).
    public var metavar: String
    public var label: Label
    public var required: Bool
    public var kind: Kind

    public init(_ name: String, option: String?, metavar: String, _ label: Label, required: Bool = true, kind: Kind = .text) {
        self.name = name
        self.option = option
        self.metavar = metavar
        self.label = label
        self.required = required
        self.kind = kind
    }

    /// How the field reads in a usage line: `--reason R`, `[--comment C]`, `TEXT`.
    public var usage: String {
        let word = option.map { "\($0) \(metavar)" } ?? metavar
        return required ? word : "[\(word)]"
    }
}
