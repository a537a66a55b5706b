import Testing
import TermUI

@Suite struct TabsTests {
    let titles = ["1 总览", "2 干部", "3 网格", "4 人才"]

    @Test func allTabsWhenTheyFit() {
        let theme = Screen.color
        let buffer = Screen.buffer(Tabs(titles: titles, selected: 0), width: 40, height: 1, theme: theme)
        #expect(buffer.text == " 1 总览   2 干部   3 网格   4 人才")
        #expect((0..<8).allSatisfy { buffer[$0, 0].style == theme.tabActive })
        #expect(buffer[8, 0].style == theme.base)
        #expect((9..<17).allSatisfy { buffer[$0, 0].style == theme.tabInactive })
        #expect(buffer[39, 0].style == theme.base)
    }

    @Test func clicksFindTheTab() {
        let area = Rect(x: 5, y: 3, width: 40, height: 1)
        let tabs = Tabs(titles: titles, selected: 0)
        #expect([4, 5, 12, 13, 14, 21, 39, 40].map { tabs.tabAt(x: $0, in: area) } == [nil, 0, 0, nil, 1, 1, 3, nil])
        #expect(tabs.tabAt(x: 5, in: .zero) == nil)
    }

    @Test func narrowStripStartsLateEnoughToShowTheSelectedTab() {
        let tabs = Tabs(titles: titles, selected: 2)
        #expect(Screen.boxed(tabs, width: 20, height: 1) == " 2 干部   3 网格  4…|")
        #expect(tabs.tabAt(x: 0, in: Rect(x: 0, y: 0, width: 20, height: 1)) == 1)
        #expect(Screen.boxed(Tabs(titles: titles, selected: 3), width: 10, height: 1) == " 4 人才   |")
        #expect(Screen.boxed(Tabs(titles: titles, selected: 3), width: 1, height: 1) == "…|")
        #expect(Screen.boxed(Tabs(titles: [], selected: 0), width: 4, height: 1) == "    |")
    }
}
