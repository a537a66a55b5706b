/// A run of text in one style; the unit lines are made of.
public struct Span: Equatable, Sendable {
    public var text: String
    public var style: Style

    public init(_ text: String, style: Style = .plain) {
        self.text = text
        self.style = style
    }

    /// Columns the text takes on screen.
    public var width: Int { DisplayWidth.of(text) }
}
