import Foundation
import Testing
@testable import Domain

@Suite("Timestamps and months")
struct TimestampTests {
    @Test func formatsUTCWithOptionalMilliseconds() {
        #expect(Timestamp.format(Timestamp.date(year: 2017, month: 8, day: 31, hour: 1)) == "2017-08-31T01:00:00Z")
        #expect(Timestamp.format(Date(timeIntervalSince1970: 1_543_190_400.25)) == "2018-11-26T00:00:00.250Z")
        #expect(Timestamp.format(Date(timeIntervalSince1970: -1)) == "1969-12-31T23:59:59Z")
    }

    @Test(arguments: [
        ("2018-11-26T10:27:00Z", 1_543_228_020.0), ("2018-11-26T10:27:00.5Z", 1_543_228_020.5),
        ("2018-11-26T18:27:00+08:00", 1_543_228_020.0), ("2018-11-26T10:27Z", 1_543_228_020.0),
        ("2018-11-26", 1_543_190_400.0), ("2018-11-26T10:27:00.123456789Z", 1_543_228_020.123),
        ("2018-11-26T10:27:00", 1_543_228_020.0),
    ])
    func parsesTolerantly(_ text: String, _ seconds: Double) throws {
        let date = try #require(Timestamp.parse(text))
        #expect(abs(date.timeIntervalSince1970 - seconds) < 0.000_5)
    }

    @Test(arguments: ["", "2018-13-01", "2018-02-30", "2018-11-26T25:00Z", "2018-11-26T10:27:00Q", "20181126", "yesterday"])
    func rejectsMalformed(_ text: String) {
        #expect(Timestamp.parse(text) == nil)
    }

    /// The canonical reader reads the store's own form at fixed places: on that form, and on each
    /// of its bytes changed to a digit, a separator or anything else, it gives what the general
    /// parser gives or steps aside.
    @Test func canonicalReaderAgreesWithTheGeneralParser() {
        var generator = SystemRandomNumberGenerator()
        let replacements = Array("0159/:-.TZtz +\"\\".utf8) + [0x00, 0x80, 0xE4]
        for _ in 0..<400 {
            let date = Date(timeIntervalSince1970: Double(Int64.random(in: -2_208_988_800_000...4_102_444_800_000, using: &generator)) / 1000)
            let text = Timestamp.format(date)
            for edit in -1..<text.utf8.count {
                var bytes = Array(text.utf8)
                if edit >= 0 { bytes[edit] = replacements.randomElement(using: &generator)! }
                bytes.withUnsafeBufferPointer { buffer in
                    let general = Timestamp.parseGeneral(buffer)
                    if edit < 0 {
                        #expect(general == Timestamp.normalized(date), "\(text)")
                        // The form the store writes never leaves the canonical reader.
                        #expect(Timestamp.parseCanonical(buffer) == general, "\(text)")
                    }
                    if let canonical = Timestamp.parseCanonical(buffer) {
                        #expect(canonical == general, "\(String(decoding: bytes, as: UTF8.self))")
                    }
                }
            }
        }
    }

    @Test func normalizedDatesRoundTripExactly() throws {
        for raw in [0.000_4, 1_543_228_020.123_456, 1_800_000_000.999_6, -12.345_6] {
            let date = Timestamp.normalized(Date(timeIntervalSince1970: raw))
            #expect(Timestamp.parse(Timestamp.format(date)) == date)
        }
    }

    @Test func monthArithmeticAndCoding() throws {
        let month = try #require(Month("2018-01"))
        #expect(month.adding(months: -1) == Month(year: 2017, month: 12))
        #expect(month.adding(months: 13).description == "2019-02")
        #expect(Month(containing: Timestamp.date(year: 2018, month: 11, day: 30, hour: 23)) == Month(year: 2018, month: 11))
        #expect(Month("2018-1") == nil && Month("2018-00") == nil)
        let json = try DomainJSON.makeEncoder().encode([month])
        #expect(String(decoding: json, as: UTF8.self) == #"["2018-01"]"#)
        #expect(throws: DecodingError.self) { try DomainJSON.makeDecoder().decode([Month].self, from: Data(#"["2018-13"]"#.utf8)) }
    }

    /// Months are read by bytes at fixed places: only four ASCII digits, `-` and two more pass.
    @Test(arguments: [
        ("2018-10", Month(year: 2018, month: 10)), ("0001-01", Month(year: 1, month: 1)), ("9999-12", Month(year: 9999, month: 12)),
        ("2018-13", nil), ("2018-00", nil), ("+201-05", nil), ("-201-05", nil), ("2018/05", nil), ("2018-5", nil),
        ("2018-055", nil), ("20１8-05", nil), ("2018-0\u{0661}", nil), ("2018-05\u{301}", nil), (" 2018-05", nil), ("", nil),
        ("2018--5", nil), ("201a-05", nil),
    ] as [(String, Month?)])
    func monthsAreReadByBytes(text: String, month: Month?) {
        #expect(Month(text) == month)
    }
}
