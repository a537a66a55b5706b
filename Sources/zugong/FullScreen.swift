import Foundation
import App
import NcursesBackend
import TermUI

/// Runs the dashboard on the real terminal and always gives the terminal back, whatever ends it.
enum FullScreen {
    static func run(_ configuration: LaunchConfiguration, environment: [String: String]) -> Int32 {
        let terminal: NcursesTerminal
        do {
            terminal = try NcursesTerminal.open(environment: environment, forceMonochrome: configuration.display.theme == .mono)
        } catch {
            FileHandle.standardError.write(Data((error.description + "\n").utf8))
            return 2
        }
        defer { terminal.close() }
        var session = configuration.session
        session.notice = terminal.capabilities.notice
        let state = AppState(dataset: configuration.dataset, size: terminal.size, language: configuration.display.language,
                             theme: Theme.make(tier: terminal.capabilities.colorTier, symbols: terminal.capabilities.symbols),
                             now: Date(), session: session)
        let reason = AppLoop(terminal: terminal, state: state, store: configuration.store).run()
        return reason == nil ? 0 : 1
    }
}
