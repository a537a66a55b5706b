import Domain
import TermUI

/// Shown while the data directory is read: on a large data set that takes a while, and a blank
/// screen (with the keys typed meanwhile echoed on it) looks broken. Once the records are being
/// decoded it shows how many of how many, on a bar.
public struct LoadingScreen {
    public var dataLabel: String
    public var progress: LoadingProgress?
    public var context: PanelContext

    public init(dataLabel: String, progress: LoadingProgress? = nil, context: PanelContext) {
        self.dataLabel = dataLabel
        self.progress = progress
        self.context = context
    }

    /// What the step is, with its counts: `读取记录 45,056 / 110,040`.
    public var stepText: String {
        guard let progress else { return context.text("正在读取数据…", "Reading the data…") }
        let done = NumberText.plain(Double(progress.done), grouped: true), total = NumberText.plain(Double(progress.total), grouped: true)
        return switch progress.phase {
        case .opening: context.text("正在读取数据…", "Reading the data…")
        case .decoding: context.text("读取记录 \(done) / \(total)", "Reading records: \(done) of \(total)")
        case .checking: context.text("检查 \(total) 条记录…", "Checking \(total) records…")
        case .replaying: context.text("重放日志 \(total) 条…", "Replaying \(total) journal events…")
        }
    }

    public func render(_ area: Rect, into buffer: inout Buffer) {
        let theme = context.theme
        let width = min(area.width - 4, 48)
        // The bar, when there is one and room for it, takes a line between the step and the folder.
        let fraction = width >= 8 && area.height >= 4 ? progress?.fraction : nil
        let lines = [(context.text("组工看板", "zugong"), theme.title), (stepText, theme.base)]
            + (fraction == nil ? [] : [("", theme.base)]) + [(dataLabel, theme.muted)]
        CenteredMessage(lines).render(area, into: &buffer, theme: theme)
        guard let fraction else { return }
        let top = area.y + max(0, (area.height - lines.count) / 2)
        Gauge(ratio: fraction).render(Rect(x: area.x + (area.width - width) / 2, y: top + 2, width: width, height: 1),
                                      into: &buffer, theme: theme)
    }
}
