import Testing
import TermUI

@Suite struct SanitizerTests {
    @Test func controlsBecomeVisible() {
        #expect(Sanitizer.clean("a\u{1b}[2Jb") == "a\u{241B}[2Jb")
        #expect(Sanitizer.clean("ding\u{7}") == "ding\u{2407}")
        #expect(Sanitizer.clean("x\u{7f}") == "x\u{2421}")
        #expect(Sanitizer.clean("\u{9b}31m") == "\u{FFFD}31m")
        #expect(Sanitizer.clean("tab\there") == "tab here")
        #expect(Sanitizer.clean("两行\n文字") == "两行 文字")
        #expect(Sanitizer.clean("两行\r\n文字", keepNewlines: true) == "两行\n文字")
        #expect(Sanitizer.clean("普通 text") == "普通 text")
    }

    @Test func isControlCoversC0DelAndC1Only() {
        #expect(Sanitizer.isControl("\u{0}"))
        #expect(Sanitizer.isControl("\u{1b}"))
        #expect(Sanitizer.isControl("\u{7f}"))
        #expect(Sanitizer.isControl("\u{9b}"))
        #expect(!Sanitizer.isControl("\u{a0}"))
        #expect(!Sanitizer.isControl("中"))
    }

    @Test func retitlingSequenceWrittenToABufferLeavesNoControlCharacter() {
        var buffer = Buffer(width: 20, height: 1)
        buffer.write("\u{1b}]0;title\u{07}\u{9b}2J\u{7f}", x: 0, y: 0, style: .plain)
        for cell in buffer.cells {
            for scalar in cell.symbol.unicodeScalars {
                #expect(!(scalar.value < 0x20 || (0x7F..<0xA0).contains(scalar.value)), "control U+\(String(scalar.value, radix: 16)) reached a cell")
            }
        }
        #expect(buffer.text == "\u{241B}]0;title\u{2407}\u{FFFD}2J\u{2421}")
    }

    @Test func widgetsSanitizeDataToo() {
        let table = Table(columns: [TableColumn(title: "诉求")], rowCount: 1, selected: nil, offset: 0) { _, _ in
            TableCell("漏水\u{1b}[H\u{7}")
        }
        let screen = Screen.text(table, width: 12, height: 2)
        #expect(screen == "诉求\n漏水\u{241B}[H\u{2407}")
    }
}

@Suite struct BidiSanitizerTests {
    @Test("NUL shows as ␀; the bidirectional embeddings, overrides and isolates show as �, on screen and in plain text")
    func bidiAndNul() {
        let hostile = "a\u{0}b\u{202E}evil\u{202C}\u{2066}x\u{2069}"
        #expect(Sanitizer.clean(hostile) == "a\u{2400}b\u{FFFD}evil\u{FFFD}\u{FFFD}x\u{FFFD}")
        for v in Array(0x202A...0x202E) + Array(0x2066...0x2069) {
            #expect(Sanitizer.isControl(Character(Unicode.Scalar(UInt32(v))!)), "U+\(String(v, radix: 16))")
        }
        var buffer = Buffer(width: 12, height: 1)
        buffer.write(hostile, x: 0, y: 0, style: .plain)
        #expect(buffer.text == "a␀b�evil��x�")
    }
}
