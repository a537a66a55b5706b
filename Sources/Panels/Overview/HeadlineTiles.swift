import Domain
import TermUI

/// The overview's row of headline tiles: the cadre pool and those appointed, open and overdue
/// requests, graduates retained and party coverage of non-public enterprises. Each tile names
/// where its figure comes from (the records' sources, or the article with its date), and all
/// share one big-number size.
public struct HeadlineTiles {
    public struct Tile {
        public var title: String
        public var value: String
        public var footer: String
        /// The footer when the whole one does not fit (the source without its date).
        public var shortFooter: String
        public var style: Style
    }

    public var tiles: [Tile]

    public init(headlines: Headlines, dataset: Dataset, context: PanelContext) {
        let theme = context.theme
        func sources(_ list: [Source]) -> String { list.isEmpty ? "—" : list.map { context.text($0.label) }.joined(separator: "+") }
        func count(_ value: Int) -> String { NumberText.compact(Double(value), context.language) }
        func records(_ title: Label, _ value: Int, _ list: [Source], _ style: Style) -> Tile {
            Tile(title: context.text(title), value: count(value), footer: sources(list), shortFooter: sources(list), style: style)
        }
        var tiles = [
            records(Label(zh: "人选库", en: "Cadre pool"), headlines.pool, headlines.cadreSources, theme.accent),
            records(Label(zh: "已选拔使用", en: "Appointed"), headlines.appointed, headlines.cadreSources, theme.accent),
            records(Label(zh: "未办结诉求", en: "Open requests"), headlines.open, headlines.ticketSources, theme.warn),
            records(Label(zh: "超期诉求", en: "Overdue"), headlines.overdue, headlines.ticketSources, theme.danger),
        ]
        let reported = context.text(Source.reported.label)
        // Reported figures keep the article's qualifier; the unit is shown where it is a character or two (万人, %).
        func figure(_ title: Label, _ value: Double, _ qualifier: FigureQualifier?, unit: Label, asOf: String) -> Tile {
            let number = NumberText.compact(value, context.language)
            let qualified = qualifier.map { context.text($0 == .about ? "约 " : "", $0 == .about ? "about " : "over ") + number
                + context.text($0 == .over ? "余" : "", "") } ?? number
            let suffix = unit.en == "%" ? "%" : context.text(unit.zh, "")
            return Tile(title: context.text(title), value: qualified + suffix, footer: reported + " " + asOf, shortFooter: reported, style: theme.reported)
        }
        if let graduates = dataset.talent.first(where: { $0.id == "graduates.retained" }) {
            tiles.append(figure(Label(zh: "大学生留汉", en: "Graduates stayed"), graduates.value, graduates.qualifier, unit: graduates.unit,
                                asOf: graduates.asOf.description))
        }
        if let coverage = dataset.figures.first(where: { $0.id == "grassroots.coverage_nonpublic" }) {
            tiles.append(figure(Label(zh: "非公覆盖率", en: "Non-public coverage"), coverage.value, coverage.qualifier, unit: coverage.unit,
                                asOf: coverage.asOf))
        }
        self.tiles = tiles
    }

    /// Rows the tiles take on a body `height` rows high.
    public static func height(for height: Int) -> Int { height >= 50 ? 11 : height >= 36 ? 8 : height >= 28 ? 6 : 4 }

    public func render(_ area: Rect, into buffer: inout Buffer, context: PanelContext) {
        guard !area.isEmpty, !tiles.isEmpty else { return }
        let boxes = Layout.split(area, .horizontal, tiles.map { _ in .proportional(1) })
        let inner = boxes.map { Block().inner($0) }
        let narrowest = inner.map(\.width).min() ?? 0
        let font = BigNumber.font(fitting: tiles.map(\.value), width: narrowest, height: inner.first?.height ?? 0, captioned: false,
                                  ascii: context.theme.symbols.isASCII, words: context.titleFont)
        for (tile, box) in zip(tiles, boxes) {
            // The source goes in the bottom border: beside the title it squeezes both in a sixth of 80 columns.
            let block = Block(title: tile.title, footer: DisplayWidth.of(tile.footer) + 4 <= box.width ? tile.footer : tile.shortFooter)
            block.render(box, into: &buffer, theme: context.theme)
            BigNumber(text: tile.value, caption: nil, style: tile.style, maxRows: font?.rows ?? 0, words: context.titleFont)
                .render(block.inner(box), into: &buffer, theme: context.theme)
        }
    }
}
