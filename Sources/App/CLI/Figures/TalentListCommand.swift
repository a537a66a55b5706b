import Foundation
import Domain
import Panels

/// `zugong talent [--json|--csv]`: the talent indicators with goal, progress and their monthly
/// series (the JSON carries the series; the table and CSV the headline values).
public enum TalentListCommand {
    public static let spec = CommandSpec("talent", flags: ["--json", "--csv"]) { context in
        let arguments = context.arguments
        let format = try ListFormat.of(arguments)
        let language = try DisplayOptions.resolve(arguments, environment: context.environment).language
        let store = try DataSession.open(context)
        let indicators = store.dataset.talent
        let number = { (value: Double) in NumberText.plain(value, grouped: false) }
        switch format {
        case .json:
            context.output.out(try TicketCommandLine.json(indicators.map { t in
                TalentRecord(id: t.id, project: t.project.rawValue, label: t.label.text(language), value: t.value, qualifier: t.qualifier?.rawValue,
                             unit: t.unit.text(language), asOf: t.asOf.description, since: t.since, goal: t.goal, progress: t.progress,
                             source: t.source.rawValue, excerpt: t.excerpt,
                             series: t.series.map { TalentRecord.Point(month: $0.month.description, value: $0.value, source: $0.source.rawValue) })
            }))
        case .csv:
            ([CSVText.row(["id", "project", "label_zh", "label_en", "value", "qualifier", "unit_zh", "unit_en", "as_of", "since", "goal", "progress",
                           "source", "series_months", "series_source"])]
             + indicators.map { t in
                CSVText.row([t.id, t.project.rawValue, t.label.zh, t.label.en, number(t.value), t.qualifier?.rawValue ?? "", t.unit.zh, t.unit.en,
                             t.asOf.description, t.since ?? "", t.goal.map(number) ?? "", t.progress.map { String(format: "%.4f", $0) } ?? "",
                             t.source.rawValue, String(t.series.count), Source.present(count: t.series.count) { t.series[$0].source }.map(\.rawValue).joined(separator: "+")])
             }).forEach(context.output.out)
        case .table:
            let panel = PanelContext(theme: .make(tier: .monochrome), language: language, now: context.now)
            let zh = language == .zh
            PlainTable.lines(header: [zh ? "工程" : "PROJECT", zh ? "指标" : "INDICATOR", zh ? "数值" : "VALUE", zh ? "单位" : "UNIT",
                                      zh ? "目标" : "GOAL", zh ? "完成" : "PROGRESS", zh ? "截至" : "AS OF"],
                             rows: indicators.map { t in
                                 [t.project.label.text(language), t.label.text(language), panel.qualified(t.value, t.qualifier), t.unit.text(language),
                                  t.goal.map { panel.number($0) } ?? "—", t.progress.map { Format.fixed($0 * 100, decimals: 0) + "%" } ?? "—",
                                  t.asOf.description]
                             },
                             limits: [18, 30, 14, 12, 10, 8], rightAligned: [2, 4, 5]).forEach(context.output.out)
            context.output.out(zh ? "月度序列为模拟数据,末点为报道值;序列与原文见 zugong talent --json" : "Monthly series are synthetic, ending at the reported value; the series and the article's words: zugong talent --json")
        }
        return 0
    }
}

struct TalentRecord: Encodable {
    struct Point: Encodable {
        var month: String
        var value: Double
        var source: String
    }

    var id: String
    var project: String
    var label: String
    var value: Double
    var qualifier: String?
    var unit: String
    var asOf: String
    var since: String?
    var goal: Double?
    var progress: Double?
    var source: String
    var excerpt: String?
    var series: [Point]
}
