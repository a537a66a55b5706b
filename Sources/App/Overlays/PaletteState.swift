import TermUI

/// The command palette while it is open: what has been typed and which entry is chosen.
public struct PaletteState: Equatable, Sendable {
    public var query = TextFieldState()
    public var selected = 0

    public init() {}
}
