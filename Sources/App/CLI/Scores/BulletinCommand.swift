import Foundation
import Domain
import Panels

/// `zugong bulletin --quarter 2018Q3 | --half 2018H1 [--json]`: the quarterly bulletin or the
/// half-year evaluation as text for a report: each kind ranked by its overall average, the four
/// special assessments beside it, the move since the period before, and the biggest movers.
public enum BulletinCommand {
    public static let spec = CommandSpec("bulletin", valued: ["--quarter", "--half"], flags: ["--json"]) { context in
        let arguments = context.arguments
        let given = [arguments.options["--quarter"], arguments.options["--half"]].compactMap { $0 }
        guard given.count == 1, let word = given.first else { throw CommandLineError(zh: "用法:bulletin --quarter 2018Q3 | --half 2018H1 [--json]", en: "usage: bulletin --quarter 2018Q3 | --half 2018H1 [--json]") }
        guard let period = Bulletin.Period(word), arguments.options["--quarter"] == nil || word.uppercased().contains("Q"),
              arguments.options["--half"] == nil || word.uppercased().contains("H") else {
            throw arguments.options["--quarter"] != nil
                ? CommandLineError(zh: "--quarter 取 YYYYQn(n 为 1–4),而非“\(word)”", en: "--quarter takes YYYYQn (n 1–4), not '\(word)'")
                : CommandLineError(zh: "--half 取 YYYYHn(n 为 1 或 2),而非“\(word)”", en: "--half takes YYYYHn (n 1 or 2), not '\(word)'")
        }
        let language = try DisplayOptions.resolve(arguments, environment: context.environment).language
        let store = try DataSession.open(context)
        let bulletin = Bulletin(units: store.dataset.units, period: period)
        func text(_ zh: String, _ en: String) -> String { language == .zh ? zh : en }
        if arguments.has("--json") {
            context.output.out(try TicketCommandLine.json(bulletin.rows.map { row in
                BulletinRecord(unit: row.unitID, name: row.name.text(language), kind: row.kind.rawValue, rank: row.rank, previousRank: row.previousRank,
                               averages: Dictionary(uniqueKeysWithValues: zip(ReportCard.allCases, row.averages).map { ($0.rawValue, $1.map { ($0 * 10).rounded() / 10 }) }))
            }))
            return 0
        }
        let sources = ScoreBoard.sources(store.dataset.units).map { $0.label.text(language) }
        context.output.out(bulletin.period.label.text(language) + text("(月份 ", " (months ") + period.months.map(\.description).joined(separator: ", ")
                           + text(";", "; ") + sources.joined(separator: " + ") + text(")", ")"))
        for kind in UnitKind.allCases {
            let rows = bulletin.rows.filter { $0.kind == kind }
            guard !rows.isEmpty else { continue }
            context.output.out("")
            context.output.out(kind.label.text(language))
            let header = [text("名次", "RANK"), text("变化", "MOVE"), text("单位", "UNIT")] + ReportCard.allCases.map { $0.shortLabel.text(language) }
            let table = rows.map { row in
                let move: String = row.move.map { $0 > 0 ? "+\($0)" : $0 < 0 ? String($0) : "=" } ?? ""
                let averages: [String] = row.averages.map { $0.map { Format.fixed($0, decimals: 1) } ?? "—" }
                return [row.rank.map(String.init) ?? "—", move, row.name.text(language)] + averages
            }
            PlainTable.lines(header: header, rows: table, limits: [4, 4, 24, 7, 7, 7, 7], rightAligned: [0, 1, 3, 4, 5, 6, 7]).forEach(context.output.out)
        }
        let movers = bulletin.movers()
        context.output.out("")
        context.output.out(text("进步最大:", "Most improved: ") + movers.up.map { $0.name.text(language) + " +\($0.move ?? 0)" }.joined(separator: text("、", ", ")))
        context.output.out(text("退步最大:", "Fell most: ") + movers.down.map { $0.name.text(language) + " \($0.move ?? 0)" }.joined(separator: text("、", ", ")))
        return 0
    }
}

struct BulletinRecord: Encodable {
    var unit: String
    var name: String
    var kind: String
    var rank: Int?
    var previousRank: Int?
    var averages: [String: Double?]
}
