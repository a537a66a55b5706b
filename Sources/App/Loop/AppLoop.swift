import Foundation
import Domain
import Store
import TermUI

/// The event loop: draw, wait for input (at most a second, for the clock and live data), turn the
/// input into an action, update the state, run the effects. It ends on quit or when the terminal
/// closes (a signal, or the input went away).
public final class AppLoop {
    public private(set) var state: AppState
    private let terminal: Terminal
    private let clock: () -> Date
    private let store: DataStore?
    /// The frame on screen, whose regions clicks resolve through.
    private var frame: Frame<Action>?
    /// Without a watch on the data folder, how often others' changes are looked for.
    public static let idleMilliseconds = 1_000
    /// How long no key must come after a frame before the loop begins what waits for first use.
    static let idleWorkMilliseconds = 50
    /// When the store was last asked for other processes' changes (monotonic seconds), so a steady
    /// stream of keys cannot starve the live refresh.
    private var lastRefresh = ProcessInfo.processInfo.systemUptime

    public init(terminal: Terminal, state: AppState, store: DataStore? = nil, clock: @escaping () -> Date = Date.init) {
        self.terminal = terminal
        self.store = store
        self.state = state
        self.clock = clock
    }

    /// Runs until the user quits (returns nil) or the terminal closes (returns the reason).
    public func run() -> String? {
        while true {
            let drawn = ScreenRenderer.render(state)
            terminal.draw(drawn.buffer, cursor: drawn.cursor)
            frame = drawn
            // Asleep until the screen would change (the minute, a countdown, a fading highlight),
            // a key, a signal, or another process writing to the data folder; without a watch
            // on the folder, it looks every second.
            let watch = store?.changeDescriptor
            let wait = watch == nil && store != nil ? min(state.idleSeconds, Double(Self.idleMilliseconds) / 1_000) : state.idleSeconds
            // What waits for first use is begun once no key has come for a moment after a frame,
            // so it never holds up the first frame or the keys that follow it.
            let idleWork = state.world.hasIdleWork
            let timeout = Int((wait * 1_000).rounded(.up))
            switch terminal.poll(timeoutMilliseconds: idleWork ? min(timeout, Self.idleWorkMilliseconds) : timeout, wakeOn: watch) {
            case .closed(let reason):
                return reason
            case .timeout:
                if idleWork { state.world.prepareIdleWork() }
                refreshLive()
            case .event(let event):
                if let action = InputRouter.action(for: event, state: state, frame: frame), apply(action) { return nil }
                if ProcessInfo.processInfo.systemUptime - lastRefresh >= Double(Self.idleMilliseconds) / 1_000 { refreshLive() }
            }
        }
    }

    /// The clock, then other processes' changes (so their highlights start from the current time).
    private func refreshLive() {
        lastRefresh = ProcessInfo.processInfo.systemUptime
        apply(.tick(clock()))
        if let changed = refreshFromStore() { apply(changed) }
    }

    /// Runs one action through the reducer and its effects; true when the app should stop.
    @discardableResult
    private func apply(_ action: Action) -> Bool {
        for effect in AppReducer.reduce(&state, action) {
            switch effect {
            case .repaintAll: terminal.invalidate()
            case .quit: return true
            case .submit(let change):
                let outcome = submit(change)
                // Others' changes the store caught up with under its lock, highlighted as theirs.
                if let changed = refreshFromStore() { apply(changed) }
                if apply(.submitted(outcome)) { return true }
            }
        }
        return false
    }

    /// Writes one change; the reducer hears back whether it was applied or why not.
    private func submit(_ change: Change) -> SubmitOutcome {
        guard let store else {
            let reason = Label(zh: "没有数据目录,无法保存", en: "no data directory: nothing can be saved")
            return .refused(recordID: change.recordID, reason: reason)
        }
        return state.lendingDataset(during: {
            do throws(StoreError) {
                let applied = try store.submit(change)
                return .applied(applied, store.dataset)
            } catch {
                return .refused(recordID: change.recordID, reason: error.label)
            }
        }, then: { store.dataset })
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
