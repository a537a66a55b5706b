import Foundation
import Domain
import Store

/// `zugong apply FILE|-`: many changes in one process, as JSON lines in the journal's own shape —
/// `{"op":"note","record":"T-000123","fields":{"text":"…"}}`, with an optional `"rev"` for the
/// stale check — checked and applied in order under one lock, one write and one fsync. One result
/// line per operation line: `ok RECORD seq S rev R`, or why not. `--all-or-nothing` writes nothing
/// unless every line passes. Exit 0 when every line was applied, 1 otherwise.
public enum ApplyCommand {
    public static let spec = CommandSpec("apply", flags: ["--all-or-nothing", "--json"], takesPositionals: true) { context in
        let language = try DisplayOptions.resolve(context.arguments, environment: context.environment).language
        func t(_ zh: String, _ en: String) -> String { language == .zh ? zh : en }
        guard context.arguments.positionals.count == 1, let source = context.arguments.positionals.first else {
            throw CommandLineError(zh: "用法:apply FILE|- [--all-or-nothing] [--json]", en: "usage: apply FILE|- [--all-or-nothing] [--json]")
        }
        let name = source == "-" ? "stdin" : source
        let data: Data
        if source == "-" {
            data = FileHandle.standardInput.readDataToEndOfFile()
        } else {
            guard let read = FileManager.default.contents(atPath: source) else {
                throw CommandLineError(zh: "\(source):无法读取", en: "\(source): cannot be read")
            }
            data = read
        }
        let parsed = lines(data, file: name)
        let allOrNothing = context.arguments.has("--all-or-nothing")
        // A line that is not an operation refuses an all-or-nothing batch before the store is opened.
        let badLine = parsed.first { if case .failure = $0.change { true } else { false } }
        var outcomes: [Int: Outcome] = [:]
        if !(allOrNothing && badLine != nil) {
            let changes = parsed.compactMap { try? $0.change.get() }
            let store = try DataSession.open(context)
            let results = changes.isEmpty ? [] : try store.submit(contentsOf: changes, allOrNothing: allOrNothing)
            let numbers = parsed.filter { (try? $0.change.get()) != nil }.map(\.number)
            let refused = zip(numbers, results).first { if case .failure(.refused) = $0.1 { true } else { false } }?.0
            for (number, result) in zip(numbers, results) {
                switch result {
                case .success(let applied):
                    outcomes[number] = .applied(applied)
                case .failure(let error):
                    if allOrNothing, let refused, refused != number {
                        outcomes[number] = .skipped(because: refused)
                    } else {
                        outcomes[number] = .refused(TicketCommandLine.reason(error, language: language))
                    }
                }
            }
        }
        var failed = false
        for line in parsed {
            let outcome: Outcome
            switch line.change {
            case .failure(let invalid): outcome = .invalid(invalid.message.text(language))
            case .success: outcome = outcomes[line.number] ?? .skipped(because: badLine?.number ?? 0)
            }
            if case .applied = outcome {} else { failed = true }
            context.output.out(context.arguments.has("--json") ? outcome.json(line: line.number) : outcome.text(line: line.number, t))
        }
        return failed ? 1 : 0
    }

    /// One operation line: its number in the file (from 1) and what it asks, or why it is not an operation.
    struct ParsedLine {
        var number: Int
        var change: Result<Change, CommandLineError>
    }

    /// The operation lines of `data`: blank lines skipped, CRLF taken, each decoded on its own so
    /// a bad one says `FILE:LINE:COL` and the rest still count.
    static func lines(_ data: Data, file: String) -> [ParsedLine] {
        var out: [ParsedLine] = []
        for (index, raw) in data.split(separator: 0x0A, omittingEmptySubsequences: false).enumerated() {
            let bytes = raw.last == 0x0D ? raw.dropLast() : raw
            guard bytes.contains(where: { $0 != 0x20 && $0 != 0x09 }) else { continue }
            let line = Data(bytes)
            do {
                let decoded = try DomainJSON.makeDecoder().decode(BatchLine.self, from: line)
                out.append(ParsedLine(number: index + 1, change: .success(decoded.change)))
            } catch {
                let message = DecodingFailure.message(for: error, in: line, file: file, lineOffset: index)
                out.append(ParsedLine(number: index + 1, change: .failure(CommandLineError(message))))
            }
        }
        return out
    }

    /// `{"op": …, "record": …, "fields": {…}, "rev": N}`: the journal's change without its envelope.
    struct BatchLine: Decodable {
        var change: Change

        private enum Keys: String, CodingKey { case record, rev }

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: Keys.self)
            change = Change(recordID: try container.decodeIfPresent(String.self, forKey: .record) ?? "",
                            expectedRevision: try container.decodeIfPresent(Int.self, forKey: .rev),
                            operation: try Domain.Operation(from: decoder))
        }
    }

    enum Outcome {
        case applied(AppliedChange)
        case refused(String)
        case invalid(String)
        /// Not applied because the batch is all or nothing and this line failed.
        case skipped(because: Int)

        func text(line: Int, _ t: (String, String) -> String) -> String {
            switch self {
            case .applied(let a): "ok \(a.recordID) seq \(a.event.seq) rev \(a.revision)"
            case .refused(let reason): t("拒绝", "refused") + " \(line): " + reason
            case .invalid(let reason): t("无效", "invalid") + " \(line): " + reason
            case .skipped(let other): t("未执行", "not applied") + " \(line): " + t("第 \(other) 行未通过,整批不执行", "line \(other) did not pass and the batch is all or nothing")
            }
        }

        func json(line: Int) -> String {
            var object: [String: Any] = ["line": line]
            switch self {
            case .applied(let a): object.merge(["ok": true, "record": a.recordID, "seq": a.event.seq, "rev": a.revision]) { $1 }
            case .refused(let reason): object.merge(["ok": false, "refused": reason]) { $1 }
            case .invalid(let reason): object.merge(["ok": false, "invalid": reason]) { $1 }
            case .skipped(let other): object.merge(["ok": false, "skipped_because_of_line": other]) { $1 }
            }
            let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])) ?? Data()
            return String(decoding: data, as: UTF8.self)
        }
    }
}
