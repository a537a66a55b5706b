import Foundation
import App
import Domain
import NcursesBackend
import Panels
import Store
import TermUI

/// Runs the dashboard on the real terminal and always gives the terminal back, whatever ends it.
enum FullScreen {
    static func run(_ start: DashboardStart, environment: [String: String]) throws -> Int32 {
        // The Swift runtime reads SWIFT_BACKTRACE only at start-up: re-run with it set (before any
        // data is read) so a crash never leaves the interactive backtracer painting over the screen.
        NcursesTerminal.ensureNonInteractiveBacktrace()
        let terminal: NcursesTerminal
        do {
            terminal = try NcursesTerminal.open(environment: environment, forceMonochrome: start.display.theme == .mono)
        } catch {
            FileHandle.standardError.write(Data((error.description + "\n").utf8))
            return 2
        }
        defer { terminal.close() }
        let theme = Theme.make(tier: terminal.capabilities.colorTier, symbols: terminal.capabilities.symbols, name: start.display.theme)
        let loop: AppLoop
        do {
            let configuration = try load(start, showingOn: terminal, theme: theme)
            loop = makeLoop(start, configuration: configuration, terminal: terminal, theme: theme)
        } catch {
            // Give the terminal back before the error is printed, so it lands on a normal screen.
            terminal.close()
            throw error
        }
        let stopped = loop.run()
        // Ended by SIGINT, SIGTERM or SIGHUP: the conventional 128 + N (130, 143, 129).
        if let signo = SignalMonitor.pendingSignal { return SignalMonitor.exitStatus(for: signo) }
        return stopped == nil ? 0 : 1
    }

    /// Runs `start.load` on a thread of its own and, until it ends, redraws the loading screen
    /// whenever its progress moves (every 50 ms at most).
    private static func load(_ start: DashboardStart, showingOn terminal: NcursesTerminal, theme: Theme) throws -> LaunchConfiguration {
        let progress = LoadProgress()
        let loading = BackgroundLoad(start.load, progress: progress)
        var shown: LoadingProgress?
        repeat {
            let current = progress.current
            if current != shown {
                shown = current
                var buffer = Buffer(width: terminal.size.width, height: terminal.size.height)
                LoadingScreen(dataLabel: start.dataLabel, progress: current,
                              context: PanelContext(theme: theme, language: start.display.language, now: Date()))
                    .render(buffer.area, into: &buffer)
                terminal.draw(buffer, cursor: nil)
            }
        } while !loading.wait(seconds: 0.05)
        return try loading.result()
    }

    /// Builds the loop. The configuration ends here, so the loop and the store are the only
    /// holders of the data set and a save changes it in place instead of copying it.
    private static func makeLoop(_ start: DashboardStart, configuration: consuming LaunchConfiguration,
                                 terminal: NcursesTerminal, theme: Theme) -> AppLoop {
        var session = configuration.session
        session.notice = terminal.capabilities.compromise.map(SessionInfo.notice)
        let display = configuration.display
        var state = AppState(dataset: configuration.dataset, size: terminal.size, language: display.language,
                             theme: theme, now: Date(), session: session, keyMap: display.keyMap, timeZone: display.timeZone,
                             tab: display.startPage, warningRule: display.warningRule)
        state.clockSeconds = display.clockSeconds
        // The doctor's findings carry the title font it read, so the file is read once.
        if let facts = terminal.capabilities.facts {
            state.diagnosis = start.diagnose(facts, state.dataset)
            state.titleFont = state.diagnosis?.unifont.font
        }
        if let plan = display.kiosk {
            let kiosk = KioskState(plan: plan, now: state.now)
            state.kiosk = kiosk
            state.tab = kiosk.tab
        }
        if !configuration.warnings.isEmpty {
            // The status line is short: files by name, the folder is the one the status bar shows.
            let folder = session.dataLabel + "/"
            state.message = configuration.warnings.map { $0.text(state.language).replacingOccurrences(of: folder, with: "") }
                .joined(separator: state.language == .zh ? ";" : "; ")
        }
        return AppLoop(terminal: terminal, state: state, store: configuration.store)
    }
}
