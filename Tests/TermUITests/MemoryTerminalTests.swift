import Testing
import TermUI

@Suite struct MemoryTerminalTests {
    @Test func styleListingMarksWhereStylesFall() {
        let terminal = MemoryTerminal(width: 5, height: 2)
        var frame = Buffer(width: 5, height: 2)
        frame.write("选中", x: 0, y: 0, style: Style(modifiers: .reverse))
        frame.write("!", x: 4, y: 1, style: Style(modifiers: .bold))
        terminal.draw(frame, cursor: (x: 1, y: 1))
        let listing = terminal.styleListing().split(separator: "\n").map(String.init)
        #expect(Array(listing.prefix(2)) == ["aaaa.", "....b"])
        #expect(listing.count == 4)
        #expect(listing[2].hasPrefix("a=") && listing[2].contains("rawValue: 8"))
        #expect(listing[3].hasPrefix("b=") && listing[3].contains("rawValue: 1"))
        #expect(terminal.lines == ["选中", "    !"])
        #expect(terminal.cursor?.x == 1)
    }

    @Test func countsOnlyChangedCellsAfterTheFirstFrame() {
        let terminal = MemoryTerminal(width: 4, height: 1)
        var frame = Buffer(width: 4, height: 1)
        terminal.draw(frame, cursor: nil)
        #expect(terminal.cellsWritten == 4)
        frame.write("x", x: 2, y: 0, style: .plain)
        terminal.draw(frame, cursor: nil)
        #expect(terminal.cellsWritten == 5)
        terminal.invalidate()
        terminal.draw(frame, cursor: nil)
        #expect(terminal.cellsWritten == 9)
        #expect(terminal.framesDrawn == 3)
    }

    @Test func playsItsScriptThenCloses() {
        let terminal = MemoryTerminal(width: 10, height: 3, events: [.key(.tab)])
        terminal.type("中q")
        terminal.resize(width: 20, height: 5)
        #expect(terminal.poll(timeoutMilliseconds: 0, wakeOn: nil) == .event(.key(.tab)))
        #expect(terminal.poll(timeoutMilliseconds: 0, wakeOn: nil) == .event(.key(.char("中"))))
        #expect(terminal.poll(timeoutMilliseconds: 0, wakeOn: nil) == .event(.key(.char("q"))))
        #expect(terminal.poll(timeoutMilliseconds: 0, wakeOn: nil) == .event(.resize(width: 20, height: 5)))
        #expect(terminal.size == TerminalSize(width: 20, height: 5))
        if case .closed = terminal.poll(timeoutMilliseconds: 0, wakeOn: nil) {} else { Issue.record("script should end with closed") }
    }
}
