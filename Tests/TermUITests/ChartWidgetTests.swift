import Testing
import TermUI

/// The canvas and the dashboard charts against literal screens.
@Suite struct ChartWidgetTests {
    private func canvasText(_ resolution: CanvasResolution, draw: (inout Canvas) -> Void) -> String {
        var canvas = Canvas(columns: 4, rows: 2, resolution: resolution)
        draw(&canvas)
        var buffer = Buffer(width: 4, height: 2)
        canvas.render(x: 0, y: 0, into: &buffer, styles: [.plain])
        return Screen.boxed(buffer)
    }

    @Test func canvasDrawsShapesAtThreeResolutions() {
        let square = { (c: inout Canvas) in c.rectangle(x: 0, y: 0, width: c.width, height: c.height) }
        #expect(canvasText(.braille, draw: square) == "⡏⠉⠉⢹|\n⣇⣀⣀⣸|")
        #expect(canvasText(.halfBlock, draw: square) == "█▀▀█|\n█▄▄█|")
        #expect(canvasText(.characters, draw: square) == "****|\n****|")
        let diagonal = { (c: inout Canvas) in c.line(from: (0, 0), to: (c.width - 1, c.height - 1)) }
        #expect(canvasText(.braille, draw: diagonal) == "⠑⢄  |\n  ⠑⢄|")
        #expect(canvasText(.halfBlock, draw: diagonal) == "▀▄  |\n  ▀▄|")
        var outside = Canvas(columns: 2, rows: 1, resolution: .braille)
        outside.point(x: -1, y: 0)
        outside.point(x: 4, y: 4)
        #expect(!outside.isSet(x: 0, y: 0), "dots outside the canvas are dropped")
        #expect(Canvas(columns: 0, rows: 0, resolution: .braille).width == 0)
    }

    @Test func canvasLayersKeepTheirMarksInCharacters() {
        var canvas = Canvas(columns: 3, rows: 1, resolution: .characters)
        canvas.point(x: 0, y: 0, layer: 0)
        canvas.point(x: 1, y: 0, layer: 1)
        canvas.point(x: 2, y: 0, layer: 2)
        var buffer = Buffer(width: 3, height: 1)
        let styles = [Style(modifiers: .bold), Style(modifiers: .dim)]
        canvas.render(x: 0, y: 0, into: &buffer, styles: styles)
        #expect(buffer.text == "*+o")
        #expect(buffer[2, 0].style == styles[1], "a layer beyond the styles takes the last")
    }

