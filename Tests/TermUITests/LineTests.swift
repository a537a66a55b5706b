import Testing
import TermUI

@Suite struct LineTests {
    @Test func widthCountsWideCharactersTwice() {
        #expect(Line([Span("江岸区"), Span(" 12", style: Style(modifiers: .bold))]).width == 9)
        #expect(Line("").width == 0)
        #expect(Line("Ab中").text == "Ab中")
    }

    @Test func cutWithEllipsisAtExactWidths() {
        let line = Line([Span("社区", style: Style(modifiers: .bold)), Span("网格员 grid")])
        #expect(Screen.boxed(line, width: 15, height: 1) == "社区网格员 grid|")
        #expect(Screen.boxed(line, width: 14, height: 1) == "社区网格员 gr…|")
        #expect(Screen.boxed(line, width: 10, height: 1) == "社区网格… |")
        #expect(Screen.boxed(line, width: 1, height: 1) == "…|")
        #expect(Screen.boxed(line, width: 0, height: 1) == "|")
    }

    @Test func spansKeepTheirStyles() {
        let bold = Style(modifiers: .bold)
        let buffer = Screen.buffer(Line([Span("社区", style: bold), Span("ab")]), width: 6, height: 1)
        #expect(buffer[0, 0].style == bold)
        #expect(buffer[2, 0].style == bold)
        #expect(buffer[4, 0].style == .plain)
    }

    @Test func alignment() {
        #expect(Screen.boxed(Line("中文", alignment: .center), width: 8, height: 1) == "  中文  |")
        #expect(Screen.boxed(Line("中文", alignment: .right), width: 7, height: 1) == "   中文|")
    }

    @Test func plainSpansInheritTheBaseBackground() {
        let theme = Screen.color
        var buffer = Buffer(width: 4, height: 1)
        Line("ab").render(buffer.area, into: &buffer, theme: theme, base: theme.dialog)
        #expect(buffer[0, 0].style == theme.dialog)
        #expect(buffer[3, 0].style == theme.dialog)
    }
}
