import Foundation
import Domain

/// `zugong units list [--kind K] [--json|--csv]`: the assessed units with their latest month.
public enum UnitsCommand {
    public static let spec = CommandSpec("units", valued: ["--kind"], flags: ["--json", "--csv"], takesPositionals: true) { context in
        let arguments = context.arguments
        guard arguments.positionals == ["list"] else { throw CommandLineError(zh: "用法:units list [--kind district|development_zone|department] [--json|--csv]", en: "usage: units list [--kind district|development_zone|department] [--json|--csv]") }
        let format = try ListFormat.of(arguments)
        let kind = try arguments.options["--kind"].map { text throws(CommandLineError) in try UnitLookup.kind(text) }
        let language = try DisplayOptions.resolve(arguments, environment: context.environment).language
        let store = try DataSession.open(context)
        let units = store.dataset.units.filter { kind == nil || $0.kind == kind }
        if format == .json {
            context.output.out(try TicketCommandLine.json(units.map {
                UnitRecord(id: $0.id, name: $0.name.text(language), nameZh: $0.name.zh, nameEn: $0.name.en, kind: $0.kind.rawValue,
                           months: $0.months.count, latest: $0.months.last?.description, revision: $0.revision)
            }))
        } else if format == .csv {
            ([CSVText.row(["id", "name_zh", "name_en", "kind", "months", "latest"])] + units.map {
                CSVText.row([$0.id, $0.name.zh, $0.name.en, $0.kind.rawValue, String($0.months.count), $0.months.last?.description ?? ""])
            }).forEach(context.output.out)
        } else {
            let zh = language == .zh
            PlainTable.lines(header: [zh ? "编号" : "ID", zh ? "类别" : "KIND", zh ? "月数" : "MONTHS", zh ? "最近" : "LATEST", zh ? "单位" : "UNIT"],
                             rows: units.map { [$0.id, $0.kind.label.text(language), String($0.months.count), $0.months.last?.description ?? "—", $0.name.text(language)] },
                             limits: [6, 16, 6, 7], rightAligned: [2]).forEach(context.output.out)
        }
        return 0
    }
}

struct UnitRecord: Encodable {
    var id: String
    var name: String
    var nameZh: String
    var nameEn: String
    var kind: String
    var months: Int
    var latest: String?
    var revision: Int
}