    @Test func barChartGrowsNegativeValuesLeftOfAnAxis() {
        let points = BarChart(bars: [(label: "加分", value: 6), (label: "扣分", value: -3), (label: "平", value: 0)])
        #expect(Screen.boxed(points, width: 20, height: 3) == """
        加分     │███████ 6 |
        扣分 ████│-3        |
        平       │0         |
        """)
        #expect(Screen.boxed(points, width: 20, height: 3, theme: Screen.ascii) == """
        加分     |####### 6 |
        扣分 ####|-3        |
        平       |0         |
        """)
    }

    @Test func groupedBarsShareALegendAndDifferInFill() {
        let chart = BarChart(groups: [.init(label: "江岸", values: [4, 2]), .init(label: "汉阳", values: [1, 3])],
                             seriesNames: ["在办", "超期"])
        #expect(Screen.boxed(chart, width: 16, height: 5) == """
        █ 在办  ▓ 超期  |
        江岸 █████████ 4|
             ▓▓▓▓▓ 2    |
        汉阳 ██▎ 1      |
             ▓▓▓▓▓▓▓ 3  |
        """)
    }

    @Test func verticalBarsStandOnTheirLabelsWithValuesAbove() {
        let chart = BarChart(bars: [(label: "1天", value: 8), (label: "3天", value: 4), (label: "7天", value: 1)], orientation: .vertical)
        #expect(Screen.boxed(chart, width: 12, height: 6) == """
        8           |
        ███         |
        ███ 4       |
        ███ ███ 1   |
        ███ ███ ▄▄▄ |
        1天 3天 7天 |
        """)
        let mixed = BarChart(bars: [(label: "a", value: 2), (label: "b", value: -2)], orientation: .vertical)
        #expect(Screen.boxed(mixed, width: 6, height: 6, theme: Screen.ascii) == """
        2     |
        ##    |
        ## -2 |
           ## |
           ## |
        a  b  |
        """)
    }

    @Test func funnelCentresItsStagesWithShares() {
        let funnel = Funnel(stages: [.init(label: "发现", value: 309), .init(label: "任用", value: 151), .init(label: "在岗", value: 0)])
        #expect(Screen.boxed(funnel, width: 30, height: 3) == """
        发现 ███████████████ 309      |
        任用     ███████     151 · 49%|
        在岗                 0 · 0%   |
        """)
    }

    @Test func bigNumbersComeInThreeSizesWithWordsBeside() {
        #expect(Screen.boxed(BigNumber(text: "约 1.9万亿", caption: nil), width: 30, height: 5) == """
                ██      ██████        |
              ████      ██  ██        |
                ██      ██████        |
                ██          ██        |
           约 ██████ ██ ██████ 万亿   |
        """, "the 5-row font; the words sit on its last row")
        #expect(Screen.text(BigNumber(text: "约 1.9万亿", caption: nil), width: 20, height: 5).contains("约 ▀▀▀ ▀ ▀▀▀ 万亿"), "too narrow for 5 rows: 3")
        let seven = BigNumber(text: "70%", caption: "留汉")
        #expect(Screen.text(seven, width: 40, height: 8, theme: Screen.ascii).components(separatedBy: "\n").count == 8)
        #expect(BigNumber.font(fitting: ["70%"], width: 40, height: 8, captioned: true, ascii: false) == .rows7)
        #expect(BigNumber.font(fitting: ["70%", "1,202"], width: 36, height: 8, captioned: true, ascii: false) == .rows5,
                "tiles side by side share the size the widest fits")
        #expect(BigNumber.font(fitting: ["—"], width: 30, height: 8, captioned: true, ascii: false) == nil)
    }

    @Test func heatScaleStepsMarksAndMonochromeStyles() {
        let scale = HeatScale(low: 0, high: 100)
        #expect([0, 19, 20, 59, 99, 100, 150, -5].map { scale.step($0) } == [0, 0, 1, 2, 4, 4, 4, 0])
        #expect(scale.step(.nan) == nil)
        #expect(HeatScale(low: 5, high: 5).step(5) == 2, "a flat scale sits in the middle")
        #expect((0..<5).map { scale.mark($0, symbols: .unicode) }.joined() == "·░▒▓█")
        #expect((0..<5).map { scale.mark($0, symbols: .ascii) }.joined() == ".:+#@")
        let styles = Set((0..<5).map { scale.style($0, theme: Screen.mono) })
        #expect(styles.count == 5, "every step differs in monochrome too")
        #expect(Set((0..<5).map { scale.style($0, theme: Screen.color).background }).count == 5)
    }

    @Test func tileMapPlacesNamesValuesAndALegend() {
        let tiles = [
            TileMap.Tile(column: 0, row: 0, name: "江岸区", shortName: "江岸", value: 10, valueText: "10"),
            TileMap.Tile(column: 1, row: 0, name: "东湖新技术开发区", shortName: "高新", value: 30, valueText: "30"),
            TileMap.Tile(column: 0, row: 1, name: "汉南区", shortName: "汉南", value: .nan, valueText: "—"),
        ]
        let map = TileMap(tiles: tiles, scale: HeatScale(values: [10, 30]), legend: (title: "在办", low: "少", high: "多"))
        #expect(Screen.boxed(map, width: 20, height: 5) == """
          江岸      高新    |
          · 10      █ 30    |
          汉南              |
          —                 |
        在办  少 ·░▒▓█ 多   |
        """)
        #expect(Screen.text(map, width: 24, height: 3, theme: Screen.ascii) == "江岸 . 10   高新 @ 30\n汉南 —\n在办  少 .:+#@ 多",
                "one-row tiles put the value beside the name; short names for all when one full name does not fit")
        let roomy = TileMap(tiles: Array(tiles.prefix(1)) + [tiles[2]], scale: HeatScale(values: [10]), legend: nil)
        #expect(Screen.text(roomy, width: 12, height: 2) == "江岸区 ▒ 10\n汉南区 —", "full names when every one fits")
    }
}
