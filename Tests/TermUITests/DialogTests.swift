import Testing
import TermUI

@Suite struct DialogTests {
    let confirm = Dialog(title: "确认", lines: [Line("确定要关闭工单吗？This cannot be undone.")], buttons: ["确定", "取消"])

    @Test func centredBoxWithWrappedTextAndButtons() {
        #expect(Screen.boxed(confirm, width: 40, height: 10) == """
                                                |
                                                |
          ┌ 确认 ────────────────────────────┐  |
          │ 确定要关闭工单吗？This cannot be │  |
          │ undone.                          │  |
          │                                  │  |
          │        [ 确定 ]  [ 取消 ]        │  |
          └──────────────────────────────────┘  |
                                                |
                                                |
        """)
    }

    @Test func framesAndContentArea() {
        let screen = Rect(x: 0, y: 0, width: 40, height: 10)
        #expect(confirm.frame(in: screen) == Rect(x: 2, y: 2, width: 36, height: 6))
        #expect(confirm.contentArea(in: screen) == Rect(x: 4, y: 3, width: 32, height: 2))
        #expect(Dialog.frame(in: Rect(x: 0, y: 0, width: 80, height: 24), width: 40, height: 10) == Rect(x: 20, y: 7, width: 40, height: 10))
        #expect(Dialog.frame(in: Rect(x: 5, y: 5, width: 10, height: 4), width: 40, height: 10) == Rect(x: 5, y: 5, width: 10, height: 4))
        let sized = Dialog(title: "搜索", lines: [Line("关键字："), Line("")], width: 30)
        #expect(sized.frame(in: screen) == Rect(x: 5, y: 3, width: 30, height: 4))
        #expect(sized.contentArea(in: screen).row(1) == Rect(x: 7, y: 5, width: 26, height: 1))
    }

    @Test func clearsBeneathAndLeavesTheRestAlone() {
        let sentinel = Cell(symbol: "@")
        var buffer = Buffer(area: Rect(x: 0, y: 0, width: 40, height: 10), filling: sentinel)
        confirm.render(buffer.area, into: &buffer, theme: Screen.color)
        let box = confirm.frame(in: buffer.area)
        for y in 0..<10 {
            for x in 0..<40 {
                #expect((buffer[x, y] == sentinel) != box.contains(x: x, y: y), "cell \(x),\(y)")
            }
        }
        #expect(buffer[5, 4].style == Screen.color.dialog)
    }

    @Test func selectedButtonIsHighlighted() {
        let theme = Screen.color
        var second = confirm
        second.selectedButton = 1
        let buffer = Screen.buffer(second, width: 40, height: 10, theme: theme)
        // "[ 取消 ]" starts at column 22 on the button row.
        #expect(buffer[22, 6].style == theme.selected)
        #expect(buffer[12, 6].style == theme.dialog)
    }

    @Test func tallContentScrollsWithAPositionInTheBorder() {
        let lines = (1...10).map { Line("第\($0)行") }
        let dialog = Dialog(title: "说明", lines: lines, width: 20, scroll: 2)
        #expect(Screen.text(dialog, width: 30, height: 8) == """
             ┌ 说明 ────────────┐
             │ 第3行            │
             │ 第4行            │
             │ 第5行            │
             │ 第6行            │
             │ 第7行            │
             │ 第8行            │
             └────────── 3-8/10 ┘
        """)
        #expect(dialog.maxScroll(in: Rect(x: 0, y: 0, width: 30, height: 8)) == 4)
    }
}
