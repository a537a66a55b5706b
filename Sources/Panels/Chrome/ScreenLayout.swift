import TermUI

/// Where the fixed parts of the screen go: tabs on top, the panel, then status and key bars.
public struct ScreenLayout: Equatable, Sendable {
    /// Below this the dashboard shows a "terminal too small" screen instead.
    public static let minimumSize = TerminalSize(width: 60, height: 16)

    public var tabs: Rect
    public var body: Rect
    public var status: Rect
    public var keys: Rect

    public init(size: TerminalSize) {
        let parts = Layout.split(size.rect, .vertical, [.fixed(1), .proportional(1), .fixed(1), .fixed(1)])
        tabs = parts[0]
        body = parts[1]
        status = parts[2]
        keys = parts[3]
    }

    public static func fits(_ size: TerminalSize) -> Bool {
        size.width >= minimumSize.width && size.height >= minimumSize.height
    }
}
