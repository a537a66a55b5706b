import Foundation
import Store
import TermUI

/// The event loop: draw, wait for input (at most a second, for the clock and live data), turn the
/// input into an action, update the state, run the effects. It ends on quit or when the terminal
/// closes (a signal, or the input went away).
public final class AppLoop {
    public private(set) var state: AppState
    private let terminal: Terminal
    private let keyMap: KeyMap
    private let clock: () -> Date
    private let store: DataStore?
    /// How long to wait for input before refreshing the clock and live data.
    public static let idleMilliseconds = 1_000

    public init(terminal: Terminal, state: AppState, keyMap: KeyMap = .standard, store: DataStore? = nil,
                clock: @escaping () -> Date = Date.init) {
        self.terminal = terminal
        self.store = store
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
                if let changed = refreshFromStore() { apply(changed) }
                action = .tick(clock())
            case .event(let event):
                guard let mapped = InputRouter.action(for: event, keyMap: keyMap) else { continue }
                action = mapped
            }
            if apply(action) { return nil }
        }
    }

    /// Runs one action through the reducer and its effects; true when the app should stop.
    @discardableResult
    private func apply(_ action: Action) -> Bool {
        for effect in AppReducer.reduce(&state, action) {
            switch effect {
            case .repaintAll: terminal.invalidate()
            case .quit: return true
            }
        }
        return false
    }

    /// Picks up what other processes appended to the journal (a cheap size check when nothing did).
    private func refreshFromStore() -> Action? {
        guard let store else { return nil }
        do {
            let changed = try store.refresh()
            return changed.isEmpty ? nil : .dataChanged(store.dataset, changed: changed)
        } catch {
            return .showMessage("\(error)")
        }
    }
}
