import CNcurses
import TermUI
#if canImport(Glibc)
import Glibc
#endif

/// The real screen: ncursesw in wide-character mode. It keeps the last frame shown and writes only
/// the cells that changed; input arrives through `poll`, with signals and a lost terminal reported
/// as `.closed`. All calls must come from one thread (curses is not thread-safe).
public final class NcursesTerminal: Terminal {
    public private(set) var size: TerminalSize
    public let capabilities: TerminalCapabilities
    /// Bytes ncurses has sent to the output so far. Counted only for a headless terminal (its
    /// output is a file whose size is the count); a real terminal reports 0, because ncurses
    /// writes straight to the tty's descriptor and there is nothing cheap to wrap.
    public private(set) var bytesWritten = 0
    /// `mvwadd_wch` calls made, for tests of the diff.
    private(set) var cellWrites = 0

    private var screen: OpaquePointer?
    private let window: UnsafeMutablePointer<WINDOW>
    /// Set for a headless terminal: the files it opened and must close.
    private let headlessFiles: (output: UnsafeMutablePointer<FILE>, input: UnsafeMutablePointer<FILE>)?
    private let inputDescriptor: Int32
    private let asciiOnly: Bool
    /// The terminal draws ambiguous-width characters two columns wide: each is drawn as a
    /// one-column ASCII stand-in so nothing after it shifts.
    private let ambiguousStandIns: Bool
    /// The terminal supports synchronized output: each frame is wrapped so it shows at once.
    private let synchronizedOutput: Bool
    private var pairs: ColorPairTable
    private var previous: Buffer?
    private var cursorShown: Bool?

    private init(screen: OpaquePointer, headlessFiles: (output: UnsafeMutablePointer<FILE>, input: UnsafeMutablePointer<FILE>)?,
                 inputDescriptor: Int32, utf8: Bool, environment: [String: String], forceMonochrome: Bool, facts: TerminalFacts? = nil) {
        self.screen = screen
        self.window = zg_stdscr()
        self.headlessFiles = headlessFiles
        self.inputDescriptor = inputDescriptor
        self.asciiOnly = !utf8
        self.ambiguousStandIns = utf8 && facts?.measurement?.ambiguousWide == true
        self.synchronizedOutput = facts?.synchronizedOutput ?? false

        cbreak()
        noecho()
        nonl()
        Self.disableFlowControl(inputDescriptor)
        keypad(window, true)
        intrflush(window, false)
        scrollok(window, false)
        set_escdelay(25)
        mouseinterval(0)
        // Clicks and the wheel; no REPORT_MOUSE_POSITION, which turns on any-motion tracking and
        // floods the program with events while the mouse merely moves.
        mousemask(zg_all_mouse_events(), nil)

        // COLORS is only set by start_color, which must wait until colour is wanted: ask terminfo.
        let tier = ColorTier.select(colors: Int(max(0, tigetnum("colors"))), hasColors: has_colors(), environment: environment,
                                    forceMonochrome: forceMonochrome)
        var defaultColors = false
        if tier != .monochrome {
            start_color()
            defaultColors = use_default_colors() == OK
        }
        pairs = ColorPairTable(limit: tier == .monochrome ? 0 : zg_color_pairs(), defaultColors: defaultColors)
        capabilities = TerminalCapabilities(colorTier: tier, symbols: facts?.symbols ?? (utf8 ? .unicode : .ascii), facts: facts)
        var height: Int32 = 0, width: Int32 = 0
        zg_getmaxyx(window, &height, &width)
        size = TerminalSize(width: Int(width), height: Int(height))
    }

    deinit {
        close()
    }

    /// Ctrl-S would freeze all output until Ctrl-Q (XON/XOFF), and an operator who presses it takes
    /// the dashboard for hung: the keys reach the program instead. `endwin` restores the terminal
    /// modes curses saved when it started, flow control included.
    private static func disableFlowControl(_ descriptor: Int32) {
        guard descriptor >= 0, isatty(descriptor) == 1 else { return }
        var modes = termios()
        guard tcgetattr(descriptor, &modes) == 0 else { return }
        modes.c_iflag &= ~tcflag_t(IXON)
        guard tcsetattr(descriptor, TCSANOW, &modes) == 0 else { return }
        // Curses' idea of the program's modes, for its own resets after a suspend or a repaint.
        def_prog_mode()
    }

