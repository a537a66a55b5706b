import Testing
import Foundation
import Domain
@testable import Panels

@Suite("Number and time formatting")
struct FormatTests {
    @Test("fixed decimals keep a column of scores aligned")
    func fixed() {
        #expect(Format.fixed(82, decimals: 1) == "82.0")
        #expect(Format.fixed(89.44, decimals: 1) == "89.4")
    }

    @Test("durations use the largest unit, in the language's own short words")
    func durations() {
        #expect(Format.duration(3 * 86_400 + 5, .en) == "3d")
        #expect(Format.duration(5 * 3_600, .en) == "5h")
        #expect(Format.duration(-90 * 60, .en) == "-1h")
        #expect(Format.duration(59, .en) == "0m")
        #expect(Format.duration(18 * 86_400, .zh) == "18天" && Format.duration(-17 * 86_400, .zh) == "-17天")
        #expect(Format.duration(37 * 60, .zh) == "37分" && Format.duration(5 * 3_600, .zh) == "5时")
    }

    @Test("spoken durations use words of the language, singular and plural, never a sign")
    func spoken() {
        #expect(Format.spokenDuration(17 * 86_400 + 5, .zh) == "17天")
        #expect(Format.spokenDuration(-17 * 86_400, .en) == "17 days")
        #expect(Format.spokenDuration(86_400, .en) == "1 day")
        #expect(Format.spokenDuration(5 * 3_600, .zh) == "5小时")
        #expect(Format.spokenDuration(3_600, .en) == "1 hour")
        #expect(Format.spokenDuration(120, .en) == "2 min")
        #expect(Format.spokenDuration(59, .zh) == "0分钟")
    }

    @Test("times are shown in the city's zone, UTC+8")
    func times() {
        let date = Date(timeIntervalSince1970: 0)
        #expect(Format.dateTime(date) == "1970-01-01 08:00")
        #expect(Format.clock(date) == "08:00:00")
    }
}
