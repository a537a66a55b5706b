/// The text of one table cell; `style` nil means the row's style (normal or selected).
public struct TableCell: Equatable, Sendable {
    public var text: String
    public var style: Style?

    public init(_ text: String, style: Style? = nil) {
        self.text = text
        self.style = style
    }
}
