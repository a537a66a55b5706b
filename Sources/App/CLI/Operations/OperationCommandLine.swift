import Foundation
import Domain
import Store

/// The command-line subcommands of the operation specs: `zugong ticket escalate ID --reason R`,
/// `zugong cadre points ID --month 2018-09 --delta 5 --reason R`. Options, usage lines and checks
/// all come from the spec, so the command line asks for what the on-screen form asks for. Each
/// change is one journal event through `DataStore.submit`, with the store's role checks and the
/// domain's rules; it prints `ID seq S rev R` once durable, or one line on stderr, exit 1.
enum OperationCommandLine {
    /// The specs of a record kind that have a command word of their own (`ticket new` is
    /// `TicketCreation`'s: it takes the place in parts).
    static func specs(_ target: Domain.Operation.Target) -> [OperationSpec] {
        OperationSpec.of(target).filter(\.needsRecord)
    }

    /// Every option the subcommands of a record kind take, for the command's spec.
    static func options(_ target: Domain.Operation.Target) -> Set<String> {
        var options: Set<String> = ["--rev"]
        for spec in specs(target) {
            options.formUnion(spec.fields.compactMap(\.option))
            if let variant = spec.variant { options.insert(variant.option) }
        }
        return options
    }

    /// The subcommand words, in spec order, each once.
    static func commands(_ target: Domain.Operation.Target) -> [String] {
        var seen = Set<String>()
        return specs(target).map(\.command).filter { seen.insert($0).inserted }
    }

    /// One usage line per subcommand: variants of one word joined with `|`.
    static func usage(_ command: String, _ target: Domain.Operation.Target) -> String {
        specs(target).filter { $0.command == command }.map(\.usage).joined(separator: " | ")
    }

    /// Runs `<record> <command> ID …`; nil when `command` is not one of the kind's.
    /// `commandOptions` are every option the record's command takes, so those of other
    /// subcommands are refused by name.
    static func run(_ command: String, _ target: Domain.Operation.Target, _ context: CommandContext, words: [String],
                    commandOptions: Set<String>) throws -> Int32? {
        let candidates = specs(target).filter { $0.command == command }
        guard !candidates.isEmpty else { return nil }
        let usage = usage(command, target) + " [--rev N]"
        let spec = try pick(candidates, context.arguments, usage: usage)
        var allowed: Set<String> = ["--rev"]
        allowed.formUnion(spec.fields.compactMap(\.option))
        if let variant = spec.variant { allowed.insert(variant.option) }
        let name = "\(spec.recordWord) \(command)" + (spec.variant.map { " \($0.option) \($0.value)" } ?? "")
        try allowOnly(allowed, of: commandOptions, context.arguments, in: name)
        guard let typed = words.first else { throw CommandLineError(zh: "缺少编号;用法:\(usage)", en: "the \(spec.recordWord) id is missing; usage: \(usage)") }
        // The same rule as the duplicate picker: "21", "t-21" and "T-000021" name one ticket.
        let id = target == .ticket ? Dataset.ticketID(typed: typed) : typed
        let expected = try context.arguments.integer("--rev", in: 0...Int.max)
        let language = try DisplayOptions.resolve(context.arguments, environment: context.environment).language
        // The record and any ticket it names (`close --as duplicate --of`): nothing else is read
        // when the snapshot has an index.
        let named = spec.fields.filter { if case .ticket = $0.kind { true } else { false } }.compactMap { $0.option.flatMap { context.arguments.options[$0] } }
        let store = try DataSession.open(context, records: Set([id] + named.map { Dataset.ticketID(typed: $0) }))
        let values = try values(spec, context.arguments, words: Array(words.dropFirst()), record: id, dataset: store.dataset, usage: usage)
        let operation: Domain.Operation
        do throws(SpecError) {
            operation = try spec.operation(values)
        } catch {
            throw CommandLineError(zh: (error.field.option.map { $0 + ":" } ?? "") + error.message.zh + ";用法:\(usage)",
                                   en: (error.field.option.map { $0 + ": " } ?? "") + error.message.en + "; usage: \(usage)")
        }
        // Without --rev the caller has seen no revision: the store re-reads the record under its
        // lock and checks the rules against its latest state. Only --rev N asks for the stale check.
        let change = Change(recordID: id, expectedRevision: expected, operation: operation)
        do throws(StoreError) {
            let applied = try store.submit(change)
            context.output.out("\(applied.recordID) seq \(applied.event.seq) rev \(applied.revision)")
            return 0
        } catch {
            context.output.err("zugong: " + TicketCommandLine.reason(error, language: language))
            return 1
        }
    }

