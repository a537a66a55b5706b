import Domain
import TermUI

/// One thing a user can do, as data: a stable id (`grid.ticket.escalate`, `shell.help`) that the
/// settings file rebinds keys by, the keys, what it does, how the help, the key bar and the palette
/// describe it, where it works, and — filled in for the moment it is shown — why it cannot run now.
/// The key bar, the help and the palette all read these, so they cannot disagree.
public struct Binding<Command: Sendable>: Sendable {
    public var id: String
    public var keys: [Key]
    public var command: Command
    public var help: Label
    public var group: BindingGroup
    /// The key bar's shorter label, when the help text is too long for it.
    public var barLabel: Label?
    /// Where the key bar shows it (when it can run).
    public var bar: BarPlacement
    /// The page modes it works in (a page's own names, e.g. "queue", "detail"); empty for all.
    public var modes: Set<String>
    /// Why it cannot run now ("read-only", "T-000279 is resolved"); nil when it can.
    public var disabled: String?

    public init(_ id: String, _ keys: [Key], _ command: Command, _ help: Label, group: BindingGroup, bar: BarPlacement = .never,
                barLabel: Label? = nil, modes: Set<String> = []) {
        self.id = id
        self.keys = keys
        self.command = command
        self.help = help
        self.group = group
        self.barLabel = barLabel
        self.bar = bar
        self.modes = modes
    }

    /// The same binding with its command lifted (a page's command into the app's action).
    public func map<Other: Sendable>(_ lift: (Command) -> Other) -> Binding<Other> {
        var other = Binding<Other>(id, keys, lift(command), help, group: group, bar: bar, barLabel: barLabel, modes: modes)
        other.disabled = disabled
        return other
    }

    public func works(in mode: String) -> Bool { modes.isEmpty || modes.contains(mode) }

    /// Whether the key bar shows it in `mode`: placed there, and able to run now.
    public func inBar(_ mode: String) -> Bool { disabled == nil && placedInBar(mode) }

    /// Whether the key bar has a place for it in `mode`, whether or not it can run.
    public func placedInBar(_ mode: String) -> Bool {
        switch bar {
        case .never: false
        case .always: true
        case .modes(let modes): modes.contains(mode)
        }
    }

    /// How the keys read in the help screen: "j ↓".
    public var keyLabel: String { keys.map(\.label).joined(separator: " ") }
}
