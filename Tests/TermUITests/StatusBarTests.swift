import Testing
import TermUI

@Suite struct StatusBarTests {
    let bar = StatusBar(left: ["~/.local/share/zugong", "user"], right: ["zh", "12:30"])

    @Test func leftIsCutBeforeRight() {
        #expect(Screen.boxed(bar, width: 41, height: 1) == " ~/.local/share/zugong │ user zh │ 12:30 |")
        #expect(Screen.boxed(bar, width: 40, height: 1) == " ~/.local/share/zugong │ us… zh │ 12:30 |")
        #expect(Screen.boxed(bar, width: 12, height: 1) == " zh │ 12:30 |")
        #expect(Screen.boxed(bar, width: 8, height: 1) == " zh │ … |")
    }

    @Test func chineseSegments() {
        let bar = StatusBar(left: ["网格工单 1,204 件", "逾期 37"], right: ["彩色 256", "12:30"])
        #expect(Screen.boxed(bar, width: 30, height: 1) == " 网格工单 1… 彩色 256 │ 12:30 |")
    }

    @Test func asciiSeparatorAndStatusRole() {
        #expect(Screen.text(bar, width: 41, height: 1, theme: Screen.ascii) == " ~/.local/share/zugong | user zh | 12:30")
        let theme = Screen.color
        let buffer = Screen.buffer(bar, width: 50, height: 1, theme: theme)
        #expect(buffer.cells.allSatisfy { $0.style == theme.statusBar })
    }
}
