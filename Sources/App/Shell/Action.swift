import Foundation
import Domain
import Panels
import TermUI

/// Everything the user, the clock or the store can ask of the app. Keys become actions through
/// the bindings, clicks through the last frame's hit regions; `AppReducer.reduce` turns an action
/// into a new state and effects.
public enum Action: Equatable, Sendable {
    case shell(ShellCommand)
    /// A presenter's key in a running kiosk.
    case kiosk(KioskCommand)
    /// A command for the page in front.
    case page(PageCommand)
    /// A key for whatever has the keyboard: the top overlay, or the page's text input.
    case input(Key)
    /// Text pasted in one piece (bracketed paste), for the text input that has the keyboard.
    case paste(String)
    /// Wheel steps: positive scrolls down.
    case scroll(Int)
    case resize(TerminalSize)
    case tick(Date)
    /// Other processes changed the data directory: the new data and the ids of the changed records.
    case dataChanged(Dataset, changed: Set<String>)
    /// A one-line message for the status bar (an error, a refusal, a confirmation).
    case showMessage(String)
    /// The loop's answer to `Effect.submit`.
    case submitted(SubmitOutcome)

    /// Whether the action comes from a key or the mouse rather than the clock, the store or a resize.
    public var isUserInput: Bool {
        switch self {
        case .tick, .dataChanged, .submitted, .showMessage, .resize: false
        default: true
        }
    }
}
