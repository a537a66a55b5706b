import Foundation
import Domain
import Store

/// `zugong tickets list`: the queue for scripts and plain terminals, filtered and sorted like the
/// grid panel, as an aligned table, `--json` (an array of ticket objects) or `--csv`.
public enum TicketsCommand {
    public static let spec = CommandSpec(
        "tickets", valued: ["--status", "--level", "--category", "--community", "--search", "--sort"],
        flags: ["--overdue", "--desc", "--json", "--csv", "--reveal-phone"], takesPositionals: true
    ) { context in
        let arguments = context.arguments
        guard arguments.positionals == ["list"] else {
            throw arguments.positionals.isEmpty
                ? CommandLineError(zh: "tickets 需要子命令:list", en: "tickets needs a subcommand: list")
                : CommandLineError(zh: "tickets 只有子命令 list,而非“\(arguments.positionals.joined(separator: " "))”",
                                   en: "tickets takes only the subcommand list, not '\(arguments.positionals.joined(separator: " "))'")
        }
        let format = try ListFormat.of(arguments)
        var filter = try filter(arguments)
        let (key, ascending) = try sort(arguments)
        let language = try DisplayOptions.resolve(arguments, environment: context.environment).language
        let store = try DataSession.open(context)
        if let text = arguments.options["--community"] {
            let place = try CommunityOption.resolve(text, known: store.dataset.workers.map(\.location) + store.dataset.tickets.map(\.location))
            filter.district = place.district
            filter.street = place.street
            filter.community = place.community
        }
        try TicketCommandLine.checkReveal(arguments, store: store)
        let tickets = store.dataset.tickets
        let index = TicketIndex(tickets)
        let indices = index.sorted(index.filter(filter, now: context.now), by: key, ascending: ascending)
        if format == .json {
            let reveal = arguments.has("--reveal-phone")
            context.output.outPieces(TicketCommandLine.json(count: indices.count) { i in
                TicketRecord(tickets[indices[i]], in: store.dataset, now: context.now, language: language, detailed: false,
                             revealPhone: reveal)
            })
            return 0
        }
        if format == .csv {
            context.output.outPieces(TicketCSV.pieces(tickets, order: indices, now: context.now))
        } else {
            let chosen = indices.map { tickets[$0] }
            TicketTable.lines(chosen, in: store.dataset, now: context.now, language: language).forEach(context.output.out)
            context.output.out(language == .zh ? "共 \(tickets.count) 条,显示 \(chosen.count) 条"
                               : "\(chosen.count) of \(tickets.count) tickets")
        }
        return 0
    }

    static func filter(_ arguments: ParsedArguments) throws(CommandLineError) -> TicketFilter {
        var filter = TicketFilter()
        if let text = arguments.options["--status"] {
            filter.statuses = Set(try TicketVocabulary.list(text) { word throws(CommandLineError) in try TicketVocabulary.status(word) })
        }
        if let text = arguments.options["--level"] {
            filter.levels = Set(try TicketVocabulary.list(text) { word throws(CommandLineError) in try TicketVocabulary.level(word) })
        }
        if let text = arguments.options["--category"] {
            filter.categories = Set(try TicketVocabulary.list(text) { word throws(CommandLineError) in try TicketVocabulary.category(word) })
        }
        filter.overdueOnly = arguments.has("--overdue")
        filter.text = arguments.options["--search"] ?? ""
        return filter
    }

    /// `--sort FIELD` (a `TicketSortKey` id, or `age`: newest first) and `--desc`; by default the
    /// time left, the most urgent first, as on the screen.
    static func sort(_ arguments: ParsedArguments) throws(CommandLineError) -> (TicketSortKey, Bool) {
        let name = arguments.options["--sort"] ?? TicketSortKey.timeLeft.rawValue
        let descending = arguments.has("--desc")
        if name == "age" { return (.createdAt, descending) }
        guard let key = TicketSortKey(rawValue: name.replacingOccurrences(of: "-", with: "_")) else {
            throw CommandLineError(zh: "--sort 取 age、\(TicketSortKey.allCases.map(\.rawValue).joined(separator: "、")),而非“\(name)”",
                                   en: "--sort takes age, \(TicketSortKey.allCases.map(\.rawValue).joined(separator: ", ")), not '\(name)'")
        }
        return (key, !descending)
    }
}
