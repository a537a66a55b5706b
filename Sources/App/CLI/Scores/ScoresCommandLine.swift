import Foundation
import Domain
import Panels
import Store

/// `zugong scores [--month M] [--kind K] [--card C] [--json|--csv]`: one month's report cards;
/// `scores set UNIT --month M --card C --score S [--rev N]`: one score, built from its operation
/// spec; `scores import FILE.csv`: many, checked line by line first, all or nothing.
public enum ScoresCommandLine {
    static let valued = OperationCommandLine.options(.unit).union(["--kind"])
    static let flags: Set<String> = ["--json", "--csv"]

    public static let spec = CommandSpec("scores", valued: valued, flags: flags, takesPositionals: true) { context in
        let words = context.arguments.positionals
        switch words.first {
        case nil: return try list(context)
        case "import": return try importFile(context, words: Array(words.dropFirst()))
        case let name?:
            guard let code = try OperationCommandLine.run(name, .unit, context, words: Array(words.dropFirst()),
                                                          commandOptions: valued.union(flags)) else {
                throw CommandLineError(zh: "scores 没有子命令“\(name)”:用 set 或 import,不带子命令则列出", en: "unknown scores subcommand '\(name)'; use set or import, or no subcommand to list")
            }
            return code
        }
    }

    static func list(_ context: CommandContext) throws -> Int32 {
        let arguments = context.arguments
        try OperationCommandLine.allowOnly(["--month", "--kind", "--card", "--json", "--csv"], of: valued.union(flags), arguments, in: "scores")
        let format = try ListFormat.of(arguments)
        let chosenMonth = try arguments.options["--month"].map { text throws(CommandLineError) in try UnitLookup.month(text) }
        let kinds = try arguments.options["--kind"].map { text throws(CommandLineError) in [try UnitLookup.kind(text)] } ?? UnitKind.allCases
        let cards = try arguments.options["--card"].map { text throws(CommandLineError) in [try UnitLookup.card(text)] } ?? ReportCard.allCases
        let language = try DisplayOptions.resolve(arguments, environment: context.environment).language
        let store = try DataSession.open(context)
        let units = store.dataset.units
        guard let month = chosenMonth ?? ScoreBoard.months(units).last else {
            context.output.err(language == .zh ? "zugong: 尚无成绩" : "zugong: no scores yet")
            return 1
        }
        let boards = kinds.map { ScoreBoard(units: units, month: month, kind: $0, warnings: []) }
        let columns = cards.compactMap { ReportCard.allCases.firstIndex(of: $0) }
        if format == .json {
            let records = boards.flatMap { board in board.rows.map { row in
                ScoreRecord(unit: row.unitID, name: row.name.text(language), kind: board.kind.rawValue, month: month.description,
                            cards: Dictionary(uniqueKeysWithValues: columns.map { (ReportCard.allCases[$0].rawValue, ScoreRecord.Card(score: row.scores[$0], rank: row.ranks[$0])) }))
            } }
            context.output.out(try TicketCommandLine.json(records))
        } else if format == .csv {
            var lines = [CSVText.row(["unit", "name", "kind", "month", "card", "score", "rank"])]
            for board in boards {
                for row in board.rows {
                    for i in columns {
                        lines.append(CSVText.row([row.unitID, row.name.text(language), board.kind.rawValue, month.description, ReportCard.allCases[i].rawValue,
                                                  row.scores[i].map { NumberText.format($0, .en) } ?? "", row.ranks[i].map(String.init) ?? ""]))
                    }
                }
            }
            lines.forEach(context.output.out)
        } else {
            let panel = PanelContext(theme: .make(tier: .monochrome), language: language, now: context.now)
            for board in boards {
                context.output.out(month.description + " · " + board.kind.label.text(language))
                let header = [language == .zh ? "名次" : "RANK", language == .zh ? "单位" : "UNIT"] + columns.map { ReportCard.allCases[$0].shortLabel.text(language) }
                let rows = board.rows.map { row in
                    [row.overallRank.map(String.init) ?? "—", row.name.text(language)] + columns.map { ScoreColumns.cell(row.scores[$0], rank: row.ranks[$0], panel) }
                }
                PlainTable.lines(header: header, rows: rows, limits: [4, 24] + columns.dropLast().map { _ in 10 },
                                 rightAligned: Set(0..<(columns.count + 2)).subtracting([1])).forEach(context.output.out)
                context.output.out("")
            }
            context.output.out(ScoreGrade.legend(language))
        }
        return 0
    }

    /// Every line is checked before anything is written; one bad line writes nothing.
    static func importFile(_ context: CommandContext, words: [String]) throws -> Int32 {
        try OperationCommandLine.allowOnly([], of: valued.union(flags), context.arguments, in: "scores import")
        guard words.count == 1, let path = words.first else { throw CommandLineError(zh: "用法:scores import FILE.csv", en: "usage: scores import FILE.csv") }
        guard let data = FileManager.default.contents(atPath: path) else { throw CommandLineError(zh: "\(path):无法读取", en: "\(path): cannot be read") }
        let language = try DisplayOptions.resolve(context.arguments, environment: context.environment).language
        let store = try DataSession.open(context)
        let plan = ScoreImport.plan(String(decoding: data, as: UTF8.self), units: store.dataset.units, file: path, language: language)
        guard plan.problems.isEmpty else {
            plan.problems.forEach { context.output.err($0) }
            context.output.err(language == .zh ? "zugong: \(path) 有 \(plan.problems.count) 行有误,未写入任何成绩"
                               : "zugong: \(path) has \(plan.problems.count) bad line(s); nothing was written")
            return 1
        }
        let results = try store.submit(contentsOf: plan.changes)
        var failed = 0
        for (line, result) in zip(plan.lines, results) {
            if case .failure(let error) = result {
                failed += 1
                context.output.err("\(path):\(line): " + TicketCommandLine.reason(error, language: language))
            }
        }
        context.output.out(language == .zh ? "已写入 \(plan.changes.count - failed) 条成绩" : "\(plan.changes.count - failed) scores written")
        return failed == 0 ? 0 : 1
    }
}

/// One unit's month as `scores --json` prints it.
struct ScoreRecord: Encodable {
    struct Card: Encodable {
        var score: Double?
        var rank: Int?
    }

    var unit: String
    var name: String
    var kind: String
    var month: String
    var cards: [String: Card]
}
