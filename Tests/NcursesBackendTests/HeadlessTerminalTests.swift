import CNcurses
import Testing
import TermUI
@testable import NcursesBackend
#if canImport(Glibc)
import Glibc
#endif

/// Real ncurses drawing into a file. ncurses, the locale, the environment and signal dispositions
/// are process-wide, so every test touching them lives in this one serialized suite.
@Suite(.serialized) struct HeadlessTerminalTests {
    private func sample(width: Int = 20, height: Int = 4) -> Buffer {
        var frame = Buffer(width: width, height: height)
        frame.write("组工ab看板", x: 2, y: 1, style: Style(foreground: .indexed(220), modifiers: .bold))
        frame.write("x", x: width - 1, y: height - 1, style: Style(modifiers: .reverse))
        return frame
    }

    @Test func chineseTextLandsInTheRightColumns() throws {
        let terminal = try NcursesTerminal.headless(width: 20, height: 4)
        defer { terminal.close() }
        #expect(terminal.size == TerminalSize(width: 20, height: 4))
        terminal.draw(sample(), cursor: nil)
        #expect(ScreenReader.line(1, width: 20) == "  组工ab看板")
        #expect(ScreenReader.cell(x: 2, y: 1).text == "组")
        #expect(ScreenReader.cell(x: 4, y: 1).text == "工")
        #expect(ScreenReader.cell(x: 6, y: 1).text == "a")
        #expect(ScreenReader.cell(x: 8, y: 1).text == "看")
        #expect(ScreenReader.cell(x: 10, y: 1).text == "板")
        #expect(ScreenReader.cell(x: 2, y: 1).attributes & zg_a_bold() != 0)
        #expect(ScreenReader.cell(x: 0, y: 1).attributes & zg_a_bold() == 0)
    }

    @Test func bottomRightCellIsWrittenWithoutScrolling() throws {
        let terminal = try NcursesTerminal.headless(width: 20, height: 4)
        defer { terminal.close() }
        terminal.draw(sample(), cursor: nil)
        #expect(ScreenReader.cell(x: 19, y: 3).text == "x")
        #expect(ScreenReader.cell(x: 19, y: 3).attributes & zg_a_reverse() != 0)
        #expect(ScreenReader.line(1, width: 20) == "  组工ab看板")
    }

    @Test func onlyChangedCellsAreWritten() throws {
        let terminal = try NcursesTerminal.headless(width: 20, height: 4)
        defer { terminal.close() }
        var frame = sample()
        terminal.draw(frame, cursor: nil)
        #expect(terminal.cellWrites == 20 * 4 - 4)  // four wide characters: their second columns are not written
        terminal.draw(frame, cursor: nil)
        #expect(terminal.cellWrites == 76)
        frame.write("中", x: 6, y: 1, style: .plain)  // replaces "ab"
        frame.write("Z", x: 0, y: 0, style: .plain)
        terminal.draw(frame, cursor: nil)
        #expect(terminal.cellWrites == 78)
        #expect(ScreenReader.line(1, width: 20) == "  组工中看板")
        #expect(ScreenReader.line(0, width: 20) == "Z")
    }

    @Test func invalidateAndNewSizeRepaintEverything() throws {
        let terminal = try NcursesTerminal.headless(width: 20, height: 4)
        defer { terminal.close() }
        terminal.draw(sample(), cursor: nil)
        terminal.invalidate()
        terminal.draw(sample(), cursor: nil)
        #expect(terminal.cellWrites == 2 * 76)
        terminal.draw(sample(width: 10, height: 2), cursor: nil)
        #expect(terminal.cellWrites == 2 * 76 + 10 * 2 - 2)
        #expect(ScreenReader.line(1, width: 20) == "  组工ab x")
    }

    @Test func colourPairsAbove255UseTheExtendedAPI() throws {
        let terminal = try NcursesTerminal.headless(width: 40, height: 10)
        defer { terminal.close() }
        #expect(terminal.capabilities.colorTier == .xterm256)
        var frame = Buffer(width: 40, height: 10)
        for i in 0..<300 {
            let style = Style(foreground: .indexed(UInt8(i % 256)), background: .indexed(UInt8(i / 256 + 1)))
            frame.write("•", x: i % 40, y: i / 40, style: style)
        }
        terminal.draw(frame, cursor: nil)
        let last = ScreenReader.cell(x: 299 % 40, y: 299 / 40)
        #expect(last.pair == 300)
        #expect(ScreenReader.colors(ofPair: last.pair) == (foreground: 299 % 256, background: 2))
        let first = ScreenReader.cell(x: 0, y: 0)
        #expect(ScreenReader.colors(ofPair: first.pair) == (foreground: 0, background: 1))
    }

