import Foundation
import Domain
import Panels
import TermUI

/// Everything the user or the clock can ask of the app. Keys and mouse events become actions;
/// `AppReducer.update` turns an action into a new state and effects.
public enum Action: Equatable, Sendable {
    case quit
    case selectTab(Tab)
    case nextTab
    case previousTab
    case toggleHelp
    case closeOverlay
    case repaint
    case moveSelection(Int)
    case pageDown
    case pageUp
    case jumpToTop
    case jumpToBottom
    case nextSortColumn
    case reverseSort
    case click(x: Int, y: Int)
    case scroll(Int)
    case resize(TerminalSize)
    case tick(Date)
    /// Other processes changed the data directory: the new data and the ids of the changed records.
    case dataChanged(Dataset, changed: Set<String>)
    /// A one-line message for the status bar (an error, a refusal, a confirmation).
    case showMessage(String)

    // The grid queue and detail
    case openDetail
    case revealPhone
    case startSearch
    case toggleOverdue
    case toggleMine
    case toggleUnassigned
    case clearFilters
    case openFilterMenu
    /// Starts a ticket command on the selected (or open) ticket: a form, or the change at once.
    case ticket(TicketCommand)
    /// A key typed while a text input (the search or a form) has the keyboard.
    case input(Key)
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