    /// Takes over the controlling terminal (stdin/stdout). `environment` supplies `TERM` and
    /// `NO_COLOR`; `forceMonochrome` is `--theme mono`; `forceASCII` draws ASCII even under UTF-8.
    public static func open(environment: [String: String], forceMonochrome: Bool,
                            forceASCII: Bool = false) throws(TerminalError) -> NcursesTerminal {
        guard let name = environment["TERM"], !name.isEmpty else {
            throw TerminalError("zugong: TERM is not set")
        }
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
            throw TerminalError("zugong: standard input and output must be a terminal")
        }
        let utf8 = UTF8Locale.activate() && !forceASCII
        CrashGuard.saveTerminal(descriptor: STDOUT_FILENO)
        // Size from the tty, not from LINES/COLUMNS a shell may have exported (they would pin it).
        use_tioctl(true)
        SignalMonitor.install()
        // Measured before curses takes the terminal (its answers decide the symbols and the
        // framing), with the signal handlers in place: a Ctrl-C meanwhile ends the wait and the
        // loop then exits cleanly, instead of dying with the tty in the probe's raw mode.
        let facts = TerminalInspection.facts(environment: environment, utf8: utf8)
        guard let screen = newterm(name, zg_stdout(), zg_stdin()) else {
            SignalMonitor.uninstall()
            throw TerminalError("zugong: unknown terminal type '\(name)' (TERM)")
        }
        CrashGuard.install()
        return NcursesTerminal(screen: screen, headlessFiles: nil, inputDescriptor: STDIN_FILENO, utf8: utf8,
                               environment: environment, forceMonochrome: forceMonochrome, facts: facts)
    }

    /// A terminal of `width`×`height` drawing real ncurses output into a temporary file, with no
    /// input (`poll` reports `.closed`). For tests and benchmarks: `bytesWritten` counts the output.
    /// Sets the process locale like `open`; installs no signal handlers. `measurement` stands for
    /// what a real terminal would have answered.
    public static func headless(width: Int, height: Int, terminalType: String = "xterm-256color",
                                environment: [String: String] = [:], forceMonochrome: Bool = false,
                                forceASCII: Bool = false, measurement: TerminalMeasurement? = nil) throws(TerminalError) -> NcursesTerminal {
        let utf8 = UTF8Locale.activate() && !forceASCII
        guard let output = tmpfile(), let input = fopen("/dev/null", "r") else {
            throw TerminalError("zugong: cannot open files for a headless terminal")
        }
        // With no tty to ask, ncurses takes its size from LINES/COLUMNS.
        let saved = ["LINES": getenv("LINES").map { String(cString: $0) }, "COLUMNS": getenv("COLUMNS").map { String(cString: $0) }]
        setenv("LINES", String(height), 1)
        setenv("COLUMNS", String(width), 1)
        let screen = newterm(terminalType, output, input)
        for (key, value) in saved {
            if let value { setenv(key, value, 1) } else { unsetenv(key) }
        }
        guard let screen else {
            fclose(output)
            fclose(input)
            throw TerminalError("zugong: unknown terminal type '\(terminalType)' (TERM)")
        }
        let facts = TerminalFacts(term: terminalType, termKnown: true, colors: Int(max(0, tigetnum("colors"))), colorPairs: 0, mouse: false,
                                  codeset: utf8 ? "UTF-8" : "ANSI_X3.4-1968", utf8: utf8, measurement: measurement,
                                  unmeasured: measurement == nil ? .notATerminal : nil)
        return NcursesTerminal(screen: screen, headlessFiles: (output, input), inputDescriptor: fileno(input), utf8: utf8,
                               environment: environment, forceMonochrome: forceMonochrome, facts: facts)
    }

    /// Gives the terminal back to the shell. Safe to call more than once.
    public func close() {
        guard let screen else { return }
        endwin()
        delscreen(screen)
        self.screen = nil
        if let files = headlessFiles {
            fclose(files.output)
            fclose(files.input)
        } else {
            CrashGuard.uninstall()
            SignalMonitor.uninstall()
        }
    }

    // MARK: Drawing

    public func draw(_ frame: Buffer, cursor: (x: Int, y: Int)?) {
        guard screen != nil else { return }
        let updates: [CellUpdate]
        if let previous, previous.area == frame.area {
            updates = FrameDiff.updates(from: previous, to: frame)
        } else {
            werase(window)
            updates = FrameDiff.all(frame)
        }
        for update in updates where update.y < size.height && update.x < size.width {
            write(update.cell, x: update.x, y: update.y)
        }
        previous = frame
        placeCursor(cursor)
        wnoutrefresh(window)
        if synchronizedOutput { writeDirect("\u{1B}[?2026h") }
        doupdate()
        if synchronizedOutput { writeDirect("\u{1B}[?2026l") }
        if let files = headlessFiles {
            var info = stat()
            if fstat(fileno(files.output), &info) == 0 { bytesWritten = Int(info.st_size) }
        }
    }

    /// Bytes straight to the terminal, around what curses has flushed.
    private func writeDirect(_ text: String) {
        let bytes = Array(text.utf8)
        _ = bytes.withUnsafeBufferPointer { Glibc.write(STDOUT_FILENO, $0.baseAddress, $0.count) }
    }

    public func invalidate() {
        previous = nil
        if screen != nil { clearok(window, true) }
    }

    private func write(_ cell: Cell, x: Int, y: Int) {
        let style = cell.style.downgraded(to: capabilities.colorTier)
        let attributes = CursesAttributes.of(style.modifiers)
        let pair = pairs.pair(foreground: style.foreground, background: style.background)
        if asciiOnly {
            for (offset, scalar) in ASCIIFallback.columns(of: cell.symbol, width: Int(cell.width)).enumerated() {
                put([scalar], x: x + offset, y: y, attributes: attributes, pair: pair)
            }
            return
        }
        // A wide grapheme that no longer fits (the screen shrank under the frame) is left out.
        if cell.width == 2 && x + 1 >= size.width { return }
        if ambiguousStandIns, cell.width == 1, let first = cell.symbol.unicodeScalars.first, AmbiguousWidth.isAmbiguous(first) {
            put(CollectionOfOne(AmbiguousWidth.standIn(first)), x: x, y: y, attributes: attributes, pair: pair)
            return
        }
        if !put(cell.symbol.unicodeScalars, x: x, y: y, attributes: attributes, pair: pair),
           !put(cell.symbol.unicodeScalars.prefix(1), x: x, y: y, attributes: attributes, pair: pair) {
            for offset in 0..<max(1, Int(cell.width)) {
                put(CollectionOfOne(" "), x: x + offset, y: y, attributes: attributes, pair: pair)
            }
        }
    }

    /// Writes one grapheme (a spacing scalar plus up to four combining ones, as a `cchar_t`
    /// holds) with the pair passed through the extended `opts` argument.
    @discardableResult
    private func put<Scalars: Sequence<Unicode.Scalar>>(_ scalars: Scalars, x: Int, y: Int, attributes: attr_t, pair: Int32) -> Bool {
        var cell = cchar_t()
        var extendedPair = pair
        let made = withUnsafeTemporaryAllocation(of: wchar_t.self, capacity: 6) { text -> Bool in
            var count = 0
            for scalar in scalars where count < 5 {
                text[count] = wchar_t(bitPattern: scalar.value)
                count += 1
            }
            guard count > 0 else { return false }
            text[count] = 0
            return setcchar(&cell, text.baseAddress, attributes, Int16(clamping: pair), &extendedPair) == OK
        }
        guard made else { return false }
        cellWrites += 1
        // Writing the bottom-right cell returns ERR (the cursor cannot advance past it) yet the
        // cell is written, and with scrolling off nothing moves: the result is not an error here.
        _ = mvwadd_wch(window, Int32(y), Int32(x), &cell)
        return true
    }

    private func placeCursor(_ cursor: (x: Int, y: Int)?) {
        let shown: Bool
        if let cursor, cursor.x >= 0, cursor.y >= 0, cursor.x < size.width, cursor.y < size.height {
            wmove(window, Int32(cursor.y), Int32(cursor.x))
            shown = true
        } else {
            shown = false
        }
        guard shown != cursorShown else { return }
        curs_set(shown ? 1 : 0)
        // A hidden cursor may stay wherever the last write left it: no bytes spent moving it.
        leaveok(window, !shown)
        cursorShown = shown
    }

    // MARK: Input

    /// After an ESC that curses did not match to a key: the rest of the sequence, read at once
    /// (curses has already waited its escape delay, so what belongs to it is buffered), decoded by
    /// `EscapeSequence`, or dropped whole. Esc alone is the Esc key.
    private func readEscapeSequence() -> InputEvent? {
        var tail: [Character] = []
        while true {
            switch EscapeSequence.parse(tail) {
            case .incomplete:
                // A sequence cut across network packets gets a little longer for its rest.
                switch readCharacter(timeoutMilliseconds: tail.isEmpty ? 0 : 30) {
                case .character(let character): tail.append(character)
                case .key(let code):
                    // Esc, then a key curses knew: the key is put back for the next read.
                    ungetch(Int32(bitPattern: code))
                    return tail.isEmpty ? .key(.escape) : nil
                case .none:
                    return tail.isEmpty ? .key(.escape) : nil
                }
            case .key(let key): return .key(key)
            case .ignored, .pasteEnd: return nil
            case .pasteStart: return readPaste()
            case .escapeThenReplay:
                for character in tail.reversed() {
                    for scalar in character.unicodeScalars.reversed() { unget_wch(wchar_t(bitPattern: scalar.value)) }
                }
                return .key(.escape)
            }
        }
    }

    /// The text of a bracketed paste, up to `ESC [ 201 ~` (or a pause, or a megabyte).
    private func readPaste() -> InputEvent {
        var text = ""
        let end = "\u{1B}[201~"
        while text.utf8.count < 1 << 20 {
            guard case .character(let character) = readCharacter(timeoutMilliseconds: 100) else { break }
            text.append(character)
            if text.hasSuffix(end) {
                text.removeLast(end.count)
                break
            }
        }
        return .paste(text)
    }

    private enum RawRead {
        case character(Character)
        case key(UInt32)
    }

    private func readCharacter(timeoutMilliseconds: Int) -> RawRead? {
        wtimeout(window, Int32(timeoutMilliseconds))
        var code: wint_t = 0
        switch wget_wch(window, &code) {
        case OK: return Unicode.Scalar(code).map { .character(Character($0)) }
        case KEY_CODE_YES: return .key(code)
        default: return nil
        }
    }

    public func poll(timeoutMilliseconds: Int, wakeOn: Int32?) -> PollResult {
        guard screen != nil else { return .closed(reason: "terminal closed") }
        let clock = ContinuousClock()
        let deadline = timeoutMilliseconds < 0 ? nil : clock.now.advanced(by: .milliseconds(timeoutMilliseconds))
        var idleReads = 0
        while true {
            if let signo = SignalMonitor.pendingSignal { return .closed(reason: SignalMonitor.name(signo)) }
            if SignalMonitor.takeSuspend() { return suspend() }
            // What ncurses already holds (the rest of a burst, a resize it noted) comes before any wait.
            if let event = readAvailable() { return .event(event) }
            if idleReads > 0 {
                // The descriptor said readable and nothing came: after an SSH drop the tty is hung
                // up and reads fail at once and forever; a read that keeps failing would spin.
                if isatty(inputDescriptor) == 0 { return .closed(reason: "input closed") }
                if idleReads > 100 { return .closed(reason: "input failing") }
            }
            // The whole wait in one: a signal wakes it through the pipe, so an idle dashboard
            // sleeps until its deadline without waking to look.
            var wait: Int32 = -1
            if let deadline {
                let left = clock.now.duration(to: deadline)
                wait = Int32(max(0, min(3_600_000, left.components.seconds * 1000 + left.components.attoseconds / 1_000_000_000_000_000)))
            }
            // Wait on the terminal, the signal pipe and the data folder's watch together: a
            // signal always wakes us, even when it lands between the check above and the wait.
            let wake = SignalMonitor.wakeDescriptor
            var descriptors = [pollfd(fd: inputDescriptor, events: Int16(POLLIN), revents: 0),
                               pollfd(fd: wake, events: Int16(POLLIN), revents: 0),
                               pollfd(fd: wakeOn ?? -1, events: Int16(POLLIN), revents: 0)]
            let ready = Glibc.poll(&descriptors, 3, wait)
            if wake >= 0, descriptors[1].revents != 0 { SignalMonitor.drain() }
            if wakeOn != nil, descriptors[2].revents != 0 { return .timeout }
            if ready < 0 { continue } // EINTR: a resize (ncurses noted it) or a signal, both seen above.
            if ready == 0 {
                if let deadline, clock.now >= deadline { return .timeout }
                continue
            }
            if descriptors[0].revents & Int16(POLLIN | POLLHUP | POLLERR | POLLNVAL) != 0 { idleReads += 1 }
        }
    }

    /// One input event ncurses can give without waiting, or nil.
    private func readAvailable() -> InputEvent? {
        wtimeout(window, 0)
        var code: wint_t = 0
        let status = wget_wch(window, &code)
        switch KeyDecoder.decode(status: status, code: code) {
        case .key(.escape):
            return readEscapeSequence()
        case .key(let key):
            return .key(key)
        case .resize:
            var height: Int32 = 0, width: Int32 = 0
            zg_getmaxyx(window, &height, &width)
            size = TerminalSize(width: Int(width), height: Int(height))
            invalidate()
            return .resize(width: size.width, height: size.height)
        case .mouse:
            var event = MEVENT()
            if getmouse(&event) == OK, let mouse = MouseDecoder.event(buttons: event.bstate, x: Int(event.x), y: Int(event.y)) {
                return .mouse(mouse)
            }
            return nil
        case .ignored, .nothing:
            return nil
        }
    }

    /// Ctrl-Z: gives the terminal back, stops, and on SIGCONT takes it again and asks for a
    /// full repaint at the size the terminal has now.
    private func suspend() -> PollResult {
        endwin()
        SignalMonitor.stopProcess()
        reset_prog_mode()
        invalidate()
        wrefresh(window)
        var height: Int32 = 0, width: Int32 = 0
        zg_getmaxyx(window, &height, &width)
        size = TerminalSize(width: Int(width), height: Int(height))
        return .event(.resize(width: size.width, height: size.height))
    }
}
