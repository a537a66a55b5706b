/// The size of the screen in cells.
public struct TerminalSize: Equatable, Sendable, CustomStringConvertible {
    public var width: Int
    public var height: Int

    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
    }

    public var rect: Rect { Rect(x: 0, y: 0, width: width, height: height) }
    public var description: String { "\(width)×\(height)" }
}
