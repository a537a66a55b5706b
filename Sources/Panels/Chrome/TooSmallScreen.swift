import TermUI

/// Shown instead of the dashboard while the window is below the minimum size; the app goes back
/// to the dashboard by itself when the window grows.
public struct TooSmallScreen {
    public var size: TerminalSize
    public var context: PanelContext

    public init(size: TerminalSize, context: PanelContext) {
        self.size = size
        self.context = context
    }

    public func render(into buffer: inout Buffer) {
        let need = ScreenLayout.minimumSize
        let theme = context.theme
        CenteredMessage([
            (context.text("终端太小", "Terminal too small"), theme.danger),
            (context.text("需要 \(need.width)×\(need.height)", "need \(need.width)×\(need.height)"), theme.base),
            (context.text("当前 \(size.width)×\(size.height)", "now \(size.width)×\(size.height)"), theme.base),
        ]).render(size.rect, into: &buffer, theme: theme)
    }
}
