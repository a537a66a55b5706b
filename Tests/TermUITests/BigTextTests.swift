import Foundation
import Testing
import TermUI

/// Big text from a small glyph file written for these tests (a box for 口, a serif I), and from
/// the real GNU Unifont file where the `unifont` package is installed.
@Suite struct BigTextTests {
    /// 口: a 12×12 box in a 16×16 cell; I: a serif I 8 wide. CRLF line ends and a comment, as
    /// hand-edited files have.
    static let hex = "# test glyphs\r\n"
        + "53E3:" + "0000" + "0000" + "7FFE" + String(repeating: "4002", count: 10) + "7FFE" + "0000" + "0000" + "\r\n"
        + "0049:" + "00" + "00" + "7E" + String(repeating: "18", count: 10) + "7E" + "00" + "00" + "\n"
    static let font = try? BitmapFont.parse(hex: Array(hex.utf8), characters: ["口", "I"])

    @Test func parsesOnlyTheCharactersAskedFor() throws {
        let font = try BitmapFont.parse(hex: Array(Self.hex.utf8), characters: ["I"])
        #expect(font.glyphs.count == 1)
        #expect(font.glyph("I")?.width == 8)
        #expect(font.glyph("口") == nil)
        #expect(Self.font?.glyph("口")?.width == 16)
        #expect(Self.font?.glyph("口")?.isSet(x: 1, y: 2) == true)
        #expect(Self.font?.glyph("口")?.isSet(x: 0, y: 2) == false)
    }

