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
        let lines = [
            context.text("终端太小", "Terminal too small"),
            context.text("需要 \(need.width)×\(need.height)", "need \(need.width)×\(need.height)"),
            context.text("当前 \(size.width)×\(size.height)", "now \(size.width)×\(size.height)"),
        ]
        let area = size.rect
        buffer.fill(area, style: context.theme.base)
        let top = area.y + max(0, (area.height - lines.count) / 2)
        for (i, line) in lines.enumerated() where top + i < area.maxY {
            let shown = DisplayWidth.truncate(line, to: area.width, ellipsis: context.theme.symbols.ellipsis)
            let x = area.x + max(0, (area.width - DisplayWidth.of(shown)) / 2)
            buffer.write(shown, x: x, y: top + i, width: area.maxX - x, style: i == 0 ? context.theme.danger : context.theme.base)
        }
    }
}
