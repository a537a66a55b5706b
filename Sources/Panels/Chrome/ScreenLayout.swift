import TermUI

/// Where the parts of the screen go. The dashboard: the tab bar, a banner with the page's big
/// title on large screens, the page, the status bar and the key bar. The kiosk: a header with the
/// big title and clock, a countdown row, and the page; nothing else. A theme's margin (the
/// projector's) keeps the page off the screen's edges, where a projector blurs.
public struct ScreenLayout: Equatable, Sendable {
    /// Below this the dashboard shows a "terminal too small" screen instead.
    public static let minimumSize = TerminalSize(width: 60, height: 16)

    public enum Chrome: Equatable, Sendable {
        /// `statusRows`: more than one while a long message is shown whole.
        case dashboard(bannerRows: Int, statusRows: Int = 1)
        case kiosk(headerRows: Int)
    }

    public var tabs = Rect(x: 0, y: 0, width: 0, height: 0)
    /// The page title in big text (dashboard), or the title and the clock (kiosk).
    public var banner = Rect(x: 0, y: 0, width: 0, height: 0)
    /// The kiosk's countdown to the next page.
    public var countdown = Rect(x: 0, y: 0, width: 0, height: 0)
    public var body: Rect
    public var status = Rect(x: 0, y: 0, width: 0, height: 0)
    public var keys = Rect(x: 0, y: 0, width: 0, height: 0)

    public init(size: TerminalSize, chrome: Chrome = .dashboard(bannerRows: 0), margin: Int = 0) {
        switch chrome {
        case .dashboard(let bannerRows, let statusRows):
            let parts = Layout.split(size.rect, .vertical, [.fixed(1), .fixed(bannerRows), .proportional(1), .fixed(statusRows), .fixed(1)])
            tabs = parts[0]
            banner = parts[1].inset(left: margin, right: margin)
            body = parts[2].inset(left: margin, right: margin)
            status = parts[3]
            keys = parts[4]
        case .kiosk(let headerRows):
            let inner = size.rect.inset(top: margin / 2, left: margin, bottom: margin / 2, right: margin)
            let parts = Layout.split(inner, .vertical, [.fixed(headerRows), .fixed(1), .proportional(1)])
            banner = parts[0]
            countdown = parts[1]
            body = parts[2]
        }
    }

    public static func fits(_ size: TerminalSize) -> Bool {
        size.width >= minimumSize.width && size.height >= minimumSize.height
    }
}
