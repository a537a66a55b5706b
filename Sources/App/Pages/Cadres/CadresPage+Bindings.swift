import Domain
import Panels
import TermUI

extension CadresPage {
    /// The keys of each cadre operation, by spec id; the consequential ones (promote, adjust,
    /// remove) are capitals.
    private static let operationKeys: [(id: String, key: Key, bar: BarPlacement, barLabel: Label?)] = [
        ("cadre.review", .char("v"), .never, nil),
        ("cadre.appoint", .char("a"), .always, Label(zh: "任用", en: "Appoint")),
        ("cadre.start_post", .char("i"), .never, nil),
        ("cadre.add_points", .char("p"), .always, Label(zh: "加减分", en: "Points")),
        ("cadre.warn", .char("W"), .modes([PageMode.detail]), Label(zh: "预警", en: "Warn")),
        ("cadre.record_accountability", .char("A"), .never, nil),
        ("cadre.record_fault_tolerance", .char("T"), .never, nil),
        ("cadre.promote", .char("P"), .never, nil),
        ("cadre.keep", .char("K"), .never, nil),
        ("cadre.adjust_down", .char("D"), .modes([PageMode.detail]), Label(zh: "调整", en: "Adjust")),
        ("cadre.remove", .char("X"), .never, nil),
    ]

    public static let catalogue: [Binding<CadreCommand>] = {
        let browse: Set = [PageMode.browse]
        let group = BindingGroup.pool
        let bindings: [Binding<CadreCommand>] = [
            Binding("cadres.back", [.escape], .back, Label(zh: "返回人选库;清除筛选", en: "Back to the pool; clear filters"),
                    group: group, bar: .modes([PageMode.detail]), barLabel: Label(zh: "返回", en: "Back")),
        ] + TableCommand.bindings(sortModes: browse).map { $0.map(CadreCommand.table) } + [
            Binding("cadres.open", [.enter], .openDetail, Label(zh: "打开干部档案", en: "Open the cadre's record"), group: group,
                    bar: .always, barLabel: Label(zh: "档案", en: "Record"), modes: browse),
            Binding("cadres.search", [.char("/")], .startSearch, Label(zh: "搜索姓名、编号、单位、岗位", en: "Search name, id, unit, post"),
                    group: group, bar: .always, barLabel: Label(zh: "搜索", en: "Search"), modes: browse),
            Binding("cadres.filter", [.char("f")], .openFilterMenu,
                    Label(zh: "筛选:阶段、人选库、区、预警、积分、单项分", en: "Filter by stage, pool, district, warnings, points"),
                    group: group, bar: .always, barLabel: Label(zh: "筛选", en: "Filter"), modes: browse),
            Binding("cadres.warned", [.char("w")], .toggleWarned, Label(zh: "只看有预警的", en: "Warned only"), group: group, modes: browse),
            Binding("cadres.first_batch", [.char("b")], .toggleFirstBatch, Label(zh: "只看首批 108 人", en: "First batch only"), group: group, modes: browse),
            Binding("cadres.clear", [.char("c")], .clearFilters, Label(zh: "清除全部筛选", en: "Clear all filters"), group: group, modes: browse),
        ]
        let operations = operationKeys.compactMap { entry -> Binding<CadreCommand>? in
            guard let spec = OperationSpec.named(entry.id) else { return nil }
            return Binding("cadres." + spec.id, [entry.key], .operation(spec.id), spec.help, group: .cadre, bar: entry.bar, barLabel: entry.barLabel)
        }
        return bindings + operations
    }()

    /// Why a command cannot run now: the user's role (supervisors only), no cadre to act on, or
    /// the cadre's stage (the domain's own rules, dry-run on the cadre alone).
    public func disabledReason(_ command: CadreCommand, _ env: PageEnvironment) -> String? {
        guard case .operation(let id) = command, let spec = OperationSpec.named(id) else { return nil }
        if let refusal = env.session.refusal(for: spec.target) { return env.context.text(refusal) }
        guard let cadre = actingOn(env) else { return env.text("没有选中的干部", "No cadre selected") }
        return env.dataset.precheck(spec, recordID: cadre.id, actor: env.session.actor, at: env.now)?.message(env.context.language)
    }
}
