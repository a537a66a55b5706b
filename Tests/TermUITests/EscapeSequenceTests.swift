import Testing
import TermUI

@Suite("Escape sequences curses did not know, consumed whole")
struct EscapeSequenceTests {
    private func parse(_ text: String) -> EscapeSequence.Result { EscapeSequence.parse(Array(text)) }

    @Test("Home, End, Insert, Delete, PgUp and PgDn in their xterm, VT220/PuTTY and rxvt forms",
          arguments: [("[1~", Key.home), ("[7~", .home), ("[H", .home), ("OH", .home),
                      ("[4~", .end), ("[8~", .end), ("[F", .end), ("OF", .end),
                      ("[2~", .insert), ("[3~", .delete), ("[5~", .pageUp), ("[6~", .pageDown),
                      ("[A", .up), ("OB", .down), ("[1;5C", .right), ("OD", .left), ("[Z", .backTab), ("OM", .enter)])
    func editingKeys(sequence: String, key: Key) {
        #expect(parse(sequence) == .key(key))
    }

    @Test("F1–F12 as xterm, VT220 and the Linux console send them",
          arguments: [("OP", 1), ("OQ", 2), ("OR", 3), ("OS", 4), ("[11~", 1), ("[12~", 2), ("[13~", 3), ("[14~", 4),
                      ("[15~", 5), ("[17~", 6), ("[18~", 7), ("[19~", 8), ("[20~", 9), ("[21~", 10), ("[23~", 11),
                      ("[24~", 12), ("[[A", 1), ("[[E", 5), ("[1;2P", 1), ("[1;2S", 4)])
    func functionKeys(sequence: String, number: Int) {
        #expect(parse(sequence) == .key(.function(number)))
    }

    @Test("unknown and malformed sequences are consumed and ignored, never replayed as keys",
          arguments: ["[99z", "[?1;2c", "[P", "[42~", "Oz", "[[Z", "[1\u{7}"])
    func unknown(sequence: String) {
        #expect(parse(sequence) == .ignored)
    }

    @Test("Esc just before another key is the Esc key, and that key is read again")
    func escapeThenKey() {
        #expect(parse("5") == .escapeThenReplay)
        #expect(parse("x") == .escapeThenReplay)
        #expect(parse("\u{1B}") == .escapeThenReplay)
    }

    @Test("a sequence cut short waits for the rest; a runaway one is dropped")
    func incomplete() {
        #expect(parse("") == .incomplete)
        #expect(parse("[") == .incomplete)
        #expect(parse("[1") == .incomplete)
        #expect(parse("[1;5") == .incomplete)
        #expect(parse("O") == .incomplete)
        #expect(parse("[[") == .incomplete)
        #expect(parse("[" + String(repeating: "1", count: 40)) == .ignored)
    }

    @Test("bracketed paste markers")
    func paste() {
        #expect(parse("[200~") == .pasteStart)
        #expect(parse("[201~") == .pasteEnd)
    }
}
