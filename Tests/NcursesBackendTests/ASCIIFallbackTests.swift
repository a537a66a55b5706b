import Testing
@testable import NcursesBackend

@Suite struct ASCIIFallbackTests {
    @Test func asciiStaysAsItIs() {
        #expect(ASCIIFallback.columns(of: "a", width: 1) == ["a"])
        #expect(ASCIIFallback.columns(of: " ", width: 1) == [" "])
    }

    @Test func wideCharacterKeepsBothColumns() {
        #expect(ASCIIFallback.columns(of: "中", width: 2) == ["?", "?"])
    }

    @Test func otherNonASCIIBecomesOneQuestionMark() {
        #expect(ASCIIFallback.columns(of: "─", width: 1) == ["?"])
        #expect(ASCIIFallback.columns(of: "e\u{301}", width: 1) == ["?"])
        #expect(ASCIIFallback.columns(of: "\u{241B}", width: 1) == ["?"])
    }
}
