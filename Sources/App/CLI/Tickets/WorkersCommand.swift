import Foundation
import Domain

/// `zugong workers list [--level L] [--community C] [--json|--csv]`: whom a ticket can be assigned
/// to, for scripts that call `ticket assign ID --to WORKER`.
public enum WorkersCommand {
    public static let spec = CommandSpec("workers", valued: ["--level", "--community"], flags: ["--json", "--csv"], takesPositionals: true) { context in
        let arguments = context.arguments
        guard arguments.positionals == ["list"] else {
            throw CommandLineError(zh: "用法:workers list [--level grid|community|street|district] [--community [区/]社区] [--json|--csv]", en: "usage: workers list [--level grid|community|street|district] [--community [DISTRICT/]NAME] [--json|--csv]")
        }
        let format = try ListFormat.of(arguments)
        let level = try arguments.options["--level"].map { text throws(CommandLineError) in try TicketVocabulary.level(text) }
        let language = try DisplayOptions.resolve(arguments, environment: context.environment).language
        let store = try DataSession.open(context)
        let known = store.dataset.workers.map(\.location)
        let community = try arguments.options["--community"].map { text throws(CommandLineError) in try CommunityOption.resolve(text, known: known) }
        let workers = store.dataset.workers.filter { worker in
            (level == nil || worker.level == level) && (community.map { $0.matches(worker.location) } ?? true)
        }
        if format == .json {
            context.output.out(try TicketCommandLine.json(workers.map {
                WorkerRecord(id: $0.id, name: $0.name, level: $0.level.rawValue, district: $0.location.district, street: $0.location.street,
                             community: $0.location.community, grid: $0.location.grid, source: $0.source.rawValue)
            }))
        } else if format == .csv {
            ([CSVText.row(["id", "name", "level", "district", "street", "community", "grid", "source"])] + workers.map {
                CSVText.row([$0.id, $0.name, $0.level.rawValue, $0.location.district, $0.location.street, $0.location.community,
                             $0.location.grid, $0.source.rawValue])
            }).forEach(context.output.out)
        } else {
            let zh = language == .zh
            PlainTable.lines(header: [zh ? "编号" : "ID", zh ? "姓名" : "NAME", zh ? "级别" : "LEVEL", zh ? "负责范围" : "PLACE"],
                             rows: workers.map { [$0.id, $0.name, $0.level.label.text(language), $0.location.path(to: $0.level)] },
                             limits: [8, 16, 10]).forEach(context.output.out)
            context.output.out(zh ? "共 \(workers.count) 人" : "\(workers.count) worker(s)")
        }
        return 0
    }
}

/// One grid worker as `workers list --json` prints it.
struct WorkerRecord: Encodable {
    var id: String
    var name: String
    var level: String
    var district: String
    var street: String
    var community: String
    var grid: String
    var source: String
}
