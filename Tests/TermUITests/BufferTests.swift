import Testing
import TermUI

@Suite struct BufferTests {
    @Test func writingOverHalfOfAWideCharacterBlanksTheOtherHalf() {
        var buffer = Buffer(width: 6, height: 1)
        buffer.write("中文字", x: 0, y: 0, style: .plain)
        buffer.write("x", x: 1, y: 0, style: .plain)
        #expect(Screen.boxed(buffer) == " x文字|")
        buffer.write("y", x: 2, y: 0, style: .plain)
        #expect(Screen.boxed(buffer) == " xy 字|")
        for (i, cell) in buffer.cells.enumerated() where cell.isContinuation {
            #expect(i > 0 && buffer.cells[i - 1].width == 2, "continuation at \(i) without its lead")
        }
    }

    @Test func wideCharacterAtTheRightEdgeBecomesASpace() {
        var buffer = Buffer(width: 5, height: 1)
        let used = buffer.write("ab中文", x: 0, y: 0, style: .plain)
        #expect(Screen.boxed(buffer) == "ab中 |")
        #expect(used == 5)
        var limited = Buffer(width: 6, height: 1)
        limited.write("中文字", x: 0, y: 0, width: 3, style: .plain)
        #expect(Screen.boxed(limited) == "中    |")
    }

    @Test func writesOutsideTheAreaAreDropped() {
        var buffer = Buffer(area: Rect(x: 2, y: 1, width: 3, height: 2))
        buffer.write("hello", x: 0, y: 1, style: .plain)
        buffer.write("x", x: 9, y: 9, style: .plain)
        buffer.put("y", x: -5, y: -5, style: .plain)
        buffer.fill(Rect(x: -10, y: -10, width: 5, height: 5), symbol: "#")
        #expect(buffer.lines() == ["llo", ""])
        #expect(buffer[100, 100] == .blank)
    }

    @Test func fillCuttingAWideCharacterBlanksItsOtherHalf() {
        var buffer = Buffer(width: 6, height: 1)
        buffer.write("中文字", x: 0, y: 0, style: .plain)
        buffer.fill(Rect(x: 1, y: 0, width: 2, height: 1), symbol: "#")
        #expect(Screen.boxed(buffer) == " ## 字|")
    }

    @Test func mergeNeverLeavesHalfACharacter() {
        var source = Buffer(area: Rect(x: 0, y: 0, width: 6, height: 1))
        source.write("中文字", x: 0, y: 0, style: .plain)
        var target = Buffer(area: Rect(x: 1, y: 0, width: 4, height: 1))
        target.merge(source)
        #expect(Screen.boxed(target) == " 文 |")
        #expect(target.cells.map(\.width) == [1, 2, 0, 1])
    }

    @Test func zeroSizedBufferTakesAnyWrite() {
        var buffer = Buffer(width: 0, height: 0)
        buffer.write("中", x: 0, y: 0, style: .plain)
        buffer.fill(Rect(x: 0, y: 0, width: 3, height: 3))
        #expect(buffer.cells.isEmpty)
        #expect(buffer.text == "")
    }
}
