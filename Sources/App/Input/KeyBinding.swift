import Domain
import TermUI

/// One entry of the key map: the keys, what they do, where they work, and how the help screen and
/// the key bar describe them.
public struct KeyBinding: Sendable {
    public enum Group: Int, CaseIterable, Sendable {
        case general, navigation, table, queue, ticket

        public var title: Label {
            switch self {
            case .general: Label(zh: "通用", en: "General")
            case .navigation: Label(zh: "切换", en: "Switching")
            case .table: Label(zh: "表格", en: "Tables")
            case .queue: Label(zh: "红色引擎 · 队列与筛选", en: "Grid · queue and filters")
            case .ticket: Label(zh: "红色引擎 · 工单操作", en: "Grid · ticket actions")
            }
        }
    }

    public var keys: [Key]
    public var action: Action
    public var help: Label
    public var group: Group
    /// Where the keys do this.
    public var scope: Set<KeyContext>
    /// The key bars that show it (the rest only in the help screen).
    public var bar: Set<KeyContext>
    /// The key bar's shorter label, when the help text is too long for it.
    public var barLabel: Label?

    public init(_ keys: [Key], _ action: Action, _ help: Label, group: Group, scope: Set<KeyContext> = KeyContext.all,
                bar: Set<KeyContext> = [], barLabel: Label? = nil) {
        self.keys = keys
        self.action = action
        self.help = help
        self.group = group
        self.scope = scope
        self.bar = bar
        self.barLabel = barLabel
    }

    /// How the keys read in the help screen: "j ↓".
    public var keyLabel: String { keys.map(\.label).joined(separator: " ") }
}
