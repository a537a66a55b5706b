import Foundation
import TermUI

/// The event loop: draw, wait for input (at most a second, for the clock and live data), turn the
/// input into an action, update the state, run the effects. It ends on quit or when the terminal
/// closes (a signal, or the input went away).
public final class AppLoop {
    public private(set) var state: AppState
    private let terminal: Terminal
    private let keyMap: KeyMap
    private let clock: () -> Date
    /// How long to wait for input before refreshing the clock and live data.
    public static let idleMilliseconds = 1_000

    public init(terminal: Terminal, state: AppState, keyMap: KeyMap = .standard, clock: @escaping () -> Date = Date.init) {
        self.terminal = terminal
        self.state = state
        self.keyMap = keyMap
        self.clock = clock
    }

    /// Runs until the user quits (returns nil) or the terminal closes (returns the reason).
    public func run() -> String? {
        while true {
            terminal.draw(ScreenRenderer.render(state, keyMap: keyMap), cursor: nil)
            let action: Action
            switch terminal.poll(timeoutMilliseconds: Self.idleMilliseconds) {
            case .closed(let reason):
                return reason
            case .timeout:
                action = .tick(clock())
            case .event(let event):
                guard let mapped = InputRouter.action(for: event, keyMap: keyMap) else { continue }
                action = mapped
            }
            for effect in AppReducer.reduce(&state, action) {
                switch effect {
                case .repaintAll: terminal.invalidate()
                case .quit: return nil
                }
            }
        }
    }
}
