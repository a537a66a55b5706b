import Domain
import TermUI

/// The columns of the reported-figures table: every figure the article gives, with its
/// qualifier, unit, date and source.
public enum FigureColumns {
    public static let all: [ColumnSpec<ReportedFigure>] = [
        ColumnSpec(Label(zh: "领域", en: "Area"), min: 4, max: 10, text: { f, c in c.text(f.area.label) }),
        ColumnSpec(Label(zh: "数据", en: "Figure"), min: 10, max: 60, weight: 1, text: { f, c in c.text(f.label) }),
        ColumnSpec(Label(zh: "数值", en: "Value"), min: 6, max: 12, alignRight: true,
                   text: { f, c in c.figure(f) }, sortKey: { f, _ in .number(f.value) }),
        ColumnSpec(Label(zh: "单位", en: "Unit"), min: 2, max: 10, text: { f, c in c.text(f.unit) }),
        ColumnSpec(Label(zh: "时间", en: "As of"), min: 7, max: 10, text: { f, _ in f.asOf }),
        ColumnSpec(Label(zh: "来源", en: "Source"), min: 4, max: 10, text: { f, c in c.text(f.source.label) },
                   style: { f, c in f.source == .reported ? c.theme.reported : c.theme.synthetic }),
    ]
}
