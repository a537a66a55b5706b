import Foundation
import Domain

/// The `ticket` subcommands that change a ticket, each one `Domain.Operation` and one journal
/// event: what it accepts on the command line and how that becomes the operation.
public enum TicketAction: String, CaseIterable, Sendable {
    case classify, assign, claim, start, escalate, resolve, rate, reopen, close, note

    /// The options this action takes besides `--rev` and the global ones.
    public var options: Set<String> {
        switch self {
        case .classify: ["--category", "--level"]
        case .assign: ["--to"]
        case .claim, .start, .note: []
        case .escalate, .reopen: ["--reason"]
        case .resolve: ["--note"]
        case .rate: ["--score", "--comment"]
        case .close: ["--as", "--of", "--reason"]
        }
    }

    /// The usage line, for messages.
    public var usage: String {
        switch self {
        case .classify: "ticket classify ID --category C --level L"
        case .assign: "ticket assign ID --to WORKER"
        case .claim: "ticket claim ID"
        case .start: "ticket start ID"
        case .escalate: "ticket escalate ID --reason R"
        case .resolve: "ticket resolve ID --note N"
        case .rate: "ticket rate ID --score K [--comment C]"
        case .reopen: "ticket reopen ID --reason R"
        case .close: "ticket close ID --as duplicate --of ID2 | --as invalid --reason R"
        case .note: "ticket note ID TEXT"
        }
    }

    /// The operation the command line asks for. `words` are the positionals after the id.
    /// `assign` looks the worker up by id or by name in `dataset`, preferring the ticket's level.
    public func operation(_ arguments: ParsedArguments, words: [String], ticket: Ticket?,
                          dataset: Dataset) throws(CommandLineError) -> Domain.Operation {
        guard self == .note || words.isEmpty else { throw CommandLineError("unexpected argument '\(words[0])'; usage: \(usage)") }
        func required(_ name: String) throws(CommandLineError) -> String {
            guard let value = arguments.options[name] else { throw CommandLineError("\(name) is missing; usage: \(usage)") }
            return value
        }
        switch self {
        case .classify:
            return .classify(category: try TicketVocabulary.category(try required("--category")),
                             level: try TicketVocabulary.level(try required("--level")))
        case .assign:
            return .assign(to: try Self.worker(try required("--to"), for: ticket, in: dataset))
        case .claim: return .claim
        case .start: return .start
        case .escalate: return .escalate(reason: try required("--reason"))
        case .resolve: return .resolve(note: try required("--note"))
        case .rate:
            guard let score = try arguments.integer("--score", in: 1...5) else {
                throw CommandLineError("--score is missing; usage: \(usage)")
            }
            return .rate(score: score, comment: arguments.options["--comment"])
        case .reopen: return .reopen(reason: try required("--reason"))
        case .close:
            switch try required("--as") {
            case "duplicate":
                guard arguments.options["--reason"] == nil else { throw CommandLineError("--as duplicate takes --of ID2, not --reason") }
                return .closeDuplicate(of: try required("--of"))
            case "invalid":
                guard arguments.options["--of"] == nil else { throw CommandLineError("--as invalid takes --reason R, not --of") }
                return .closeInvalid(reason: try required("--reason"))
            case let other:
                throw CommandLineError("--as takes duplicate or invalid, not '\(other)'")
            }
        case .note:
            guard !words.isEmpty else { throw CommandLineError("the note's text is missing; usage: \(usage)") }
            return .note(text: words.joined(separator: " "))
        }
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
            throw CommandLineError("several workers are named \(name): "
                                   + matches.prefix(5).map(\.id).joined(separator: ", ") + (matches.count > 5 ? ", …" : "")
                                   + "; give the id")
        }
        return matches.first?.id ?? name
    }
}
