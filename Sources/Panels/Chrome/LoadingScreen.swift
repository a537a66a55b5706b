import TermUI

/// Shown while the data directory is read: on 100,000 tickets that takes seconds, and a blank
/// screen (with the keys typed meanwhile echoed on it) looks broken.
public struct LoadingScreen {
    public var dataLabel: String
    public var context: PanelContext

    public init(dataLabel: String, context: PanelContext) {
        self.dataLabel = dataLabel
        self.context = context
    }

    public func render(_ area: Rect, into buffer: inout Buffer) {
        CenteredMessage([
            (context.text("组工看板", "zugong"), context.theme.title),
            (context.text("正在读取数据…", "Reading the data…"), context.theme.base),
            (dataLabel, context.theme.muted),
        ]).render(area, into: &buffer, theme: context.theme)
    }
}
