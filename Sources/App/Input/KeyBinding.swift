import Domain
import TermUI

/// One entry of the key map: the keys, what they do, and how the help screen describes them.
public struct KeyBinding: Sendable {
    public enum Group: Int, CaseIterable, Sendable {
        case general, navigation, table

        public var title: Label {
            switch self {
            case .general: Label(zh: "通用", en: "General")
            case .navigation: Label(zh: "切换", en: "Switching")
            case .table: Label(zh: "表格", en: "Tables")
            }
        }
    }

    public var keys: [Key]
    public var action: Action
    public var help: Label
    public var group: Group
    /// Shown in the bottom key bar (the rest only in the help screen).
    public var inKeyBar: Bool

    public init(_ keys: [Key], _ action: Action, _ help: Label, group: Group, inKeyBar: Bool = false) {
        self.keys = keys
        self.action = action
        self.help = help
        self.group = group
        self.inKeyBar = inKeyBar
    }

    /// How the keys read in the help screen: "j ↓".
    public var keyLabel: String { keys.map(\.label).joined(separator: " ") }
}
