import Foundation
import Domain
import Panels

/// `zugong figures [--area cadres|grassroots|talent] [--json|--csv]`: every reported figure with
/// its qualifier, unit, dates, source and the article's words.
public enum FiguresCommand {
    public static let spec = CommandSpec("figures", valued: ["--area"], flags: ["--json", "--csv"]) { context in
        let arguments = context.arguments
        let format = try ListFormat.of(arguments)
        let area = try arguments.options["--area"].map { text throws(CommandLineError) in
            guard let area = FigureArea(rawValue: text) else {
                throw CommandLineError(zh: "--area 取 \(FigureArea.allCases.map(\.rawValue).joined(separator: "、")),而非“\(text)”",
                                       en: "--area takes \(FigureArea.allCases.map(\.rawValue).joined(separator: ", ")), not '\(text)'")
            }
            return area
        }
        let language = try DisplayOptions.resolve(arguments, environment: context.environment).language
        let store = try DataSession.open(context)
        let figures = store.dataset.figures.filter { area == nil || $0.area == area }
        let number = { (value: Double) in NumberText.plain(value, grouped: false) }
        switch format {
        case .json:
            context.output.out(try TicketCommandLine.json(figures.map {
                FigureRecord(id: $0.id, area: $0.area.rawValue, label: $0.label.text(language), value: $0.value, qualifier: $0.qualifier?.rawValue,
                             unit: $0.unit.text(language), asOf: $0.asOf, since: $0.since, source: $0.source.rawValue, excerpt: $0.excerpt)
            }))
        case .csv:
            ([CSVText.row(["id", "area", "label_zh", "label_en", "value", "qualifier", "unit_zh", "unit_en", "as_of", "since", "source", "excerpt"])]
             + figures.map {
                CSVText.row([$0.id, $0.area.rawValue, $0.label.zh, $0.label.en, number($0.value), $0.qualifier?.rawValue ?? "", $0.unit.zh, $0.unit.en,
                             $0.asOf, $0.since ?? "", $0.source.rawValue, $0.excerpt ?? ""])
             }).forEach(context.output.out)
        case .table:
            let context2 = PanelContext(theme: .make(tier: .monochrome), language: language, now: context.now)
            let zh = language == .zh
            PlainTable.lines(header: [zh ? "领域" : "AREA", zh ? "数据" : "FIGURE", zh ? "数值" : "VALUE", zh ? "单位" : "UNIT", zh ? "时间" : "AS OF",
                                      zh ? "原文" : "THE ARTICLE"],
                             rows: figures.map { [$0.area.label.text(language), $0.label.text(language), context2.figure($0), $0.unit.text(language),
                                                  $0.asOf, $0.excerpt ?? "—"] },
                             limits: [10, 30, 12, 8, 10], rightAligned: [2]).forEach(context.output.out)
        }
        return 0
    }
}

struct FigureRecord: Encodable {
    var id: String
    var area: String
    var label: String
    var value: Double
    var qualifier: String?
    var unit: String
    var asOf: String
    var since: String?
    var source: String
    var excerpt: String?
}
