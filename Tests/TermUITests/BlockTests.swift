import Testing
import TermUI

@Suite struct BlockTests {
    @Test func chineseTitleAndRightTitleShareTheTopBorder() {
        let block = Block(title: "干部库 Cadres", titleRight: "12/309")
        #expect(Screen.boxed(block, width: 26, height: 3) == """
        ┌ 干部库 Cadres ─ 12/309 ┐|
        │                        │|
        └────────────────────────┘|
        """)
        // Two columns fewer: the title loses its padding before any of its text.
        #expect(Screen.boxed(block, width: 24, height: 3).hasPrefix("┌干部库 Cadres─ 12/309 ┐|"))
        #expect(Screen.boxed(block, width: 20, height: 3).hasPrefix("┌ 干部库… ─ 12/309 ┐|"))
    }

    @Test func titleAtExactWidths() {
        let block = Block(title: "狮子型干部")
        let tops = [14, 13, 12, 11, 8].map { Screen.text(block, width: $0, height: 2).split(separator: "\n")[0] }
        #expect(tops == [
            "┌ 狮子型干部 ┐",
            "┌狮子型干部─┐",
            "┌狮子型干部┐",
            "┌ 狮子型… ┐",
            "┌狮子…─┐",
        ])
    }

    @Test func titleNeverCoversTheCorners() {
        #expect(Screen.text(Block(title: "网格"), width: 4, height: 2) == "┌…─┐\n└──┘")
        #expect(Screen.text(Block(title: "网格"), width: 6, height: 2) == "┌网格┐\n└────┘")
        #expect(Screen.text(Block(title: "网格"), width: 3, height: 2) == "┌…┐\n└─┘")
        #expect(Screen.text(Block(title: "网格"), width: 2, height: 2) == "┌┐\n└┘")
    }

    @Test func asciiSymbolsAndFooter() {
        let block = Block(title: "Grid", footer: "3/40")
        #expect(Screen.text(block, width: 14, height: 3, theme: Screen.ascii) == """
        + Grid ------+
        |            |
        +------ 3/40 +
        """)
    }

    @Test func innerIsInsideTheBorder() {
        let area = Rect(x: 3, y: 2, width: 10, height: 5)
        #expect(Block().inner(area) == Rect(x: 4, y: 3, width: 8, height: 3))
        #expect(Block(borders: false).inner(area) == area)
        #expect(Block(title: "标题", borders: false).inner(area) == Rect(x: 3, y: 3, width: 10, height: 4))
        #expect(Block().inner(Rect(x: 0, y: 0, width: 1, height: 1)).isEmpty)
    }

    @Test func borderlessTitleTakesTheFirstRow() {
        #expect(Screen.boxed(Block(title: "人才工程", titleRight: "reported", borders: false), width: 20, height: 2) == """
        人才工程    reported|
                            |
        """)
    }

    @Test func focusedBorderUsesTheFocusedRole() {
        let theme = Screen.color
        let plain = Screen.buffer(Block(title: "x"), width: 5, height: 3, theme: theme)
        let focused = Screen.buffer(Block(title: "x", focused: true), width: 5, height: 3, theme: theme)
        #expect(plain[0, 0].style == theme.border)
        #expect(focused[0, 0].style == theme.borderFocused)
        #expect(focused[4, 2].style == theme.borderFocused)
        #expect(focused[2, 0].style == theme.title)
    }

    @Test func fillStyleReachesBordersAndTitle() {
        let theme = Screen.color
        let buffer = Screen.buffer(Block(title: "x", style: theme.dialog), width: 5, height: 3, theme: theme)
        #expect(buffer[0, 0].style.background == theme.dialog.background)
        #expect(buffer[2, 0].style.background == theme.dialog.background)
        #expect(buffer[2, 1].style == theme.dialog)
    }
}
