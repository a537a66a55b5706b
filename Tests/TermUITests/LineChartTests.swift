import Testing
import TermUI

@Suite("Line chart")
struct LineChartTests {
    private func draw(_ series: [LineChart.Series], labels: [String] = ["01", "02", "03", "04"], width: Int = 20, height: Int = 6,
                      goal: LineChart.Goal? = nil, unit: String? = nil, resolution: CanvasResolution? = nil, symbols: Symbols = .unicode) -> String {
        var buffer = Buffer(width: width, height: height)
        LineChart(series: series, xLabels: labels, unit: unit, goal: goal, resolution: resolution)
            .render(buffer.area, into: &buffer, theme: .make(tier: .monochrome, symbols: symbols))
        return buffer.text
    }

    @Test("braille: round y ticks with marks on the axis, an x axis with ticks and labels")
    func braille() {
        #expect(draw([.init(name: "", values: [0, 2, 4, 6])], height: 6) == """
        6┤              ⣀⡠⠔⠊
        4┤         ⢀⡠⠔⠒⠉
        2┤     ⣀⠤⠔⠊⠁
        0┤⣀⡠⠔⠒⠉
         └┬─────┬────┬─────┬
          01   02   03    04
        """)
    }

    @Test("half blocks and ASCII characters; a NaN breaks the line")
    func otherResolutions() {
        let half = draw([.init(name: "", values: [1, 3, .nan, 3])], width: 12, height: 4, resolution: .halfBlock)
        #expect(half.contains("▀") || half.contains("▄"))
        #expect(!half.unicodeScalars.contains { (0x2801...0x28FF).contains($0.value) })
        let ascii = draw([.init(name: "", values: [1, 3, .nan, 3])], width: 12, height: 4, symbols: .ascii)
        #expect(ascii == """
        3+   *     *
        1+***
         ++-----+--+
          01   03 04
        """, "ASCII always draws characters; the NaN leaves no line between the second and the last point")
    }

    @Test("several series get a legend with their marks; a goal is a dashed line named in the legend")
    func legendAndGoal() {
        let text = draw([.init(name: "留汉", values: [1, 2, 3, 4]), .init(name: "落户", values: [4, 3, 2, 1])], width: 32, height: 8,
                        goal: .init(value: 5, label: "目标 5"), unit: "万人", symbols: .ascii)
        let lines = text.components(separatedBy: "\n")
        #expect(lines[0] == "万人  * 留汉  + 落户  == 目标 5")
        #expect(lines[1].hasPrefix("5+") && lines[1].hasSuffix("=========================="), "the goal row: \(lines[1])")
        #expect(text.contains("*") && text.contains("+ "))
    }

    @Test("the x axis keeps labels apart: the first, the last and evenly spaced ones between")
    func xLabels() {
        let months = (1...12).map { String(format: "2018-%02d", $0) }
        let text = draw([.init(name: "", values: (1...12).map(Double.init))], labels: months, width: 40, height: 5, symbols: .ascii)
        let last = text.components(separatedBy: "\n").last ?? ""
        #expect(last.hasPrefix("   2018-01") && last.hasSuffix("2018-12"))
        #expect(last.components(separatedBy: "2018-").count - 1 == 4)
    }

    @Test("tiny areas, one point, a flat line, negative values and no finite value draw safely",
          arguments: [(0, 0), (3, 2), (8, 3), (40, 10)])
    func safe(width: Int, height: Int) {
        for values in [[], [7], [3, 3, 3], [.nan, .nan], [-5, 5], [.infinity, 1]] as [[Double]] {
            for resolution in CanvasResolution.allCases {
                let text = draw([.init(name: "x", values: values)], width: width, height: height, resolution: resolution)
                #expect(text.components(separatedBy: "\n").count == max(1, height) || height == 0)
            }
        }
        #expect(draw([.init(name: "", values: [.nan])], width: 9, height: 3) == "\n    —\n")
        #expect(draw([.init(name: "", values: [7])], width: 10, height: 4, symbols: .ascii).contains("*"), "one point is one mark")
    }
}
