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
        ColumnSpec(Label(zh: "五项均分", en: "Score"), min: 5, max: 8, alignRight: true,
                   text: { c, _ in Format.fixed(c.scores.mean, decimals: 1) },
                   sortKey: { c, _ in .number(c.scores.mean) }),
        ColumnSpec(Label(zh: "积分", en: "Points"), min: 4, max: 6, alignRight: true,
                   text: { c, _ in String(c.monthlyPoints.reduce(0) { $0 + $1.delta }) },
                   sortKey: { c, _ in .number(Double(c.monthlyPoints.reduce(0) { $0 + $1.delta })) }),
        ColumnSpec(Label(zh: "单位/岗位", en: "Unit / post"), min: 8, max: 60, weight: 1,
                   text: { c, _ in c.post.map { c.unit + " · " + $0 } ?? c.unit }),
    ]
}
