import Foundation
import Domain
import Store

/// `zugong ticket show|new|classify|assign|claim|start|escalate|resolve|rate|reopen|close|note`:
/// the grid panel's work from the command line. Each change is one journal event through
/// `DataStore.submit`, with the store's role checks and the domain's rules. An action prints
/// `ID seq S rev R` once it is durable; a refusal is one line on stderr in the chosen language,
/// exit 1.
public enum TicketCommandLine {
    static let valued = TicketCreation.options.union(OperationCommandLine.options(.ticket)).subtracting(["--urgent"])
    static let flags: Set<String> = ["--json", "--urgent", "--reveal-phone"]

    public static let spec = CommandSpec("ticket", valued: valued, flags: flags, takesPositionals: true) { context in
        let words = context.arguments.positionals
        let subcommands = "show, new, " + OperationCommandLine.commands(.ticket).joined(separator: ", ")
        guard let name = words.first else { throw CommandLineError(zh: "ticket 需要子命令:" + subcommands, en: "ticket needs a subcommand: " + subcommands) }
        switch name {
        case "show": return try show(context, words: Array(words.dropFirst()))
        case "new": return try create(context, words: Array(words.dropFirst()))
        default:
            guard let code = try OperationCommandLine.run(name, .ticket, context, words: Array(words.dropFirst()),
                                                          commandOptions: valued.union(flags)) else {
                throw CommandLineError(zh: "ticket 没有子命令“\(name)”,可用:" + subcommands, en: "unknown ticket subcommand '\(name)'; use " + subcommands)
            }
            return code
        }
    }

    static func show(_ context: CommandContext, words: [String]) throws -> Int32 {
        try allow(context.arguments, only: ["--json", "--reveal-phone"], in: "ticket show")
        guard words.count == 1 else { throw CommandLineError(zh: "用法:ticket show ID [--json]", en: "usage: ticket show ID [--json]") }
        let language = try DisplayOptions.resolve(context.arguments, environment: context.environment).language
        let store = try DataSession.open(context)
        try checkReveal(context.arguments, store: store)
        let reveal = context.arguments.has("--reveal-phone")
        let id = Dataset.ticketID(typed: words[0])
        guard let ticket = store.dataset.ticket(id) else {
            let refusal = Refusal(.notFound, recordID: id, en: "no ticket \(id)", zh: "没有工单 \(id)")
            context.output.err("zugong: " + refusal.message(language))
            return 1
        }
        if context.arguments.has("--json") {
            context.output.out(json(TicketRecord(ticket, in: store.dataset, now: context.now, language: language,
                                                     detailed: true, revealPhone: reveal)))
        } else {
            TicketDetail.lines(ticket, in: store.dataset, now: context.now, language: language, revealPhone: reveal)
                .forEach(context.output.out)
        }
        return 0
    }

    /// Creates the ticket and prints its id alone; with `--category` a second event classifies it.
    static func create(_ context: CommandContext, words: [String]) throws -> Int32 {
        try allow(context.arguments, only: TicketCreation.options, in: "ticket new")
        if let extra = words.first { throw CommandLineError(zh: "多余的参数“\(extra)”;ticket new 只接受选项", en: "unexpected argument '\(extra)'; ticket new takes options only") }
        let new = try TicketCreation.newTicket(context.arguments)
        let classification = try TicketCreation.classification(context.arguments)
        let language = try DisplayOptions.resolve(context.arguments, environment: context.environment).language
        // A new record needs none of the others (the store still reads the one that fixes its number).
        let store = try DataSession.open(context, records: [])
        let created: AppliedChange
        do throws(StoreError) {
            created = try store.submit(Change(recordID: "", operation: .create(new)))
        } catch {
            context.output.err("zugong: " + reason(error, language: language, namingRecord: false))
            return 1
        }
        context.output.out(created.recordID)
        guard let classification else { return 0 }
        do throws(StoreError) {
            try store.submit(Change(recordID: created.recordID, expectedRevision: created.revision, operation: classification))
        } catch {
            context.output.err("zugong: " + reason(error, language: language))
            return 1
        }
        return 0
    }

    // MARK: Shared by the ticket commands

