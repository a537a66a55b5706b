import Domain
import TermUI

/// One line of the command palette: a binding of the page or the shell, its keys, and why it
/// cannot run now.
public struct PaletteEntry: Equatable, Sendable {
    public var id: String
    public var keys: String
    public var label: Label
    public var group: Label
    public var action: Action
    public var disabled: String?

    init(_ binding: Binding<Action>) {
        id = binding.id
        keys = binding.keyLabel
        label = binding.help
        group = binding.group.title
        action = binding.command
        disabled = binding.disabled
    }

    /// Whether every word typed appears in the label (either language), the group or the keys;
    /// Chinese is matched as a substring, English case-insensitively.
    public func matches(_ query: String) -> Bool {
        let haystack = [label.zh, label.en, group.zh, group.en, keys].joined(separator: " ").lowercased()
        return query.lowercased().split(whereSeparator: \.isWhitespace).allSatisfy { haystack.contains($0) }
    }

    /// The entries for a query, those that can run first, each group in binding order.
    static func filtered(_ bindings: [Binding<Action>], query: String) -> [PaletteEntry] {
        let entries = bindings.map(PaletteEntry.init).filter { $0.matches(query) }
        return entries.filter { $0.disabled == nil } + entries.filter { $0.disabled != nil }
    }
}
