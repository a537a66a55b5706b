import Testing
import Foundation
@testable import Panels

@Suite("Number and time formatting")
struct FormatTests {
    @Test("numbers are grouped by thousands and keep only needed decimals", arguments: [
        (700_000.0, 1, "700,000"), (85.1, 1, "85.1"), (1_202, 0, "1,202"), (0.5, 0, "0"), (-1_234.56, 1, "-1,234.6"),
        (46.6, 1, "46.6"), (1_900_000_000_000, 0, "1,900,000,000,000"), (12.30, 2, "12.3"), (-0.01, 1, "0"),
    ])
    func numbers(value: Double, decimals: Int, expected: String) {
        #expect(Format.number(value, decimals: decimals) == expected)
    }

    @Test("fixed decimals keep a column of scores aligned")
    func fixed() {
        #expect(Format.fixed(82, decimals: 1) == "82.0")
        #expect(Format.fixed(89.44, decimals: 1) == "89.4")
    }

    @Test("durations use the largest unit")
    func durations() {
        #expect(Format.duration(3 * 86_400 + 5) == "3d")
        #expect(Format.duration(5 * 3_600) == "5h")
        #expect(Format.duration(-90 * 60) == "-1h")
        #expect(Format.duration(59) == "0m")
    }

    @Test("times are shown in the city's zone, UTC+8")
    func times() {
        let date = Date(timeIntervalSince1970: 0)
        #expect(Format.dateTime(date) == "1970-01-01 08:00")
        #expect(Format.clock(date) == "08:00:00")
    }
}
