import Domain
import TermUI

/// The columns of the units × cards matrix: the overall rank and its change since last month, the
/// unit, each card's score with its grade mark and rank, and the warning's next step.
public enum ScoreColumns {
    public static let all: [ColumnSpec<ScoreBoard.Row>] = [
        ColumnSpec(Label(zh: "名次", en: "Rank"), min: 5, max: 5, alignRight: true,
                   text: { r, _ in r.overallRank.map(String.init) ?? "—" }, sortKey: { r, _ in .number(Double(r.overallRank ?? Int.max)) }),
        ColumnSpec(Label(zh: "变化", en: "Move"), min: 4, max: 5, alignRight: true, text: { r, ctx in change(r.rankChange, ctx) },
                   style: { r, ctx in (r.rankChange ?? 0) > 0 ? ctx.theme.ok : (r.rankChange ?? 0) < 0 ? ctx.theme.danger : nil },
                   sortKey: { r, _ in .number(Double(r.rankChange ?? 0)) }),
        ColumnSpec(Label(zh: "单位", en: "Unit"), min: 6, max: 24, weight: 1, text: { r, ctx in ctx.text(r.name) }),
    ] + ReportCard.allCases.indices.map { i in
        ColumnSpec(ReportCard.allCases[i].shortLabel, min: 9, max: 10, alignRight: true,
                   text: { r, ctx in cell(r.scores[i], rank: r.ranks[i], ctx) },
                   style: { r, ctx in r.scores[i].map { heat.style(heat.step($0) ?? 0, theme: ctx.theme) } },
                   sortKey: { r, _ in .number(-(r.scores[i] ?? -1)) })
    } + [
        ColumnSpec(Label(zh: "预警", en: "Warning"), min: 4, max: 18, text: { r, ctx in r.warning.map { ctx.text($0.step.label) } ?? "" },
                   style: { r, ctx in r.warning == nil ? nil : ctx.theme.danger }, sortKey: { r, _ in .number(-Double(r.warning?.monthsRunning ?? 0)) }),
    ]

    /// "88.1良 3": the score, its grade mark and its rank on the card.
    public static func cell(_ score: Double?, rank: Int?, _ context: PanelContext) -> String {
        guard let score else { return "—" }
        return Format.fixed(score, decimals: 1) + context.text(ScoreGrade(score).mark) + " " + (rank.map(String.init) ?? "—")
    }

    /// "▲3", "▼2", "=": places moved since last month.
    static func change(_ places: Int?, _ context: PanelContext) -> String {
        guard let places else { return "" }
        let symbols = context.theme.symbols
        return places > 0 ? symbols.sortAscending + "\(places)" : places < 0 ? symbols.sortDescending + "\(-places)" : "="
    }

    /// Scores from 60 (the failing line) to 100 on a red-to-green scale; the grade mark beside the
    /// score carries the step in monochrome, where the scale falls back to dim, bold and reverse.
    static let heat = HeatScale(low: 60, high: 100, ramp: .diverging)
}