    /// A refusal in the user's language, naming the ticket first when the message does not.
    /// `namingRecord` is off for a refused create, whose id was never given out.
    static func reason(_ error: StoreError, language: Language, namingRecord: Bool = true) -> String {
        guard let refusal = error.refusal else { return error.label.text(language) }
        let message = refusal.message(language)
        guard namingRecord, !refusal.recordID.isEmpty, !message.contains(refusal.recordID) else { return message }
        return "\(refusal.recordID): \(message)"
    }

    /// Refuses options of the `ticket` command that this subcommand does not take.
    static func allow(_ arguments: ParsedArguments, only allowed: Set<String>, in command: String) throws(CommandLineError) {
        try OperationCommandLine.allowOnly(allowed, of: valued.union(flags), arguments, in: command)
    }

    /// The full phone number is for those who may change tickets.
    static func checkReveal(_ arguments: ParsedArguments, store: DataStore) throws(StoreError) {
        guard arguments.has("--reveal-phone"), let refusal = store.permissions.ticketRefusal else { return }
        throw .notPermitted(Label(zh: "--reveal-phone:" + refusal.zh, en: "--reveal-phone: " + refusal.en))
    }

    /// Pretty, sorted-key JSON. The encoder escapes C0 controls; DEL and C1 controls, which JSON
    /// allows raw inside strings, are escaped here too so no terminal acts on them.
    static func json(_ value: some Encodable) throws -> String {
        text(try DomainJSON.encode(value, pretty: true))
    }

    static func json(_ value: some JSONWritable) -> String {
        String(decoding: escapingC1(value.json(pretty: true)), as: UTF8.self)
    }

    /// Records per piece when an array is encoded on all cores.
    private static let piece = 2_048

    /// An array as the one-pass pretty encoding, in pieces on all cores (the one-pass encoder
    /// takes seconds over 100,000 tickets): pretty arrays of the same records, their brackets
    /// dropped and joined by `,` and a line break, are that encoding byte for byte, each record
    /// sitting at the same depth.
    static func json<T: Encodable & Sendable>(_ values: [T]) throws -> String {
        guard values.count > piece else { return text(try DomainJSON.encode(values, pretty: true)) }
        let parts = [Result<Data, any Error>](pieces: values.count, of: piece) { range in
            let records = Array(values[range])
            return Result { try DomainJSON.encode(records, pretty: true) }
        }
        var joined = Data("[\n".utf8)
        for (k, part) in parts.enumerated() {
            let data = try part.get()
            if k > 0 { joined.append(contentsOf: Array(",\n".utf8)) }
            joined.append(data.dropFirst(2).dropLast(2))
        }
        joined.append(contentsOf: Array("\n]".utf8))
        return text(joined)
    }

    private static func text(_ json: Data) -> String {
        String(decoding: escapingC1(Array(json)), as: UTF8.self)
    }

    /// `count` records that write themselves, `record(i)` each, as a pretty array in pieces
    /// written on all cores, for `CommandOutput.outPieces`.
    static func json<T: JSONWritable>(count: Int, _ record: (Int) -> T) -> [[UInt8]] {
        let pieces = JSONOutput.array(count: count, pretty: true, piece: piece, record)
        return [[UInt8]](concurrently: pieces.count) { escapingC1(pieces[$0]) }
    }

    /// JSONEncoder writes U+007F–U+009F raw; they are escaped so that no terminal acts on them.
    /// DEL is 0x7F and the C1 codes are 0xC2 0x80–0x9F in UTF-8, found by byte (`memchr`, as
    /// they are rare) rather than by scalar.
    private static func escapingC1(_ bytes: [UInt8]) -> [UInt8] {
        let found = bytes.withUnsafeBufferPointer { buffer in
            guard let start = buffer.baseAddress else { return false }
            return memchr(start, 0x7F, buffer.count) != nil || memchr(start, 0xC2, buffer.count) != nil
        }
        guard found else { return bytes }
        var escaped: [UInt8] = []
        escaped.reserveCapacity(bytes.count)
        var i = 0
        while i < bytes.count {
            let code: UInt8? = bytes[i] == 0x7F ? 0x7F
                : bytes[i] == 0xC2 && i + 1 < bytes.count && (0x80...0x9F).contains(bytes[i + 1]) ? bytes[i + 1] : nil
            if let code {
                escaped.append(contentsOf: String(format: "\\u%04x", code).utf8)
                i += code == 0x7F ? 1 : 2
            } else {
                escaped.append(bytes[i])
                i += 1
            }
        }
        return escaped
    }
}
