import Domain
import Panels
import TermUI

/// The key map is data: the same list decides what a key does, fills the help screen and the key bar.
public struct KeyMap: Sendable {
    public var bindings: [KeyBinding]

    public init(bindings: [KeyBinding]) {
        self.bindings = bindings
    }

    public func action(for key: Key) -> Action? {
        bindings.first { $0.keys.contains(key) }?.action
    }

    /// The help screen's sections, one per group, in the interface language.
    public func helpSections(_ language: Language) -> [(title: String, items: [KeyHint])] {
        KeyBinding.Group.allCases.compactMap { group in
            let items = bindings.filter { $0.group == group }.map { KeyHint(key: $0.keyLabel, label: $0.help.text(language)) }
            return items.isEmpty ? nil : (title: group.title.text(language), items: items)
        }
    }

    /// The bottom strip: the first key of each binding marked for it.
    public func keyBarHints(_ language: Language) -> [KeyHint] {
        bindings.filter(\.inKeyBar).map { KeyHint(key: $0.keys[0].label, label: $0.help.text(language)) }
    }

    public static let standard = KeyMap(bindings: [
        KeyBinding([.char("?"), .function(1)], .toggleHelp, Label(zh: "帮助", en: "Help"), group: .general, inKeyBar: true),
        KeyBinding([.char("q"), .function(10)], .quit, Label(zh: "退出", en: "Quit"), group: .general, inKeyBar: true),
        KeyBinding([.ctrl("l")], .repaint, Label(zh: "重绘屏幕", en: "Repaint the screen"), group: .general),
        KeyBinding([.escape], .closeOverlay, Label(zh: "关闭弹窗", en: "Close the overlay"), group: .general),
        KeyBinding([.char("1")], .selectTab(.overview), Tab.overview.label, group: .navigation),
        KeyBinding([.char("2")], .selectTab(.cadres), Tab.cadres.label, group: .navigation),
        KeyBinding([.char("3")], .selectTab(.grid), Tab.grid.label, group: .navigation),
        KeyBinding([.char("4")], .selectTab(.talent), Tab.talent.label, group: .navigation),
        KeyBinding([.tab], .nextTab, Label(zh: "下一页", en: "Next tab"), group: .navigation, inKeyBar: true),
        KeyBinding([.backTab], .previousTab, Label(zh: "上一页", en: "Previous tab"), group: .navigation),
        KeyBinding([.down, .char("j")], .moveSelection(1), Label(zh: "下移", en: "Down"), group: .table),
        KeyBinding([.up, .char("k")], .moveSelection(-1), Label(zh: "上移", en: "Up"), group: .table),
        KeyBinding([.pageDown, .ctrl("f")], .pageDown, Label(zh: "下一屏", en: "Page down"), group: .table),
        KeyBinding([.pageUp, .ctrl("b")], .pageUp, Label(zh: "上一屏", en: "Page up"), group: .table),
        KeyBinding([.home, .char("g")], .jumpToTop, Label(zh: "到顶", en: "Top"), group: .table),
        KeyBinding([.end, .char("G")], .jumpToBottom, Label(zh: "到底", en: "Bottom"), group: .table),
        KeyBinding([.char("s")], .nextSortColumn, Label(zh: "换排序列", en: "Sort by next column"), group: .table, inKeyBar: true),
        KeyBinding([.char("S")], .reverseSort, Label(zh: "反向排序", en: "Reverse the sort"), group: .table),
    ])
}
