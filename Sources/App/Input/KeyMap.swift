import Domain
import Panels
import TermUI

/// The key map is data: the same list decides what a key does, fills the help screen and the key bar.
public struct KeyMap: Sendable {
    public var bindings: [KeyBinding]

    public init(bindings: [KeyBinding]) {
        self.bindings = bindings
    }

    /// The first binding of `key` that works in `context`.
    public func action(for key: Key, in context: KeyContext = .browse) -> Action? {
        bindings.first { $0.scope.contains(context) && $0.keys.contains(key) }?.action
    }

    /// The help screen's sections, one per group, in the interface language.
    public func helpSections(_ language: Language) -> [(title: String, items: [KeyHint])] {
        KeyBinding.Group.allCases.compactMap { group in
            let items = bindings.filter { $0.group == group }.map { KeyHint(key: $0.keyLabel, label: $0.help.text(language)) }
            return items.isEmpty ? nil : (title: group.title.text(language), items: items)
        }
    }

    /// The bottom strip for `context`: the first key of each binding marked for it.
    public func keyBarHints(_ language: Language, in context: KeyContext = .browse) -> [KeyHint] {
        bindings.filter { $0.bar.contains(context) }.map { KeyHint(key: $0.keys[0].label, label: ($0.barLabel ?? $0.help).text(language)) }
    }

    private static let everywhere = KeyContext.all
    private static let tables: Set<KeyContext> = [.browse, .queue]

