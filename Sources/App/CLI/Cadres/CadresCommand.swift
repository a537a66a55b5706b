import Foundation
import Domain
import Panels
import Store

/// `zugong cadres list`: the pool for scripts and plain terminals, filtered like the cadre page,
/// sorted by a column, as an aligned table, `--json` or `--csv`.
public enum CadresCommand {
    static let sortFields = ["id", "name", "born", "pool", "stage", "score", "points", "warnings", "unit"]

    public static let spec = CommandSpec(
        "cadres", valued: ["--stage", "--pool", "--unit", "--search", "--sort", "--points-below", "--criterion-below"],
        flags: ["--first-batch", "--warned", "--desc", "--json", "--csv"], takesPositionals: true
    ) { context in
        let arguments = context.arguments
        guard arguments.positionals == ["list"] else {
            throw arguments.positionals.isEmpty
                ? CommandLineError(zh: "cadres 需要子命令:list", en: "cadres needs a subcommand: list")
                : CommandLineError(zh: "cadres 只有子命令 list,而非“\(arguments.positionals.joined(separator: " "))”",
                                   en: "cadres takes only the subcommand list, not '\(arguments.positionals.joined(separator: " "))'")
        }
        let format = try ListFormat.of(arguments)
        let filter = try filter(arguments)
        let language = try DisplayOptions.resolve(arguments, environment: context.environment).language
        let store = try DataSession.open(context)
        let cadres = store.dataset.cadres
        let chosen = try sorted(filter.apply(cadres, order: Array(cadres.indices)).map { cadres[$0] }, arguments)
        if format == .json {
            context.output.out(try TicketCommandLine.json(chosen.map { CadreRecord($0, in: store.dataset, language: language, detailed: false) }))
        } else if format == .csv {
            let header = ["id", "name", "gender", "birthYear", "pool", "district", "stage", "firstBatch", "unit", "post"]
                + Criterion.allCases.map(\.rawValue) + ["mean", "pointsTotal", "warnings", "source", "revision"]
            ([CSVText.row(header)] + chosen.map { c in
                CSVText.row([c.id, c.name, c.gender.rawValue, String(c.birthYear), c.pool.rawValue, c.district ?? "", c.stage.rawValue,
                             c.firstBatch ? "true" : "false", c.unit, c.post ?? ""]
                            + Criterion.allCases.map { NumberText.format(c.scores[$0], .en) }
                            + [Format.fixed(c.scores.mean, decimals: 1), String(c.pointsTotal), String(c.warnings.count), c.source.rawValue, String(c.revision)])
            }).forEach(context.output.out)
        } else {
            func text(_ zh: String, _ en: String) -> String { language == .zh ? zh : en }
            let header = [text("编号", "ID"), text("姓名", "NAME"), text("出生", "BORN"), text("人选库", "POOL"), text("阶段", "STAGE"),
                          text("均分", "SCORE"), text("积分", "POINTS"), text("预警", "WARN"), text("单位/岗位", "UNIT / POST")]
            let rows = chosen.map { c in
                [c.id, c.name, String(c.birthYear), c.district ?? c.pool.label.text(language), c.stage.label.text(language),
                 Format.fixed(c.scores.mean, decimals: 1), String(c.pointsTotal), c.warnings.isEmpty ? "" : String(c.warnings.count),
                 c.post.map { c.unit + " · " + $0 } ?? c.unit]
            }
            PlainTable.lines(header: header, rows: rows, limits: [8, 10, 5, 10, 14, 6, 6, 4], rightAligned: [2, 5, 6, 7]).forEach(context.output.out)
            context.output.out(language == .zh ? "共 \(cadres.count) 人,显示 \(chosen.count) 人" : "\(chosen.count) of \(cadres.count) cadres")
        }
        return 0
    }

    static func filter(_ arguments: ParsedArguments) throws(CommandLineError) -> CadreFilter {
        var filter = CadreFilter()
        if let text = arguments.options["--stage"] {
            let choices = CadreStage.allCases.map { Choice($0.label, value: $0.rawValue) }
            filter.stages = Set(try TicketVocabulary.list(text) { word throws(CommandLineError) in
                CadreStage(rawValue: try OperationCommandLine.choice(word, option: "--stage", choices)) ?? .discovered
            })
        }
        if let text = arguments.options["--pool"] {
            filter.pool = CadrePool(rawValue: try OperationCommandLine.choice(text, option: "--pool", CadrePool.allCases.map { Choice($0.label, value: $0.rawValue) }))
        }
        filter.unit = arguments.options["--unit"]
        filter.firstBatchOnly = arguments.has("--first-batch")
        filter.warnedOnly = arguments.has("--warned")
        filter.pointsBelow = try arguments.integer("--points-below", in: Int.min...Int.max)
        filter.criterionBelow = try arguments.integer("--criterion-below", in: 0...100).map(Double.init)
        filter.text = arguments.options["--search"] ?? ""
        return filter
    }

    /// `--sort FIELD` (default id) and `--desc`; ties keep the pool's order.
    static func sorted(_ cadres: [Cadre], _ arguments: ParsedArguments) throws(CommandLineError) -> [Cadre] {
        let name = arguments.options["--sort"] ?? "id"
        guard let column = sortFields.firstIndex(of: name) else {
            throw CommandLineError(zh: "--sort 取 \(sortFields.joined(separator: "、")),而非“\(name)”", en: "--sort takes \(sortFields.joined(separator: ", ")), not '\(name)'")
        }
        func key(_ c: Cadre) -> SortKey {
            switch sortFields[column] {
            case "name": .text(c.name)
            case "born": .number(Double(c.birthYear))
            case "pool": .text(c.district ?? c.pool.rawValue)
            case "stage": .number(Double(CadreStage.allCases.firstIndex(of: c.stage) ?? 0))
            case "score": .number(c.scores.mean)
            case "points": .number(Double(c.pointsTotal))
            case "warnings": .number(Double(c.warnings.count))
            case "unit": .text(c.unit)
            default: .text(c.id)
            }
        }
        let keys = cadres.map(key)
        let descending = arguments.has("--desc")
        return cadres.indices.sorted { a, b in
            keys[a] == keys[b] ? a < b : (descending ? keys[b] < keys[a] : keys[a] < keys[b])
        }.map { cadres[$0] }
    }
}
