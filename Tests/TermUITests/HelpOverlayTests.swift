import Testing
import TermUI

@Suite struct HelpOverlayTests {
    let help = HelpOverlay(title: "帮助", sections: [
        (title: "全局", items: [KeyHint(key: "q", label: "退出"), KeyHint(key: "Tab", label: "下一页")]),
        (title: "表格", items: [KeyHint(key: "↑↓", label: "移动")]),
    ])

    @Test func listsKeysInAlignedColumns() {
        #expect(Screen.text(help, width: 40, height: 12) == """


                ┌ 帮助 ────────────────┐
                │ 全局                 │
                │   q    退出          │
                │   Tab  下一页        │
                │                      │
                │ 表格                 │
                │   ↑↓   移动          │
                └──────────────────────┘


        """)
    }

    @Test func scrollsWhenTallerThanTheScreen() {
        var scrolled = help
        scrolled.scroll = 3
        let area = Rect(x: 0, y: 0, width: 30, height: 5)
        #expect(help.maxScroll(in: area) == 3)
        #expect(Screen.text(scrolled, width: 30, height: 5) == """
           ┌ 帮助 ────────────────┐
           │                      │
           │ 表格                 │
           │   ↑↓   移动          │
           └─────────────── 4-6/6 ┘
        """)
    }
}
