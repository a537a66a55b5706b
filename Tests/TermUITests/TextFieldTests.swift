import Testing
import TermUI

@Suite struct TextFieldTests {
    func typed(_ keys: [Key], into start: TextFieldState = TextFieldState()) -> TextFieldState {
        var state = start
        for key in keys { _ = state.handle(key) }
        return state
    }

    @Test func typingChineseAndMovingTheCursor() {
        var state = typed("网格a".map { .char($0) })
        #expect(state.text == "网格a" && state.cursor == 3)
        state = typed([.left, .left, .backspace], into: state)
        #expect(state.text == "格a" && state.cursor == 0)
        state = typed([.end, .char("员"), .home, .delete], into: state)
        #expect(state.text == "a员" && state.cursor == 0)
        state = typed([.right, .right, .right], into: state)
        #expect(state.cursor == 2)
    }

    @Test func readlineKeys() {
        let start = TextFieldState(text: "查询 北京市", cursor: 4)
        #expect(typed([.ctrl("a")], into: start).cursor == 0)
        #expect(typed([.ctrl("e")], into: start).cursor == 6)
        #expect(typed([.ctrl("u")], into: start) == TextFieldState(text: "京市", cursor: 0))
        #expect(typed([.ctrl("k")], into: start) == TextFieldState(text: "查询 北", cursor: 4))
        #expect(typed([.end, .ctrl("w")], into: start) == TextFieldState(text: "查询 ", cursor: 3))
        #expect(typed([.end, .ctrl("w"), .ctrl("w")], into: start) == TextFieldState(text: "", cursor: 0))
        #expect(typed([.ctrl("w")], into: TextFieldState(text: "abc中文")) == TextFieldState(text: "abc", cursor: 3))
        #expect(typed([.ctrl("w")], into: TextFieldState(text: "abc  ")) == TextFieldState(text: "", cursor: 0))
    }

    @Test func editsAtTheEdgesAreHarmless() {
        #expect(typed([.backspace, .left, .delete, .ctrl("w"), .ctrl("u")]) == TextFieldState())
        #expect(typed([.delete, .right], into: TextFieldState(text: "ab")) == TextFieldState(text: "ab", cursor: 2))
        var outOfRange = TextFieldState(text: "ab", cursor: 99)
        let handled = outOfRange.handle(.char("c"))
        #expect(handled)
        #expect(outOfRange == TextFieldState(text: "abc", cursor: 3))
    }

    @Test func combiningMarkJoinsItsLetter() {
        let state = typed([.char("e"), .char("\u{301}")])
        #expect(state.text == "é" && state.cursor == 1)
    }

    @Test func keysAFieldDoesNotUseAreLeftToTheCaller() {
        var state = TextFieldState(text: "x")
        for key: Key in [.enter, .escape, .up, .down, .tab, .pageDown, .function(1), .ctrl("x"), .char("\u{1b}"), .char("\u{7}")] {
            let handled = state.handle(key)
            #expect(!handled, "\(key)")
        }
        #expect(state == TextFieldState(text: "x"))
    }

    @Test func pasteDropsControlsAndFlattensNewlines() {
        var state = TextFieldState(text: "ab", cursor: 1)
        state.insert("北京\n市\u{1b}[2J")
        #expect(state.text == "a北京 市[2Jb")
        #expect(state.cursor == 8)
    }

    @Test func rendersWithLabelAndScrollsToTheCursor() {
        let field = TextField(state: TextFieldState(text: "北京市江岸区abc"), label: "搜索")
        #expect(Screen.boxed(field, width: 16, height: 1) == "搜索 江岸区abc  |")
        #expect(field.cursorPosition(in: Rect(x: 0, y: 0, width: 16, height: 1))! == (x: 14, y: 0))
        #expect(field.cursorPosition(in: Rect(x: 3, y: 2, width: 16, height: 1))! == (x: 17, y: 2))
    }

    @Test func cursorColumnCountsWideCharactersTwice() {
        let field = TextField(state: TextFieldState(text: "北京市abc", cursor: 2))
        #expect(field.cursorPosition(in: Rect(x: 0, y: 0, width: 20, height: 1))! == (x: 4, y: 0))
        let scrolled = TextField(state: TextFieldState(text: "0123456789", cursor: 5))
        #expect(Screen.boxed(scrolled, width: 4, height: 1) == "2345|")
        #expect(scrolled.cursorPosition(in: Rect(x: 0, y: 0, width: 4, height: 1))! == (x: 3, y: 0))
    }

    @Test func wideCharacterAtTheRightEdgeBecomesASpace() {
        let field = TextField(state: TextFieldState(text: "ab北京市", cursor: 0))
        #expect(Screen.boxed(field, width: 5, height: 1) == "ab北 |")
    }

    @Test func placeholderLabelAndFocus() {
        let theme = Screen.color
        let empty = TextField(state: TextFieldState(), placeholder: "输入关键字")
        let buffer = Screen.buffer(empty, width: 12, height: 1, theme: theme)
        #expect(Screen.boxed(buffer) == "输入关键字  |")
        #expect(buffer[0, 0].style == theme.muted.inheriting(from: theme.input))
        #expect(buffer[11, 0].style == theme.input)
        let long = TextField(state: TextFieldState(text: "张三"), label: "请输入要搜索的居民姓名")
        #expect(Screen.boxed(long, width: 10, height: 1) == "请输… 三  |")
        let unfocused = TextField(state: TextFieldState(text: "张三"), focused: false)
        #expect(unfocused.cursorPosition(in: Rect(x: 0, y: 0, width: 10, height: 1)) == nil)
        #expect(empty.cursorPosition(in: .zero) == nil)
    }
}