    @Test func halfBlocksAtEightRows() throws {
        var buffer = Buffer(width: 26, height: 8)
        BigText("口I", font: Self.font, size: .rows8).render(buffer.area, into: &buffer, theme: Theme.make(tier: .monochrome))
        #expect(buffer.lines(trimTrailing: false).map { $0 + "|" }.joined(separator: "\n") == """
                                  |
         █▀▀▀▀▀▀▀▀▀▀▀▀█  ▀▀██▀▀   |
         █            █    ██     |
         █            █    ██     |
         █            █    ██     |
         █            █    ██     |
         █▄▄▄▄▄▄▄▄▄▄▄▄█  ▄▄██▄▄   |
                                  |
        """)
    }

    @Test func brailleAtFourRows() throws {
        var buffer = Buffer(width: 12, height: 4)
        BigText("口I", font: Self.font, size: .rows4).render(buffer.area, into: &buffer, theme: Theme.make(tier: .monochrome))
        #expect(BigText.width("口I", font: Self.font, size: .rows4, symbols: .unicode) == 12)
        #expect(buffer.lines() == ["⢠⠤⠤⠤⠤⠤⠤⡄⠠⢤⡤⠄", "⢸      ⡇ ⢸⡇", "⢸      ⡇ ⢸⡇", "⠘⠒⠒⠒⠒⠒⠒⠃⠐⠚⠓⠂"])
    }

    @Test func asciiDrawsHashesAndHasNoFourRowSize() throws {
        let ascii = Theme.make(tier: .monochrome, symbols: .ascii)
        var buffer = Buffer(width: 24, height: 8)
        BigText("口I", font: Self.font, size: .rows8).render(buffer.area, into: &buffer, theme: ascii)
        #expect(buffer.lines()[1] == " ##############  ######")
        #expect(buffer.lines()[3] == " #            #    ##")
        #expect(BigText.size(fitting: "口I", font: Self.font, width: 24, maxRows: 8, symbols: .ascii) == .rows8)
        #expect(BigText.size(fitting: "口I", font: Self.font, width: 23, maxRows: 8, symbols: .ascii) == nil)
        #expect(BigText.size(fitting: "口I", font: Self.font, width: 23, maxRows: 8, symbols: .unicode) == .rows4)
    }

    /// No font, a character the font lacks, or too little room: the title in ordinary bold text,
    /// centred down the area.
    @Test func fallsBackToOrdinaryText() {
        for (text, font, width) in [("口I", nil, 30), ("口X", Self.font, 30), ("口I", Self.font, 10)] as [(String, BitmapFont?, Int)] {
            var buffer = Buffer(width: width, height: 4)
            BigText(text, font: font, size: .rows4).render(buffer.area, into: &buffer, theme: Theme.make(tier: .monochrome))
            #expect(buffer.lines() == ["", text, "", ""])
            #expect(buffer[0, 1].style.modifiers.contains(.bold))
        }
    }

    /// With a font, the words beside a 5- or 7-row number are drawn in 4 rows of braille ending on
    /// its last row; with 3-row digits, or ASCII, they stay ordinary text.
    @Test func bigNumberWords() {
        var buffer = Buffer(width: 40, height: 7)
        BigNumber(text: "70口", caption: nil, words: Self.font).render(buffer.area, into: &buffer, theme: Theme.make(tier: .monochrome))
        let lines = buffer.lines()
        #expect(lines[2].contains("█") && !lines[2].contains("⢠"))
        #expect(lines[3].hasSuffix("⢠⠤⠤⠤⠤⠤⠤⡄") && lines[6].hasSuffix("⠘⠒⠒⠒⠒⠒⠒⠃"))
        var small = Buffer(width: 40, height: 3)
        BigNumber(text: "70口", caption: nil, words: Self.font).render(small.area, into: &small, theme: Theme.make(tier: .monochrome))
        #expect(small.lines()[2].hasSuffix("口"))
        var ascii = Buffer(width: 40, height: 7)
        BigNumber(text: "70口", caption: nil, words: Self.font).render(ascii.area, into: &ascii, theme: Theme.make(tier: .monochrome, symbols: .ascii))
        #expect(ascii.lines()[6].hasSuffix("口"))
    }

    @Test func malformedLinesSayWhere() {
        let cases: [(String, BitmapFont.ParseError)] = [
            ("0049:00\n", BitmapFont.ParseError(line: 1, column: 6, problem: .length(2))),
            ("# ok\n\nZZ49:00\n", BitmapFont.ParseError(line: 3, column: 1, problem: .code)),
            ("0049\n", BitmapFont.ParseError(line: 1, column: 5, problem: .separator)),
            ("0049:" + String(repeating: "0", count: 31) + "G\n", BitmapFont.ParseError(line: 1, column: 37, problem: .digit)),
        ]
        for (text, expected) in cases {
            #expect(throws: expected) { try BitmapFont.parse(hex: Array(text.utf8), characters: ["I"]) }
        }
        // A bad bitmap of a character nobody asked for is skipped with the line.
        #expect((try? BitmapFont.parse(hex: Array("0041:00\n".utf8), characters: ["I"]))?.glyphs.isEmpty == true)
    }

    /// The installed Unifont: every page title in both languages has glyphs, 16 wide for Chinese
    /// and 8 for Latin, and fits the kiosk's 8-row header at 200 columns.
    @Test(.enabled(if: FileManager.default.fileExists(atPath: "/usr/share/unifont/unifont.hex")))
    func realUnifontCoversTheTitles() throws {
        let data = try [UInt8](Data(contentsOf: URL(fileURLWithPath: "/usr/share/unifont/unifont.hex")))
        let titles = ["总览", "狮子型干部", "红色引擎", "资智聚汉", "考评", "基层党建", "Overview", "Grassroots"]
        let font = try BitmapFont.parse(hex: data, characters: Set(titles.joined().unicodeScalars))
        #expect(font.glyph("组") == nil)
        #expect(font.glyph("狮")?.width == 16)
        #expect(font.glyph("O")?.width == 8)
        for title in titles {
            #expect(BigText.size(fitting: title, font: font, width: 120, maxRows: 8, symbols: .unicode) == .rows8)
            var buffer = Buffer(width: 120, height: 8)
            BigText(title, font: font, size: .rows8).render(buffer.area, into: &buffer, theme: Theme.make(tier: .monochrome))
            #expect(!buffer.text.contains(title))
            #expect(buffer.text.filter { "▀▄█".contains($0) }.count > 20)
        }
    }
}
