import Domain
import Panels
import TermUI

/// What every table takes: moving the cursor, paging, sorting, a click on a row or a header.
/// Pages with a table wrap these in their own command; a page may read them otherwise (the
/// ticket detail scrolls with them).
public enum TableCommand: Equatable, Sendable {
    case move(Int)
    case pageDown
    case pageUp
    case top
    case bottom
    case nextSortColumn
    case reverseSort
    case sortBy(column: Int)
    case select(row: Int)

    /// The bindings of a table, the same on every page that has one; `modes` limits them to
    /// the page's table modes (the sort keys mean nothing in a detail view).
    public static func bindings(sortModes: Set<String> = [], sortInBar: Bool = true) -> [Binding<TableCommand>] {
        [
            Binding("table.down", [.down, .char("j")], .move(1), Label(zh: "下移(详情中滚动)", en: "Down (scrolls the detail)"), group: .table),
            Binding("table.up", [.up, .char("k")], .move(-1), Label(zh: "上移(详情中滚动)", en: "Up (scrolls the detail)"), group: .table),
            Binding("table.page_down", [.pageDown, .ctrl("f")], .pageDown, Label(zh: "下一屏", en: "Page down"), group: .table),
            Binding("table.page_up", [.pageUp, .ctrl("b")], .pageUp, Label(zh: "上一屏", en: "Page up"), group: .table),
            Binding("table.top", [.home, .char("g")], .top, Label(zh: "到顶", en: "Top"), group: .table),
            Binding("table.bottom", [.end, .char("G")], .bottom, Label(zh: "到底", en: "Bottom"), group: .table),
            Binding("table.sort", [.char("s")], .nextSortColumn, Label(zh: "换排序列", en: "Sort by next column"), group: .table,
                    bar: sortInBar ? .always : .never, modes: sortModes),
            Binding("table.reverse", [.char("S")], .reverseSort, Label(zh: "反向排序", en: "Reverse the sort"), group: .table, modes: sortModes),
        ]
    }
}
