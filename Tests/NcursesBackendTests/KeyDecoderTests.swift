import CNcurses
import Testing
import TermUI
@testable import NcursesBackend

@Suite struct KeyDecoderTests {
    private func key(_ code: UInt32) -> DecodedInput { KeyDecoder.decode(status: OK, code: code) }
    private func function(_ code: Int32) -> DecodedInput { KeyDecoder.decode(status: KEY_CODE_YES, code: UInt32(bitPattern: code)) }

    @Test func controlCodesBecomeNamedKeys() {
        #expect(key(9) == .key(.tab))
        #expect(key(10) == .key(.enter))
        #expect(key(13) == .key(.enter))
        #expect(key(8) == .key(.backspace))
        #expect(key(127) == .key(.backspace))
        #expect(key(27) == .key(.escape))
    }

    @Test func otherControlCodesAreCtrlLetters() {
        #expect(key(1) == .key(.ctrl("a")))
        #expect(key(12) == .key(.ctrl("l")))
        #expect(key(26) == .key(.ctrl("z")))
        #expect(key(0) == .ignored)
        #expect(key(31) == .ignored)
        #expect(key(0x9B) == .ignored)
    }

    @Test func printableCharactersIncludingChinese() {
        #expect(key(0x71) == .key(.char("q")))
        #expect(key(0x20) == .key(.char(" ")))
        #expect(key(0x4E2D) == .key(.char("中")))
        #expect(key(0xD800) == .ignored)
    }

    @Test func keypadCodes() {
        #expect(function(KEY_UP) == .key(.up))
        #expect(function(KEY_DOWN) == .key(.down))
        #expect(function(KEY_LEFT) == .key(.left))
        #expect(function(KEY_RIGHT) == .key(.right))
        #expect(function(KEY_HOME) == .key(.home))
        #expect(function(KEY_END) == .key(.end))
        #expect(function(KEY_PPAGE) == .key(.pageUp))
        #expect(function(KEY_NPAGE) == .key(.pageDown))
        #expect(function(KEY_DC) == .key(.delete))
        #expect(function(KEY_IC) == .key(.insert))
        #expect(function(KEY_BACKSPACE) == .key(.backspace))
        #expect(function(KEY_ENTER) == .key(.enter))
        #expect(function(KEY_BTAB) == .key(.backTab))
        #expect(function(KEY_RESIZE) == .resize)
        #expect(function(KEY_MOUSE) == .mouse)
    }

    @Test func functionKeysOneToTwelve() {
        for n in Int32(1)...12 { #expect(function(zg_key_f(n)) == .key(.function(Int(n)))) }
        #expect(function(zg_key_f(13)) == .ignored)
    }

    @Test func errorMeansNothing() {
        #expect(KeyDecoder.decode(status: ERR, code: 0) == .nothing)
    }
}

/// The terminal's answers to the probe, as bytes: cursor reports in order, the mode report, and
/// the device attributes that end them; noise between them is skipped.
@Suite struct TerminalProbeAnswerTests {
    @Test func parsesReportsInOrder() {
        let answers = "\u{1B}[5;3R\u{1B}[5;3Rx\u{1B}[5;2R\u{1B}[?2026;2$y\u{1B}[?62;22c"
        let parsed = TerminalProbe.parse(Array(answers.utf8))
        #expect(parsed.columns == [3, 3, 2])
        #expect(parsed.synchronized == .supported && parsed.finished)
        #expect(TerminalProbe.parse(Array("\u{1B}[?2026;0$y\u{1B}[?1;2c".utf8)).synchronized == .unsupported)
        #expect(TerminalProbe.parse(Array("\u{1B}[?1;2c".utf8)).synchronized == .unsupported)
        let cut = TerminalProbe.parse(Array("\u{1B}[5;3R\u{1B}[5".utf8))
        #expect(cut.columns == [3] && !cut.finished && cut.synchronized == .unknown)
    }
}
