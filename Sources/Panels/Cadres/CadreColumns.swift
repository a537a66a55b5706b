import Domain
import TermUI

/// The columns of the lion-type cadre pool table.
public enum CadreColumns {
    public static let all: [ColumnSpec<Cadre>] = [
        ColumnSpec(Label(zh: "编号", en: "ID"), min: 7, max: 7, text: { c, _ in c.id }),
        ColumnSpec(Label(zh: "姓名", en: "Name"), min: 6, max: 10, text: { c, _ in c.name }),
        ColumnSpec(Label(zh: "性别", en: "Sex"), min: 3, max: 6, text: { c, ctx in ctx.text(c.gender.label) }),
        // The birth year, not an age: the pool's records are dated (the article's 2018), so an
        // age counted from today would mislead.
        ColumnSpec(Label(zh: "出生", en: "Born"), min: 5, max: 5, alignRight: true,
                   text: { c, _ in String(c.birthYear) }, sortKey: { c, _ in .number(Double(c.birthYear)) }),
        ColumnSpec(Label(zh: "人选库", en: "Pool"), min: 4, max: 10,
                   text: { c, ctx in c.district ?? ctx.text(c.pool.label) }),
        ColumnSpec(Label(zh: "阶段", en: "Stage"), min: 4, max: 13, text: { c, ctx in ctx.text(c.stage.label) }),
        ColumnSpec(Label(zh: "五项", en: "Crit."), min: 5, max: 7, text: { c, ctx in criteriaBars(c.scores, ctx) },
                   sortKey: { c, _ in .number(Criterion.allCases.map { c.scores[$0] }.min() ?? 0) }),
        ColumnSpec(Label(zh: "五项均分", en: "Score"), min: 5, max: 8, alignRight: true,
                   text: { c, _ in Format.fixed(c.scores.mean, decimals: 1) },
                   sortKey: { c, _ in .number(c.scores.mean) }),
        ColumnSpec(Label(zh: "积分", en: "Pts"), min: 4, max: 6, alignRight: true,
                   text: { c, _ in String(c.pointsTotal) }, sortKey: { c, _ in .number(Double(c.pointsTotal)) }),
        ColumnSpec(Label(zh: "预警", en: "Warn"), min: 4, max: 4, alignRight: true,
                   text: { c, _ in c.warnings.isEmpty ? "" : String(c.warnings.count) },
                   style: { c, ctx in c.warnings.isEmpty ? nil : ctx.theme.warn }, sortKey: { c, _ in .number(Double(c.warnings.count)) }),
        ColumnSpec(Label(zh: "单位/岗位", en: "Unit / post"), min: 8, max: 60, weight: 1,
                   text: { c, _ in c.post.map { c.unit + " · " + $0 } ?? c.unit }),
    ]

    /// The lowest score a criteria bar shows: the pool's scores lie between 50 and 100, and a scale
    /// from 0 would draw them all alike. The panel's legend says so.
    public static let barFloor = 50.0

    /// The five criteria as one bar each, in their order (忠 思 谋 担 绩), from 50 to 100 points.
    public static func criteriaBars(_ scores: CriteriaScores, _ context: PanelContext) -> String {
        let sparks = context.theme.symbols.sparks
        guard !sparks.isEmpty else { return "" }
        return Criterion.allCases.map { criterion in
            let share = (scores[criterion] - barFloor) / (CriteriaScores.range.upperBound - barFloor)
            return sparks[Int((min(max(share, 0), 1) * Double(sparks.count - 1)).rounded())]
        }.joined()
    }
}
