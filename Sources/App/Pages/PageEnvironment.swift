import Foundation
import Domain
import Panels
import TermUI

/// What a page reads besides its own state: the world, how to draw and when now is, who is
/// using it, and the area it has on screen.
public struct PageEnvironment {
    public var world: World
    public var context: PanelContext
    public var session: SessionInfo
    /// The page's part of the screen, between the tab bar and the status bar.
    public var body: Rect
    /// When a unit's report card puts it in warning.
    public var warningRule: WarningRule

    public var dataset: Dataset { world.dataset }
    public var now: Date { context.now }
    public func text(_ zh: String, _ en: String) -> String { context.text(zh, en) }
}
