import Testing
import TermUI

@Suite struct ParagraphTests {
    let article = "武汉市委组织部 launched the lion-type cadre survey in May 2017，首批108名干部到岗。\n\n  indented  text   here"

    @Test func wrapsMixedChineseAndEnglish() {
        #expect(Paragraph.wrap(article, width: 16) == [
            "武汉市委组织部",
            "launched the",
            "lion-type cadre",
            "survey in May",
            "2017，首批108名",
            "干部到岗。",
            "",
            "  indented  text",
            "here",
        ])
    }

    @Test func chineseBreaksBetweenAnyTwoCharacters() {
        #expect(Paragraph.wrap(article, width: 10).prefix(2) == ["武汉市委组", "织部"])
        #expect(Paragraph.wrap("红色引擎社区网格", width: 5) == ["红色", "引擎", "社区", "网格"])
    }

    @Test func closingPunctuationDoesNotStartARow() {
        #expect(Paragraph.wrap("解决诉求，回访居民。", width: 8) == ["解决诉", "求，回访", "居民。"])
    }

    @Test func longWordsAreCutHard() {
        #expect(Paragraph.wrap("internationalization", width: 8) == ["internat", "ionaliza", "tion"])
        #expect(Paragraph.wrap("see lion-type", width: 5) == ["see", "lion-", "type"])
    }

    @Test func noRowStartsWithASpaceFromABreak() {
        for width in 1...20 {
            let rows = Paragraph.wrap(article, width: width)
            for row in rows where row != "  indented  text" && row != "  indented" {
                #expect(!row.hasPrefix(" "), "width \(width): \"\(row)\"")
            }
            for row in rows where row.count > 1 {
                #expect(DisplayWidth.of(row) <= width, "width \(width): \"\(row)\" is too wide")
            }
        }
    }

    @Test func explicitNewlinesAreKept() {
        #expect(Paragraph.wrap("a\n\nb\n", width: 10) == ["a", "", "b", ""])
        #expect(Paragraph.wrap("", width: 10) == [""])
        #expect(Paragraph.wrap("两行\r\n文字", width: 10) == ["两行", "文字"])
        #expect(Paragraph.wrap("abc", width: 0) == [])
    }

    @Test func rendersStyledLinesWrapped() {
        let bold = Style(modifiers: .bold)
        let paragraph = Paragraph(lines: [Line([Span("警告", style: bold), Span("：水管破裂，请尽快处理。")])])
        let buffer = Screen.buffer(paragraph, width: 10, height: 4)
        #expect(Screen.boxed(buffer) == """
        警告：水管|
        破裂，请尽|
        快处理。  |
                  |
        """)
        #expect(buffer[0, 0].style == bold && buffer[2, 0].style == bold)
        #expect(buffer[4, 0].style == .plain)
        #expect(paragraph.height(forWidth: 10) == 3)
        #expect(paragraph.height(forWidth: 100) == 1)
    }

    @Test func scrollIsClampedToTheLastPage() {
        let paragraph = Paragraph("一二三四五六", scroll: 1)
        #expect(Screen.text(paragraph, width: 4, height: 2) == "三四\n五六")
        var far = paragraph
        far.scroll = 99
        #expect(Screen.text(far, width: 4, height: 2) == "三四\n五六")
        #expect(paragraph.maxScroll(width: 4, height: 2) == 1)
    }

    @Test func withoutWrapLinesAreCut() {
        let paragraph = Paragraph("组织部 organization department", wrap: false)
        #expect(Screen.boxed(paragraph, width: 10, height: 1) == "组织部 or…|")
        #expect(Screen.boxed(Paragraph("ab中文", wrap: false), width: 4, height: 1) == "ab… |")
    }
}
