extension OperationSpec {
    private static let reason = FieldSpec("reason", option: "--reason", metavar: "R", Label(zh: "理由", en: "Reason"))
    private static let text = FieldSpec("text", option: "--text", metavar: "T", Label(zh: "内容", en: "Text"))

    private static func cadre(_ id: String, command: String, _ title: Label, help: Label, fields: [FieldSpec] = [],
                              make: @escaping @Sendable (SpecValues) throws(SpecError) -> Operation,
                              standIn: @escaping @Sendable () -> Operation) -> OperationSpec {
        OperationSpec("cadre." + id, command: command, target: .cadre, title: title, help: help, fields: fields,
                      make: make, standIn: standIn)
    }

    static let cadreSpecs: [OperationSpec] = [
        cadre("review", command: "review", Label(zh: "开始考察", en: "Review"), help: Label(zh: "纳入考察(发现掌握 → 考察中)", en: "Take under review (discovered → under review)"),
              make: { _ in .review }, standIn: { .review }),
        cadre("appoint", command: "appoint", Label(zh: "任用", en: "Appoint"), help: Label(zh: "任用到岗位(需岗位)", en: "Appoint to a post (post required)"),
              fields: [FieldSpec("post", option: "--post", metavar: "P", Label(zh: "岗位", en: "Post"))],
              make: { v in .appoint(post: v.text("post")) }, standIn: { .appoint(post: "-") }),
        cadre("start_post", command: "start", Label(zh: "到岗", en: "Start in post"), help: Label(zh: "到岗履职(已任用 → 在岗)", en: "Start in post (appointed → in post)"),
              make: { _ in .startPost }, standIn: { .startPost }),
        cadre("add_points", command: "points", Label(zh: "月度加减分", en: "Monthly points"),
              help: Label(zh: "记月度加减分(月份、分值、理由)", en: "Add monthly plus/minus points (month, points, reason)"),
              fields: [
                  FieldSpec("month", option: "--month", metavar: "YYYY-MM", Label(zh: "月份", en: "Month"), kind: .month),
                  FieldSpec("delta", option: "--delta", metavar: "N", Label(zh: "分值", en: "Points"),
                            kind: .integer(-LifecycleRules.standard.maxPointDelta...LifecycleRules.standard.maxPointDelta)),
                  reason,
              ],
              make: { v throws(SpecError) in .addPoints(month: try v.month("month"), delta: try v.integer("delta"), reason: v.text("reason")) },
              standIn: { .addPoints(month: Month(year: 1, month: 1), delta: 1, reason: "-") }),
        cadre("warn", command: "warn", Label(zh: "预警", en: "Warn"), help: Label(zh: "记一次预警", en: "Record a warning"),
              fields: [text], make: { v in .warn(text: v.text("text")) }, standIn: { .warn(text: "-") }),
        cadre("record_accountability", command: "accountability", Label(zh: "问责", en: "Accountability"),
              help: Label(zh: "记一次问责(不作为)", en: "Record accountability for inaction"),
              fields: [FieldSpec("kind", option: "--kind", metavar: "talk|inquiry|admonish|reassign", Label(zh: "方式", en: "Kind"),
                                 kind: .choice(AccountabilityStep.allCases.map { Choice($0.label, value: $0.rawValue) })), text],
              make: { v throws(SpecError) in .recordAccountability(kind: try v.choice("kind", AccountabilityStep.self), text: v.text("text")) },
              standIn: { .recordAccountability(kind: .talk, text: "-") }),
        cadre("record_fault_tolerance", command: "tolerance", Label(zh: "容错纠错", en: "Fault tolerance"),
              help: Label(zh: "记一次容错纠错", en: "Record fault tolerance"),
              fields: [text], make: { v in .recordFaultTolerance(text: v.text("text")) }, standIn: { .recordFaultTolerance(text: "-") }),
        cadre("promote", command: "promote", Label(zh: "提拔", en: "Promote"), help: Label(zh: "提拔重用", en: "Promote"),
              make: { _ in .promote }, standIn: { .promote }),
        cadre("keep", command: "keep", Label(zh: "留任", en: "Keep"), help: Label(zh: "留任(在岗 → 留任)", en: "Keep in post"),
              make: { _ in .keep }, standIn: { .keep }),
        cadre("adjust_down", command: "adjust-down", Label(zh: "调整", en: "Adjust down"), help: Label(zh: "组织调整(需理由)", en: "Adjust down (reason required)"),
              fields: [reason], make: { v in .adjustDown(reason: v.text("reason")) }, standIn: { .adjustDown(reason: "-") }),
        cadre("remove", command: "remove", Label(zh: "出库", en: "Remove"), help: Label(zh: "移出人选库(需理由)", en: "Remove from the pool (reason required)"),
              fields: [reason], make: { v in .remove(reason: v.text("reason")) }, standIn: { .remove(reason: "-") }),
    ]
}
