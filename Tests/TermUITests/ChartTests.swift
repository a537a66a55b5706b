import Testing
import TermUI

@Suite struct ChartTests {
    @Test func sparklineScalesTheVisibleTail() {
        #expect(Screen.boxed(Sparkline(values: [0, 10, 5, 10, 0, 7, 3]), width: 5, height: 1) == "▅█▁▆▃|")
        #expect(Screen.boxed(Sparkline(values: [0, 10, 5, 10, 0, 7, 3]), width: 5, height: 1, theme: Screen.ascii) == "=#.=-|")
        #expect(Screen.boxed(Sparkline(values: [1, 2]), width: 4, height: 1) == "▁█  |")
    }

    @Test func sparklineStacksRowsWhenTall() {
        #expect(Screen.boxed(Sparkline(values: [1, 2, 3, 4, 5, 6, 7, 8, 4]), width: 12, height: 2) == """
            ▂▄▆█    |
        ▁▃▅▇████▇   |
        """)
    }

    @Test func sparklineFlatEmptyAndNonFiniteSeries() {
        #expect(Screen.text(Sparkline(values: [3, 3, 3]), width: 3, height: 1) == "▄▄▄")
        #expect(Screen.text(Sparkline(values: [0, 0]), width: 3, height: 1) == "▁▁")
        #expect(Screen.text(Sparkline(values: []), width: 3, height: 1) == "")
        #expect(Screen.text(Sparkline(values: [1, .nan, 2, .infinity]), width: 4, height: 1) == "▁ █")
    }

    @Test func gaugeFillsInEighthsWithTheLabelCentred() {
        let theme = Screen.color
        let buffer = Screen.buffer(Gauge(ratio: 0.55), width: 13, height: 1, theme: theme)
        #expect(Screen.boxed(buffer) == "█████55%     |")
        #expect(buffer[5, 0].style == theme.accent.adding(.reverse), "label over the bar reads in reverse")
        #expect(buffer[7, 0].style == theme.accent)
        #expect(Screen.boxed(Gauge(ratio: 0.3, label: ""), width: 4, height: 1) == "█▎░░|", "without colour a shade shows the track")
        #expect(Screen.boxed(Gauge(ratio: 0.3, label: ""), width: 4, height: 1, theme: Screen.ascii) == "# ..|")
        #expect(Screen.boxed(Gauge(ratio: 0.3, label: ""), width: 4, height: 1, theme: Screen.color) == "█▎  |")
        #expect(Screen.boxed(Gauge(ratio: 0.5, label: "完成"), width: 10, height: 1) == "███完成░░░|")
    }

    @Test func gaugeClampsTheRatio() {
        #expect(Screen.boxed(Gauge(ratio: 1.7), width: 6, height: 1) == "█100%█|")
        #expect(Screen.boxed(Gauge(ratio: -1), width: 6, height: 1) == "░░0%░░|")
        #expect(Screen.boxed(Gauge(ratio: .nan), width: 6, height: 1, theme: Screen.color) == "  0%  |")
        #expect(Screen.text(Gauge(ratio: 0.5, label: "半"), width: 4, height: 3) == "██░░\n█半░\n██░░")
    }

    @Test func gaugeMarksItsGoal() {
        #expect(Screen.boxed(Gauge(ratio: 0.56, label: "", goal: 0.8), width: 10, height: 1) == "█████▋░░┃░|")
        #expect(Screen.boxed(Gauge(ratio: 0.9, label: "", goal: 0.8), width: 10, height: 1, theme: Screen.ascii) == "########|.|", "past the goal the mark sits on the bar")
        #expect(Screen.boxed(Gauge(ratio: 0.2, label: "", goal: 1), width: 5, height: 1) == "█░░░┃|", "a goal at the end stays inside")
    }

    @Test func barChartLabelsBarsAndValues() {
        let chart = BarChart(bars: [(label: "江岸", value: 12), (label: "东西湖", value: 30), (label: "汉南", value: 3.5)])
        #expect(Screen.boxed(chart, width: 30, height: 3) == """
        江岸   ███████▋ 12            |
        东西湖 ███████████████████ 30 |
        汉南   ██▎ 3.5                |
        """)
        #expect(Screen.text(chart, width: 30, height: 1) == "江岸 ██████████████████████ 12", "bars below the area are not counted")
    }

    @Test func barChartFormatterAndZeroes() {
        let chart = BarChart(bars: [(label: "院士", value: 44), (label: "诺奖", value: 0)], valueFormatter: { "\(Int($0))人" })
        #expect(Screen.boxed(chart, width: 16, height: 2) == """
        院士 ██████ 44人|
        诺奖 0人        |
        """)
    }

    @Test func bigNumberUsesTheBlockFontWhenThereIsRoom() {
        let number = BigNumber(text: "85.1%", caption: "非公企业覆盖率")
        #expect(Screen.boxed(number, width: 24, height: 5) == """
           █▀█ █▀▀   ▀█  ▀ █    |
           █▀█ ▀▀█    █   █     |
           ▀▀▀ ▀▀▀ ▀ ▀▀▀ █ ▀    |
             非公企业覆盖率     |
                                |
        """)
        #expect(Screen.text(number, width: 24, height: 4, theme: Screen.ascii) == """
           ### ###   ##  # #
           ### ###    #   #
           ### ### # ### # #
             非公企业覆盖率
        """)
    }

    @Test func bigNumberFallsBackToPlainText() {
        #expect(Screen.text(BigNumber(text: "85.1%", caption: "覆盖率"), width: 12, height: 3) == "   85.1%\n   覆盖率\n")
        #expect(Screen.text(BigNumber(text: "70万", caption: nil), width: 8, height: 3) == "\n  70万\n")
        #expect(Screen.text(BigNumber(text: "309", caption: nil), width: 10, height: 3) == "\n   309\n", "eleven columns needed")
        #expect(Screen.text(BigNumber(text: "309", caption: nil), width: 11, height: 3) == "▀▀█ █▀█ █▀█\n ▀█ █ █ ▀▀█\n▀▀▀ ▀▀▀ ▀▀▀")
    }
}
