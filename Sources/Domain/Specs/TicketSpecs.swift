extension OperationSpec {
    private static let reason = Label(zh: "理由", en: "Reason")

    private static func ticket(_ id: String, command: String? = nil, variant: (option: String, value: String)? = nil,
                               _ title: Label, help: Label, fields: [FieldSpec] = [], needsRecord: Bool = true,
                               make: @escaping @Sendable (SpecValues) throws(SpecError) -> Operation,
                               standIn: @escaping @Sendable () -> Operation) -> OperationSpec {
        OperationSpec("ticket." + id, command: command ?? id, variant: variant, target: .ticket, title: title, help: help,
                      fields: fields, needsRecord: needsRecord, make: make, standIn: standIn)
    }

    static let ticketSpecs: [OperationSpec] = [
        ticket("create", command: "new", Label(zh: "新建工单", en: "New ticket"), help: Label(zh: "新建工单", en: "New ticket"),
               fields: [
                   FieldSpec("title", option: "--title", metavar: "T", Label(zh: "标题", en: "Title")),
                   FieldSpec("description", option: "--description", metavar: "D", Label(zh: "描述", en: "Description"), required: false),
                   FieldSpec("location", option: "--place", metavar: "区/街/社区/网格", Label(zh: "位置", en: "Place"), required: false),
                   FieldSpec("reporter", option: "--reporter", metavar: "NAME", Label(zh: "报告人", en: "Reporter"), required: false),
                   FieldSpec("phone", option: "--phone", metavar: "P", Label(zh: "电话", en: "Phone"), required: false),
                   FieldSpec("urgent", option: "--urgent", metavar: "yes", Label(zh: "紧急", en: "Urgent"), required: false,
                             kind: .choice([Choice(Label(zh: "否", en: "no"), value: ""), Choice(Label(zh: "是", en: "yes"), value: "yes")])),
               ], needsRecord: false,
               make: { v in
                   let location = TicketLocation(path: v.text("location"))
                   return .create(NewTicket(title: v.text("title"), description: v.text("description"), urgent: v.text("urgent") == "yes",
                                            location: location, reporterName: v.text("reporter"), reporterPhone: v.text("phone")))
               },
               standIn: { .create(NewTicket(title: "-", description: "", urgent: false, location: TicketLocation(district: "-", street: "", community: "", grid: ""),
                                            reporterName: "", reporterPhone: "")) }),
        ticket("classify", Label(zh: "分类定级", en: "Classify"), help: Label(zh: "分类定级", en: "Classify (category, level)"),
               fields: [
                   FieldSpec("category", option: "--category", metavar: "C", Label(zh: "类别", en: "Category"),
                             kind: .choice(TicketCategory.allCases.map { Choice($0.label, value: $0.rawValue) })),
                   FieldSpec("level", option: "--level", metavar: "L", Label(zh: "级别", en: "Level"),
                             kind: .choice(TicketLevel.allCases.map { Choice($0.label, value: $0.rawValue) })),
               ],
               make: { v throws(SpecError) in .classify(category: try v.choice("category", TicketCategory.self), level: try v.choice("level", TicketLevel.self)) },
               standIn: { .classify(category: .other, level: .grid) }),
        ticket("assign", Label(zh: "派单", en: "Assign"), help: Label(zh: "派单", en: "Assign"),
               fields: [FieldSpec("worker", option: "--to", metavar: "WORKER", Label(zh: "派给", en: "Assign to"), kind: .worker)],
               make: { v in .assign(to: v.text("worker")) }, standIn: { .assign(to: "") }),
        ticket("claim", Label(zh: "认领", en: "Claim"), help: Label(zh: "认领(我来办)", en: "Claim (I am on it)"),
               make: { _ in .claim }, standIn: { .claim }),
        ticket("start", Label(zh: "开始处理", en: "Start work"), help: Label(zh: "开始处理", en: "Start work"),
               make: { _ in .start }, standIn: { .start }),
        ticket("escalate", Label(zh: "升级办理", en: "Escalate"), help: Label(zh: "升级到上一级办理(需理由)", en: "Escalate (reason required)"),
               fields: [FieldSpec("reason", option: "--reason", metavar: "R", reason)],
               make: { v in .escalate(reason: v.text("reason")) }, standIn: { .escalate(reason: "-") }),
        ticket("resolve", Label(zh: "办结", en: "Resolve"), help: Label(zh: "办结(需办理说明)", en: "Resolve (note required)"),
               fields: [FieldSpec("note", option: "--note", metavar: "N", Label(zh: "办理说明", en: "Resolution"))],
               make: { v in .resolve(note: v.text("note")) }, standIn: { .resolve(note: "-") }),
        ticket("rate", Label(zh: "居民评价", en: "Rate"), help: Label(zh: "居民评价 1–5(2 分及以下重新打开)", en: "Rate 1–5 (2 or less reopens)"),
               fields: [
                   FieldSpec("score", option: "--score", metavar: "K", Label(zh: "评分", en: "Score"), kind: .integer(1...5)),
                   FieldSpec("comment", option: "--comment", metavar: "C", Label(zh: "评语", en: "Comment"), required: false),
               ],
               make: { v throws(SpecError) in .rate(score: try v.integer("score"), comment: v.optionalText("comment")) },
               standIn: { .rate(score: 5, comment: nil) }),
        ticket("reopen", Label(zh: "重新打开", en: "Reopen"), help: Label(zh: "重新打开(需理由)", en: "Reopen (reason required)"),
               fields: [FieldSpec("reason", option: "--reason", metavar: "R", reason)],
               make: { v in .reopen(reason: v.text("reason")) }, standIn: { .reopen(reason: "-") }),
        ticket("close_duplicate", command: "close", variant: ("--as", "duplicate"), Label(zh: "作为重复件关闭", en: "Close as duplicate"),
               help: Label(zh: "作为重复件关闭", en: "Close as duplicate of another ticket"),
               fields: [FieldSpec("original", option: "--of", metavar: "ID2", Label(zh: "原工单编号", en: "Original ticket"), kind: .ticket)],
               make: { v throws(SpecError) in .closeDuplicate(of: Dataset.ticketID(typed: try v.nonBlank("original"))) },
               standIn: { .closeDuplicate(of: "") }),
        ticket("close_invalid", command: "close", variant: ("--as", "invalid"), Label(zh: "作为无效件关闭", en: "Close as invalid"),
               help: Label(zh: "作为无效件关闭(需理由)", en: "Close as invalid (reason required)"),
               fields: [FieldSpec("reason", option: "--reason", metavar: "R", reason)],
               make: { v in .closeInvalid(reason: v.text("reason")) }, standIn: { .closeInvalid(reason: "-") }),
        ticket("note", Label(zh: "添加备注", en: "Add note"), help: Label(zh: "添加备注", en: "Add a note"),
               fields: [FieldSpec("text", option: nil, metavar: "TEXT", Label(zh: "备注", en: "Note"))],
               make: { v in .note(text: v.text("text")) }, standIn: { .note(text: "-") }),
    ]
}
