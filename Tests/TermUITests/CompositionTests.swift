import Testing
import TermUI

/// Widgets put together the way a panel does, shown through the in-memory terminal.
@Suite struct CompositionTests {
    @Test func dashboardFrame() {
        let theme = Screen.mono
        let terminal = MemoryTerminal(width: 40, height: 8)
        var frame = Buffer(width: 40, height: 8)
        let rows = Layout.split(frame.area, .vertical, [.fixed(1), .proportional(1), .fixed(1)])
        Tabs(titles: ["1 总览", "2 干部", "3 网格"], selected: 2).render(rows[0], into: &frame, theme: theme)
        let block = Block(title: "网格工单 Tickets", titleRight: "2/3", focused: true)
        block.render(rows[1], into: &frame, theme: theme)
        let tickets = [("T-0012", "楼道灯坏了", "逾期"), ("T-0013", "Water leak 漏水", "处理中"), ("T-0014", "噪音扰民", "已解决")]
        Table(columns: [TableColumn(title: "编号"), TableColumn(title: "诉求", weight: 1), TableColumn(title: "状态")],
              rowCount: tickets.count, selected: 1, offset: 0) { r, c in
            TableCell([tickets[r].0, tickets[r].1, tickets[r].2][c])
        }.render(block.inner(rows[1]), into: &frame, theme: theme)
        StatusBar(left: ["~/.local/share/zugong"], right: ["mono", "09:30"]).render(rows[2], into: &frame, theme: theme)
        terminal.draw(frame, cursor: nil)
        #expect(terminal.text == """
         1 总览   2 干部   3 网格
        ┌ 网格工单 Tickets ─────────────── 2/3 ┐
        │编号   诉求                     状态  │
        │T-0012 楼道灯坏了               逾期  │
        │T-0013 Water leak 漏水          处理中│
        │T-0014 噪音扰民                 已解决│
        └──────────────────────────────────────┘
         ~/.local/share/zugong     mono │ 09:30
        """)
        let styles = terminal.styleListing().split(separator: "\n")
        #expect(styles[0].hasPrefix(String(repeating: ".", count: 18) + "aaaaaaaa"), "the selected tab is reverse and bold")
        // Mono: b = bold border, c = bold underlined header, d = reverse (selection and status bar).
        #expect(styles[2] == "b" + String(repeating: "c", count: 38) + "b")
        #expect(styles[4] == "b" + String(repeating: "d", count: 38) + "b", "the selected row spans the table")
        #expect(styles[7] == Substring(String(repeating: "d", count: 40)), "the status bar fills its row")
    }
}
