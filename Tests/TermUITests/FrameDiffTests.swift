import Testing
import TermUI

@Suite struct FrameDiffTests {
    @Test func onlyChangedCellsAreListed() {
        var a = Buffer(width: 5, height: 2)
        a.write("hello", x: 0, y: 0, style: .plain)
        var b = a
        b.write("J", x: 0, y: 0, style: .plain)
        b.write("!", x: 4, y: 1, style: .plain)
        let updates = FrameDiff.updates(from: a, to: b)
        #expect(updates.map { "\($0.x),\($0.y)=\($0.cell.symbol)" } == ["0,0=J", "4,1=!"])
        #expect(FrameDiff.updates(from: a, to: a).isEmpty)
    }

    @Test func styleChangeAloneIsAnUpdate() {
        let a = Buffer(width: 2, height: 1)
        var b = a
        b.setStyle(Rect(x: 1, y: 0, width: 1, height: 1), Style(modifiers: .reverse))
        #expect(FrameDiff.updates(from: a, to: b).map(\.x) == [1])
    }

    @Test func wideCharacterChangesListTheLeadCellOnly() {
        var a = Buffer(width: 4, height: 1)
        a.write("ab", x: 0, y: 0, style: .plain)
        var b = a
        b.write("中", x: 0, y: 0, style: .plain)
        let updates = FrameDiff.updates(from: a, to: b)
        #expect(updates.map(\.x) == [0])
        #expect(updates[0].cell.symbol == "中" && updates[0].cell.width == 2)

        var c = b
        c.write("x", x: 1, y: 0, style: .plain)
        let back = FrameDiff.updates(from: b, to: c)
        #expect(back.map { "\($0.x)=\($0.cell.symbol)" } == ["0= ", "1=x"])
    }

    @Test func wideCharacterSwappedForAnotherWideCharacter() {
        var a = Buffer(width: 4, height: 1)
        a.write("中文", x: 0, y: 0, style: .plain)
        var b = Buffer(width: 4, height: 1)
        b.write("中字", x: 0, y: 0, style: .plain)
        #expect(FrameDiff.updates(from: a, to: b).map { "\($0.x)=\($0.cell.symbol)" } == ["2=字"])
    }

    @Test func differentSizesRepaintEverything() {
        let a = Buffer(width: 2, height: 1)
        var b = Buffer(width: 3, height: 1)
        b.write("中", x: 0, y: 0, style: .plain)
        #expect(FrameDiff.updates(from: a, to: b).map(\.x) == [0, 2])
        #expect(FrameDiff.all(b).count == 2)
    }
}
