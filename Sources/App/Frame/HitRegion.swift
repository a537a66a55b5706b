import TermUI

/// A rectangle of the screen and what a click there asks for; nil swallows the click (the
/// backdrop of a dialog).
public struct HitRegion<Command> {
    public var rect: Rect
    public var command: Command?

    public init(_ rect: Rect, _ command: Command?) {
        self.rect = rect
        self.command = command
    }
}
