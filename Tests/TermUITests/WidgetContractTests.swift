import Testing
import TermUI

/// Every widget, at every size down to nothing and away from the origin: no trap, nothing drawn
/// outside its area, and (except dialogs, which leave the screen around the box alone) every cell
/// inside it drawn.
@Suite struct WidgetContractTests {
    static let names = ["Line", "Block", "Block (no borders)", "Paragraph", "Table", "Table (empty)", "Tabs", "KeyBar",
                        "StatusBar", "TextField", "Dialog", "HelpOverlay", "Sparkline", "Gauge", "BarChart", "BigNumber",
                        "LineChart", "BarChart (vertical)", "BarChart (grouped, negative)", "Funnel", "TileMap", "BigNumber (7 rows)",
                        "BigText", "BigText (4 rows)", "BigNumber (big words)"]

    static func widget(_ name: String) -> any Widget {
        switch name {
        case "Line": return Line([Span("网格"), Span("grid 工单", style: Style(modifiers: .bold))])
        case "Block": return Block(title: "干部库", titleRight: "12/309", footer: "1/3")
        case "Block (no borders)": return Block(title: "人才", titleRight: "reported", borders: false)
        case "Paragraph": return Paragraph("武汉 lion-type 狮子型干部 first 108，2017年8月31日到岗。\n第二段")
        case "Table":
            return Table(columns: [TableColumn(title: "编号", minWidth: 3), TableColumn(title: "诉求", weight: 1), TableColumn(title: "分", alignRight: true)],
                         rowCount: 1_000, selected: 3, offset: 2, sort: (column: 1, ascending: true)) { r, c in
                TableCell(["T\(r)", "楼道灯坏了请尽快修理", "\(r % 5)"][c])
            }
        case "Table (empty)":
            return Table(columns: [TableColumn(title: "名称")], rowCount: 0, selected: nil, offset: 0, emptyMessage: "没有工单") { _, _ in TableCell("") }
        case "Tabs": return Tabs(titles: ["1 总览", "2 干部", "3 网格", "4 人才"], selected: 2)
        case "KeyBar": return KeyBar(items: [KeyHint(key: "q", label: "退出"), KeyHint(key: "?", label: "帮助")])
        case "StatusBar": return StatusBar(left: ["数据 ~/.local/share/zugong", "用户 张三"], right: ["256", "12:30"])
        case "TextField": return TextField(state: TextFieldState(text: "北京市江岸区abc", cursor: 3), label: "搜索")
        case "Dialog": return Dialog(title: "确认", lines: [Line("确定要关闭工单吗？")], buttons: ["确定", "取消"])
        case "HelpOverlay": return HelpOverlay(title: "帮助", sections: [(title: "全局", items: [KeyHint(key: "q", label: "退出")])])
        case "Sparkline": return Sparkline(values: [1, 5, 2, 8, 3, 9, 4, 7])
        case "Gauge": return Gauge(ratio: 0.617, label: "留汉 70 万", goal: 0.8)
        case "BarChart": return BarChart(bars: [(label: "江岸", value: 12), (label: "东西湖", value: 30)])
        case "LineChart":
            return LineChart(series: [.init(name: "留汉", values: [1, .nan, 4, 9]), .init(name: "落户", values: [-2, 3])],
                             xLabels: ["2018-01", "2018-02", "2018-03", "2018-04"], unit: "万人", goal: .init(value: 10, label: "目标"))
        case "BarChart (vertical)": return BarChart(bars: [(label: "1天内", value: 5), (label: "7天以上", value: 2)], orientation: .vertical)
        case "BarChart (grouped, negative)":
            return BarChart(groups: [.init(label: "江岸", values: [3, -2]), .init(label: "汉南", values: [.nan, 1])], seriesNames: ["加", "减"])
        case "Funnel": return Funnel(stages: [.init(label: "发现", value: 309), .init(label: "任用", value: 151)])
        case "TileMap":
            return TileMap(tiles: [.init(column: 0, row: 0, name: "江岸区", shortName: "江岸", value: 3, valueText: "3"),
                                   .init(column: 2, row: 1, name: "东湖新技术开发区", shortName: "高新", value: 9, valueText: "9")],
                           scale: HeatScale(values: [3, 9]), legend: (title: "在办", low: "少", high: "多"))
        case "BigNumber (7 rows)": return BigNumber(text: "约 70万", caption: "留汉")
        case "BigText": return BigText("口I口", font: BigTextTests.font, size: .rows8)
        case "BigText (4 rows)": return BigText("口I口", font: BigTextTests.font, size: .rows4, alignment: .center)
        case "BigNumber (big words)": return BigNumber(text: "口 70口", caption: "留汉", words: BigTextTests.font)
        default: return BigNumber(text: "85.1%", caption: "覆盖率")
        }
    }

    static let areas = [
        Rect(x: 0, y: 0, width: 0, height: 0),
        Rect(x: 4, y: 3, width: 0, height: 0),
        Rect(x: 4, y: 3, width: 1, height: 1),
        Rect(x: 4, y: 3, width: 2, height: 1),
        Rect(x: 4, y: 3, width: 3, height: 2),
        Rect(x: 3, y: 1, width: 9, height: 4),
        Rect(x: 1, y: 1, width: 17, height: 6),
    ]

    @Test(arguments: names)
    func staysInsideItsAreaAtEverySize(_ name: String) {
        let widget = Self.widget(name)
        let modal = name == "Dialog" || name == "HelpOverlay"
        for theme in [Screen.mono, Screen.ascii, Screen.color] {
            for area in Self.areas {
                let contained = Screen.staysInside(widget, area: area, fills: !modal, theme: theme)
                #expect(contained, "\(name) in \(area) with \(theme.tier) \(theme.symbols.isASCII ? "ASCII" : "Unicode")")
            }
        }
    }

    @Test(arguments: names)
    func areasHangingOffTheBufferDoNotTrap(_ name: String) {
        let widget = Self.widget(name)
        var buffer = Buffer(width: 10, height: 4)
        for area in [Rect(x: 6, y: 2, width: 30, height: 10), Rect(x: -5, y: -3, width: 12, height: 6), Rect(x: 50, y: 50, width: 5, height: 5)] {
            widget.render(area, into: &buffer, theme: Screen.mono)
        }
        for (i, cell) in buffer.cells.enumerated() where cell.isContinuation {
            #expect(i % 10 > 0 && buffer.cells[i - 1].width == 2, "\(name): half a character at \(i)")
        }
    }

    @Test(arguments: names)
    func noControlCharacterReachesACell(_ name: String) {
        let widget = Self.widget(name)
        let buffer = Screen.buffer(widget, width: 30, height: 8)
        let controls = buffer.cells.flatMap(\.symbol.unicodeScalars).filter { $0.value < 0x20 || (0x7F..<0xA0).contains($0.value) }
        #expect(controls.isEmpty)
        #expect(!buffer.text.isEmpty, "\(name) drew nothing at 30×8")
    }
}
