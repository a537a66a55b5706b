import Domain
import TermUI

/// The talent page's dashboard: the four projects in a 2×2 grid (four across on very wide,
/// short screens), the selected one focused.
public struct TalentBoard {
    public var indicators: [TalentIndicator]
    public var selected: Int

    public init(indicators: [TalentIndicator], selected: Int) {
        self.indicators = indicators
        self.selected = selected
    }

    /// Each project's panel rectangle, in `TalentProject.allCases` order.
    public static func panelAreas(in area: Rect) -> [Rect] {
        let count = TalentProject.allCases.count
        if area.width >= 4 * 40, area.height < 30 {
            return Layout.split(area, .horizontal, (0..<count).map { _ in .proportional(1) })
        }
        let rows = Layout.split(area, .vertical, [.proportional(1), .proportional(1)])
        return rows.flatMap { Layout.split($0, .horizontal, [.proportional(1), .proportional(1)]) }
    }

    @discardableResult
    public func render(_ area: Rect, into buffer: inout Buffer, context: PanelContext) -> [Rect] {
        let areas = Self.panelAreas(in: area)
        // One big-number size for all four: the largest every headline fits in the smallest panel.
        let inner = areas.map { Block().inner($0).inset(left: 1, right: 1) }
        let smallest = inner.min { $0.width * 100 + $0.height < $1.width * 100 + $1.height } ?? .zero
        let rows = TalentProjectPanel.headlineRows(height: smallest.height)
        let font = BigNumber.font(fitting: TalentProjectPanel.headlineTexts(indicators, context), width: smallest.width, height: rows,
                                  captioned: true, ascii: context.theme.symbols.isASCII, words: context.titleFont)
        for (index, project) in TalentProject.allCases.enumerated() {
            TalentProjectPanel(project: project, indicators: indicators, focused: index == selected, font: font)
                .render(areas[index], into: &buffer, context: context)
        }
        return areas
    }
}
