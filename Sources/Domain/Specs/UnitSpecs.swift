extension OperationSpec {
    static let unitSpecs: [OperationSpec] = [
        OperationSpec("unit.set_report_card", command: "set", target: .unit, title: Label(zh: "录入成绩", en: "Enter a score"),
                      help: Label(zh: "录入单位某月某张成绩单的得分", en: "Enter a unit's score on one report card for one month"),
                      fields: [
                          FieldSpec("month", option: "--month", metavar: "YYYY-MM", Label(zh: "月份", en: "Month"), kind: .month),
                          FieldSpec("card", option: "--card", metavar: "C", Label(zh: "成绩单", en: "Card"),
                                    kind: .choice(ReportCard.allCases.map { Choice($0.label, value: $0.rawValue) })),
                          FieldSpec("score", option: "--score", metavar: "S", Label(zh: "得分", en: "Score"), kind: .decimal(0...100)),
                      ],
                      make: { v throws(SpecError) in
                          .setReportCard(month: try v.month("month"), card: try v.choice("card", ReportCard.self), score: try v.decimal("score"))
                      },
                      standIn: { .setReportCard(month: Month(year: 1, month: 1), card: .overall, score: 0) }),
    ]
}
