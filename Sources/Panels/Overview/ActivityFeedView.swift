import Domain
import TermUI

/// The latest changes, newest first: when, who, which record and what happened. Journal events
/// are operators' changes; without any, the data set's own latest events, and the title says so.
public struct ActivityFeedView {
    public var feed: ActivityFeed

    public init(feed: ActivityFeed) {
        self.feed = feed
    }

    func line(_ item: ActivityItem, _ context: PanelContext) -> Line {
        let theme = context.theme
        let title = context.text(item.title)
        return Line([Span(Format.recent(item.event.at, now: context.now, context.timeZone) + " ", style: theme.muted),
                     Span(DisplayWidth.pad(item.event.actor, to: 8) + " ", style: theme.accent),
                     Span(item.recordID + " ", style: theme.header),
                     Span(context.text(item.event.summary)),
                     Span(title.isEmpty ? "" : " · " + title, style: theme.muted)])
    }

    public func render(_ area: Rect, into buffer: inout Buffer, context: PanelContext) {
        let title = feed.fromJournal ? context.text("最新动态", "Latest changes")
            : context.text("最新动态 · 数据集自带(尚无操作)", "Latest changes · from the data set (none made yet)")
        let block = Block(title: title)
        block.render(area, into: &buffer, theme: context.theme)
        let inner = block.inner(area)
        guard !inner.isEmpty else { return }
        guard !feed.items.isEmpty else {
            Line(context.text("没有记录", "Nothing yet"), style: context.theme.muted).render(inner.row(0), into: &buffer, theme: context.theme)
            return
        }
        for (row, item) in feed.items.prefix(inner.height).enumerated() {
            line(item, context).render(inner.row(row), into: &buffer, theme: context.theme)
        }
    }
}
