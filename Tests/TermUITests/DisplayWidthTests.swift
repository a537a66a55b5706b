import Testing
import TermUI

@Suite struct DisplayWidthTests {
    @Test func widthsOfCharacters() {
        #expect(DisplayWidth.of("中" as Character) == 2)
        #expect(DisplayWidth.of("A" as Character) == 1)
        #expect(DisplayWidth.of("，" as Character) == 2)
        #expect(DisplayWidth.of("😀" as Character) == 2)
        #expect(DisplayWidth.of("\u{301}" as Unicode.Scalar) == 0)
        #expect(DisplayWidth.of("e\u{301}" as Character) == 1, "a combining mark adds nothing to its base")
        #expect(DisplayWidth.of("\u{1b}" as Unicode.Scalar) == -1)
        #expect(DisplayWidth.of("\u{1b}" as Character) == 1, "controls are drawn as a one-column stand-in")
        #expect(DisplayWidth.of("\u{9b}" as Character) == 1)
    }

    @Test func widthsOfStrings() {
        #expect(DisplayWidth.of("") == 0)
        #expect(DisplayWidth.of("组工看板") == 8)
        #expect(DisplayWidth.of("1 总览") == 6)
        #expect(DisplayWidth.of("Cafe\u{301}") == 4)
        #expect(DisplayWidth.of("a\u{7}b") == 3)
    }

    @Test func truncateEndsWithEllipsisAndNeverSplitsAWideCharacter() {
        #expect(DisplayWidth.truncate("狮子型干部", to: 10) == "狮子型干部")
        #expect(DisplayWidth.truncate("狮子型干部", to: 9) == "狮子型干…")
        #expect(DisplayWidth.truncate("狮子型干部", to: 8) == "狮子型…")
        #expect(DisplayWidth.of(DisplayWidth.truncate("狮子型干部", to: 8)) == 7)
        #expect(DisplayWidth.truncate("grid ticket", to: 6) == "grid …")
        #expect(DisplayWidth.truncate("abc", to: 0) == "")
        #expect(DisplayWidth.truncate("abcdef", to: 1) == "…")
        #expect(DisplayWidth.truncate("abcdef", to: 4, ellipsis: "~") == "abc~")
    }

    @Test func padFillsToExactWidth() {
        #expect(DisplayWidth.pad("江岸", to: 6) == "江岸  ")
        #expect(DisplayWidth.pad("42", to: 5, alignRight: true) == "   42")
        #expect(DisplayWidth.pad("狮子型干部", to: 8) == "狮子型… ")
        #expect(DisplayWidth.of(DisplayWidth.pad("狮子型干部", to: 8)) == 8)
    }
}
