import Foundation
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
}
