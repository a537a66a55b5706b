import Testing
import TermUI

@Suite("Line chart")
struct LineChartTests {
    private func draw(_ values: [Double], width: Int = 16, height: Int = 4, symbols: Symbols = .unicode) -> [String] {
        var buffer = Buffer(width: width, height: height)
        LineChart(values: values, xLabels: ("01", "12")).render(buffer.area, into: &buffer, theme: .make(tier: .monochrome, symbols: symbols))
        return buffer.lines()
    }

    @Test("a rising line in braille, the y axis labelled at top and bottom, the x axis at its ends")
    func rising() {
        let lines = draw([1, 2, 3, 4])
        #expect(lines[0].hasPrefix("4│") && lines[2].hasPrefix("1│"))
        #expect(lines[3] == "  01          12")
        #expect(lines[0].unicodeScalars.contains { (0x2801...0x28FF).contains($0.value) })
        #expect(lines[2].unicodeScalars.contains { (0x2801...0x28FF).contains($0.value) })
    }

    @Test("ASCII mode plots a * per point; a NaN is a gap")
    func ascii() {
        let lines = draw([5, .nan, 5, 9], symbols: .ascii)
        #expect(lines[0].hasPrefix("9|") && lines[0].hasSuffix("*"))
        #expect(lines.joined().filter { $0 == "*" }.count == 3)
    }

    @Test("tiny areas, one point, a flat line and no finite value draw safely", arguments: [(0, 0), (3, 2), (8, 3), (40, 10)])
    func safe(width: Int, height: Int) {
        for values in [[], [7], [3, 3, 3], [.nan, .nan], [-5, 5]] as [[Double]] {
            let lines = draw(values, width: width, height: height)
            #expect(lines.count == height)
        }
    }
}