    @Test func noColorAndMonochromeThemeUseNoPairs() throws {
        for (environment, force) in [(["NO_COLOR": "1"], false), ([:], true)] {
            let terminal = try NcursesTerminal.headless(width: 20, height: 4, environment: environment, forceMonochrome: force)
            defer { terminal.close() }
            #expect(terminal.capabilities.colorTier == .monochrome)
            terminal.draw(sample(), cursor: nil)
            #expect(ScreenReader.cell(x: 2, y: 1).pair == 0)
            #expect(ScreenReader.cell(x: 2, y: 1).attributes & zg_a_bold() != 0)
        }
    }

    @Test func eightColourTerminal() throws {
        let terminal = try NcursesTerminal.headless(width: 20, height: 4, terminalType: "xterm")
        defer { terminal.close() }
        #expect(terminal.capabilities.colorTier == .ansi8)
        terminal.draw(sample(), cursor: nil)
        let pair = ScreenReader.cell(x: 2, y: 1).pair
        #expect(pair > 0)
        #expect(ScreenReader.colors(ofPair: pair).foreground < 8)
    }

    @Test func asciiModeKeepsColumns() throws {
        let terminal = try NcursesTerminal.headless(width: 20, height: 4, forceASCII: true)
        defer { terminal.close() }
        #expect(terminal.capabilities.symbols == .ascii)
        #expect(terminal.capabilities.compromise == .noUTF8)
        terminal.draw(sample(), cursor: nil)
        #expect(ScreenReader.line(1, width: 20) == "  ????ab????")
    }

    /// Where the terminal draws ambiguous characters two columns wide, each is sent as a narrow
    /// stand-in so the columns after it stay put; wide CJK is sent as it is.
    @Test func ambiguousWideTerminalGetsStandIns() throws {
        let wide = TerminalMeasurement(samples: [.init(text: "─", columns: 2), .init(text: "汉", columns: 2)], synchronizedOutput: .unsupported)
        let terminal = try NcursesTerminal.headless(width: 20, height: 2, measurement: wide)
        defer { terminal.close() }
        #expect(terminal.capabilities.symbols == .ascii && terminal.capabilities.compromise == .ambiguousWide)
        var frame = Buffer(width: 20, height: 2)
        frame.write("武昌·长江─①…▶x", x: 0, y: 0, style: .plain)
        terminal.draw(frame, cursor: nil)
        #expect(ScreenReader.line(0, width: 20) == "武昌.长江-1~>x")
    }

    @Test func bytesAreCountedAndACursorMoveIsCheap() throws {
        let terminal = try NcursesTerminal.headless(width: 80, height: 24)
        defer { terminal.close() }
        terminal.draw(sample(width: 80, height: 24), cursor: (x: 5, y: 5))
        let full = terminal.bytesWritten
        #expect(full > 0)
        terminal.draw(sample(width: 80, height: 24), cursor: (x: 6, y: 5))
        let move = terminal.bytesWritten - full
        #expect(move > 0 && move < 16)
    }

    @Test func unknownTerminalTypeIsAOneLineError() {
        #expect(throws: TerminalError("zugong: unknown terminal type 'no-such-term' (TERM)")) {
            try NcursesTerminal.headless(width: 10, height: 2, terminalType: "no-such-term")
        }
    }

    @Test func openWithoutTERMFails() {
        #expect(throws: TerminalError("zugong: TERM is not set")) {
            try NcursesTerminal.open(environment: [:], forceMonochrome: false)
        }
    }

    @Test func closeTwiceAndPollAfterClose() throws {
        let terminal = try NcursesTerminal.headless(width: 10, height: 2)
        #expect(terminal.poll(timeoutMilliseconds: 10, wakeOn: nil) == .closed(reason: "input closed"))
        terminal.close()
        terminal.close()
        terminal.draw(Buffer(width: 10, height: 2), cursor: nil)
        #expect(terminal.poll(timeoutMilliseconds: 10, wakeOn: nil) == .closed(reason: "terminal closed"))
    }

    @Test func signalsOnlySetAFlagThatPollReports() throws {
        SignalMonitor.install()
        defer {
            SignalMonitor.uninstall()
            SignalMonitor.clear()
        }
        // Sent to the process, as `kill` does: test threads block signals, so `raise` would stay pending.
        kill(getpid(), SIGHUP)
        for _ in 0..<100 where SignalMonitor.pendingSignal == nil { usleep(10_000) }
        #expect(SignalMonitor.pendingSignal == SIGHUP)
        let terminal = try NcursesTerminal.headless(width: 10, height: 2)
        defer { terminal.close() }
        #expect(terminal.poll(timeoutMilliseconds: 10, wakeOn: nil) == .closed(reason: "SIGHUP"))
    }
}