    public static let standard = KeyMap(bindings: [
        KeyBinding([.char("?"), .function(1)], .toggleHelp, Label(zh: "帮助", en: "Help"), group: .general, bar: everywhere),
        KeyBinding([.char("q"), .function(10)], .quit, Label(zh: "退出", en: "Quit"), group: .general, bar: [.browse, .queue]),
        KeyBinding([.ctrl("l")], .repaint, Label(zh: "重绘屏幕", en: "Repaint the screen"), group: .general),
        KeyBinding([.escape], .closeOverlay, Label(zh: "关闭弹窗;返回队列;清除筛选", en: "Close; back to the queue; clear filters"),
                   group: .general, bar: [.detail], barLabel: Label(zh: "返回", en: "Back")),
        KeyBinding([.char("1")], .selectTab(.overview), Tab.overview.label, group: .navigation),
        KeyBinding([.char("2")], .selectTab(.cadres), Tab.cadres.label, group: .navigation),
        KeyBinding([.char("3")], .selectTab(.grid), Tab.grid.label, group: .navigation),
        KeyBinding([.char("4")], .selectTab(.talent), Tab.talent.label, group: .navigation),
        KeyBinding([.tab], .nextTab, Label(zh: "下一页", en: "Next tab"), group: .navigation, bar: [.browse]),
        KeyBinding([.backTab], .previousTab, Label(zh: "上一页", en: "Previous tab"), group: .navigation),
        KeyBinding([.down, .char("j")], .moveSelection(1), Label(zh: "下移(详情中滚动)", en: "Down (scrolls the detail)"), group: .table),
        KeyBinding([.up, .char("k")], .moveSelection(-1), Label(zh: "上移(详情中滚动)", en: "Up (scrolls the detail)"), group: .table),
        KeyBinding([.pageDown, .ctrl("f")], .pageDown, Label(zh: "下一屏", en: "Page down"), group: .table),
        KeyBinding([.pageUp, .ctrl("b")], .pageUp, Label(zh: "上一屏", en: "Page up"), group: .table),
        KeyBinding([.home, .char("g")], .jumpToTop, Label(zh: "到顶", en: "Top"), group: .table),
        KeyBinding([.end, .char("G")], .jumpToBottom, Label(zh: "到底", en: "Bottom"), group: .table),
        KeyBinding([.char("s")], .nextSortColumn, Label(zh: "换排序列", en: "Sort by next column"), group: .table, scope: tables, bar: [.browse]),
        KeyBinding([.char("S")], .reverseSort, Label(zh: "反向排序", en: "Reverse the sort"), group: .table, scope: tables),

        KeyBinding([.enter], .openDetail, Label(zh: "打开工单详情", en: "Open the ticket's detail"), group: .queue, scope: [.queue],
                   bar: [.queue], barLabel: Label(zh: "详情", en: "Open")),
        KeyBinding([.char("/")], .startSearch, Label(zh: "搜索标题、描述、备注(Enter 保留,Esc 清除)", en: "Search title, description, notes (Enter keeps, Esc clears)"),
                   group: .queue, scope: [.queue], bar: [.queue], barLabel: Label(zh: "搜索", en: "Search")),
        KeyBinding([.char("f")], .openFilterMenu, Label(zh: "筛选:状态、级别、类别、位置", en: "Filter by status, level, category, place"),
                   group: .queue, scope: [.queue], bar: [.queue], barLabel: Label(zh: "筛选", en: "Filter")),
        KeyBinding([.char("o")], .toggleOverdue, Label(zh: "只看超期", en: "Overdue only"), group: .queue, scope: [.queue],
                   bar: [.queue], barLabel: Label(zh: "超期", en: "Overdue")),
        KeyBinding([.char("m")], .toggleMine, Label(zh: "只看我认领的", en: "Claimed by me only"), group: .queue, scope: [.queue]),
        KeyBinding([.char("u")], .toggleUnassigned, Label(zh: "只看未派单", en: "Unassigned only"), group: .queue, scope: [.queue]),
        KeyBinding([.char("c")], .clearFilters, Label(zh: "清除全部筛选", en: "Clear all filters"), group: .queue, scope: [.queue]),
        KeyBinding([.char("p")], .revealPhone, Label(zh: "显示报告人电话(操作员)", en: "Show the reporter's phone (operators)"), group: .queue,
                   scope: [.detail], bar: [.detail], barLabel: Label(zh: "电话", en: "Phone")),

        KeyBinding([.char("n")], .ticket(.create), Label(zh: "新建工单", en: "New ticket"), group: .ticket, scope: KeyContext.grid),
        KeyBinding([.char("C")], .ticket(.classify), Label(zh: "分类定级", en: "Classify (category, level)"), group: .ticket, scope: KeyContext.grid),
        KeyBinding([.char("a")], .ticket(.assign), Label(zh: "派单", en: "Assign"), group: .ticket, scope: KeyContext.grid, bar: [.detail]),
        KeyBinding([.char("i")], .ticket(.claim), Label(zh: "认领(我来办)", en: "Claim (I am on it)"), group: .ticket, scope: KeyContext.grid),
        KeyBinding([.char("w")], .ticket(.start), Label(zh: "开始处理", en: "Start work"), group: .ticket, scope: KeyContext.grid),
        KeyBinding([.char("e")], .ticket(.escalate), Label(zh: "上报升级(需理由)", en: "Escalate (reason required)"), group: .ticket,
                   scope: KeyContext.grid, bar: KeyContext.grid, barLabel: Label(zh: "上报", en: "Escalate")),
        KeyBinding([.char("r")], .ticket(.resolve), Label(zh: "办结(需办理说明)", en: "Resolve (note required)"), group: .ticket,
                   scope: KeyContext.grid, bar: KeyContext.grid, barLabel: Label(zh: "办结", en: "Resolve")),
        KeyBinding([.char("R")], .ticket(.rate), Label(zh: "居民评价 1–5(2 分及以下重新打开)", en: "Rate 1–5 (2 or less reopens)"), group: .ticket,
                   scope: KeyContext.grid, bar: [.detail], barLabel: Label(zh: "评价", en: "Rate")),
        KeyBinding([.char("O")], .ticket(.reopen), Label(zh: "重新打开(需理由)", en: "Reopen (reason required)"), group: .ticket, scope: KeyContext.grid),
        KeyBinding([.char("d")], .ticket(.closeDuplicate), Label(zh: "作为重复件关闭", en: "Close as duplicate of another ticket"), group: .ticket, scope: KeyContext.grid),
        KeyBinding([.char("x")], .ticket(.closeInvalid), Label(zh: "作为无效件关闭(需理由)", en: "Close as invalid (reason required)"), group: .ticket, scope: KeyContext.grid),
        KeyBinding([.char("t")], .ticket(.note), Label(zh: "添加备注", en: "Add a note"), group: .ticket, scope: KeyContext.grid,
                   bar: [.detail], barLabel: Label(zh: "备注", en: "Note")),
    ])
}
