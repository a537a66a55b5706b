import Domain
import TermUI

/// The columns of the talent indicator table.
public enum TalentColumns {
    public static let all: [ColumnSpec<TalentIndicator>] = [
        ColumnSpec(Label(zh: "工程", en: "Project"), min: 6, max: 24, text: { t, c in c.text(t.project.label) }),
        ColumnSpec(Label(zh: "指标", en: "Indicator"), min: 10, max: 40, weight: 1, text: { t, c in c.text(t.label) }),
        ColumnSpec(Label(zh: "数值", en: "Value"), min: 12, max: 14, alignRight: true,
                   text: { t, c in c.qualified(t.value, t.qualifier) }, sortKey: { t, _ in .number(t.value) }),
        ColumnSpec(Label(zh: "单位", en: "Unit"), min: 4, max: 10, text: { t, c in c.text(t.unit) }),
        ColumnSpec(Label(zh: "目标", en: "Goal"), min: 4, max: 12, alignRight: true,
                   text: { t, c in t.goal.map { c.number($0) } ?? "—" }, sortKey: { t, _ in .number(t.goal ?? -1) }),
        ColumnSpec(Label(zh: "完成", en: "Progress"), min: 4, max: 8, alignRight: true,
                   text: { t, _ in t.progress.map { Format.fixed($0 * 100, decimals: 0) + "%" } ?? "—" },
                   sortKey: { t, _ in .number(t.progress ?? -1) }),
        ColumnSpec(Label(zh: "截至", en: "As of"), min: 7, max: 7, text: { t, _ in t.asOf.description }),
        ColumnSpec(Label(zh: "来源", en: "Source"), min: 4, max: 10, text: { t, c in c.text(t.source.label) },
                   style: { t, c in t.source == .reported ? c.theme.reported : c.theme.synthetic }),
    ]
}