    /// The one spec of a word, or the variant its option names (`close --as duplicate`).
    private static func pick(_ candidates: [OperationSpec], _ arguments: ParsedArguments, usage: String) throws(CommandLineError) -> OperationSpec {
        guard candidates.count > 1, let option = candidates[0].variant?.option else { return candidates[0] }
        guard let value = arguments.options[option] else { throw CommandLineError(zh: "缺少 \(option);用法:\(usage)", en: "\(option) is missing; usage: \(usage)") }
        guard let spec = candidates.first(where: { $0.variant?.value == value }) else {
            throw CommandLineError(zh: "\(option) 取 " + candidates.compactMap { $0.variant?.value }.joined(separator: " 或 ") + ",而非“\(value)”",
                                   en: "\(option) takes " + candidates.compactMap { $0.variant?.value }.joined(separator: " or ") + ", not '\(value)'")
        }
        return spec
    }

    /// Refuses options of the record's command that this subcommand does not take.
    static func allowOnly(_ allowed: Set<String>, of commandOptions: Set<String>, _ arguments: ParsedArguments,
                          in command: String) throws(CommandLineError) {
        let given = Set(arguments.options.keys).union(arguments.flags)
        if let stray = given.intersection(commandOptions).subtracting(allowed).sorted().first {
            throw CommandLineError(zh: "\(command) 不接受 \(stray)", en: "\(command) does not take \(stray)")
        }
    }

    /// Each field's value as text, checked as far as the command line can: present when required,
    /// a known choice, a whole number in range, a worker found by name.
    private static func values(_ spec: OperationSpec, _ arguments: ParsedArguments, words: [String], record: String,
                               dataset: Dataset, usage: String) throws(CommandLineError) -> [String: String] {
        var values: [String: String] = [:]
        let takesWords = spec.fields.contains { $0.option == nil }
        if !takesWords, let extra = words.first { throw CommandLineError(zh: "多余的参数“\(extra)”;用法:\(usage)", en: "unexpected argument '\(extra)'; usage: \(usage)") }
        for field in spec.fields {
            guard let option = field.option else {
                guard !words.isEmpty || !field.required else {
                    throw CommandLineError(zh: "缺少\(field.label.zh)内容;用法:\(usage)", en: "the \(field.label.en.lowercased())'s text is missing; usage: \(usage)")
                }
                values[field.name] = words.joined(separator: " ")
                continue
            }
            guard let given = arguments.options[option] else {
                if field.required { throw CommandLineError(zh: "缺少 \(option);用法:\(usage)", en: "\(option) is missing; usage: \(usage)") }
                continue
            }
            switch field.kind {
            case .choice(let choices):
                values[field.name] = try choice(given, option: option, choices)
            case .integer(let range):
                values[field.name] = try arguments.integer(option, in: range).map(String.init)
            case .worker:
                values[field.name] = try worker(given, for: dataset.ticket(record), in: dataset)
            case .text, .decimal, .month, .ticket:
                values[field.name] = given
            }
        }
        return values
    }

    /// A choice by its id or either label (`sanitation`, `环境卫生`, `Sanitation`), case-insensitively.
    static func choice(_ text: String, option: String, _ choices: [Choice]) throws(CommandLineError) -> String {
        let wanted = text.trimmingCharacters(in: .whitespaces).lowercased()
        let normalized = wanted.replacingOccurrences(of: "-", with: "_").replacingOccurrences(of: " ", with: "_")
        if let found = choices.first(where: { $0.value == normalized || $0.label.zh == wanted || $0.label.en.lowercased() == wanted }) {
            return found.value
        }
        throw CommandLineError(zh: "\(option) 取 \(choices.map(\.value).joined(separator: "、"))(或其名称),而非“\(text)”",
                               en: "\(option) takes \(choices.map(\.value).joined(separator: ", ")) (or their labels), not '\(text)'")
    }

    /// A worker id, or the id of the one worker with that name (at the ticket's level, then in its
    /// community, when several share it). An unknown name is passed on for the domain to refuse.
    static func worker(_ name: String, for ticket: Ticket?, in dataset: Dataset) throws(CommandLineError) -> String {
        if dataset.worker(name) != nil { return name }
        var matches = dataset.workers.filter { $0.name == name }
        if let ticket, matches.count > 1 {
            let atLevel = matches.filter { $0.level == ticket.level }
            if !atLevel.isEmpty { matches = atLevel }
            let nearby = matches.filter { $0.location.community == ticket.location.community }
            if !nearby.isEmpty { matches = nearby }
        }
        guard matches.count <= 1 else {
            let ids = matches.prefix(5).map(\.id).joined(separator: ", ") + (matches.count > 5 ? ", …" : "")
            throw CommandLineError(zh: "有多名网格员叫 \(name):\(ids);请给出编号", en: "several workers are named \(name): \(ids); give the id")
        }
        return matches.first?.id ?? name
    }
}
