import Foundation
import Domain
import Store

/// `zugong import open311 FILE` and `zugong export open311 [--status S]`: GeoReport v2 request
/// lists in and out (mapping in docs/open311.md). Reading the file and the store happens here;
/// the mapping itself is pure (`Open311Reader`, `Open311Mapping`).
public enum Open311Commands {
    /// Each skipped record is one line on stderr; the summary line goes to stdout. Exit 0 when
    /// nothing was skipped. Requests already imported (their marker is in a ticket), and this
    /// directory's own tickets read back from its export, are counted, not added again.
    public static let importSpec = CommandSpec("import", takesPositionals: true) { context in
        let words = context.arguments.positionals
        guard words.count == 2, words[0] == "open311" else { throw CommandLineError(zh: "用法:import open311 FILE", en: "usage: import open311 FILE") }
        let path = words[1]
        let language = try DisplayOptions.resolve(context.arguments, environment: context.environment).language
        func say(_ path: String, _ text: String) -> String { "zugong: \(path): \(text)" }
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            context.output.err(say(path, language == .zh ? "无法读取" : "cannot read: \((error as NSError).localizedDescription)"))
            return 1
        }
        let entries: [Open311Reader.Entry]
        do throws(Open311FormatError) {
            entries = try Open311Reader.read(data)
        } catch {
            context.output.err(say(path, error.message.text(language)))
            return 1
        }
        let store = try DataSession.open(context)
        if let refusal = store.permissions.refusal(for: .ticket) { throw StoreError.notPermitted(refusal) }
        let known = Set(store.dataset.tickets.flatMap { Open311Marker.requestIDs(in: $0.description) })
        // This directory's own export read back: a request named after one of our tickets and
        // requested at the moment that ticket was created (exports keep milliseconds) is that ticket.
        let own = Dictionary(store.dataset.tickets.map { ($0.id, $0.createdAt) }, uniquingKeysWith: { first, _ in first })
        func isPresent(_ request: Open311Request) -> Bool {
            if known.contains(request.serviceRequestID) { return true }
            guard let requested = request.requested, let created = own[request.serviceRequestID] else { return false }
            return abs(requested.timeIntervalSince(created)) < 0.001
        }

        var skipped = 0
        var present = 0
        var plans: [(index: Int, plan: Open311ImportPlan)] = []
        for entry in entries {
            switch entry.result {
            case .failure(let skip):
                context.output.err(say(path, skip.text(language)))
                skipped += 1
            case .success(let request) where isPresent(request):
                present += 1
            case .success(let request):
                plans.append((entry.index, Open311Mapping.plan(request)))
            }
        }

        var imported = 0
        var followUps: [(index: Int, requestID: String, change: Change)] = []
        let created = plans.isEmpty ? [] : try store.submit(contentsOf: plans.map { Change(recordID: "", operation: .create($0.plan.ticket)) })
        for ((index, plan), result) in zip(plans, created) {
            switch result {
            case .failure(let error):
                let reason = Label(zh: TicketCommandLine.reason(error, language: .zh, namingRecord: false),
                                   en: TicketCommandLine.reason(error, language: .en, namingRecord: false))
                context.output.err(say(path, Open311Skip(index: index, requestID: plan.requestID, reason: reason).text(language)))
                skipped += 1
            case .success(let applied):
                imported += 1
                var revision = applied.revision
                for operation in [plan.classification, plan.closing].compactMap({ $0 }) {
                    followUps.append((index, plan.requestID, Change(recordID: applied.recordID, expectedRevision: revision, operation: operation)))
                    revision += 1
                }
            }
        }
        var incomplete = 0
        let done = followUps.isEmpty ? [] : try store.submit(contentsOf: followUps.map(\.change))
        for (followUp, result) in zip(followUps, done) {
            guard case .failure(let error) = result else { continue }
            let reason = TicketCommandLine.reason(error, language: language)
            context.output.err(say(path, language == .zh
                ? "第 [\(followUp.index)] 条 (\(followUp.requestID)):已导入为 \(followUp.change.recordID),但 \(followUp.change.operation.name) 被拒绝:" + reason
                : "record [\(followUp.index)] (\(followUp.requestID)): imported as \(followUp.change.recordID), but \(followUp.change.operation.name) was refused: " + reason))
            incomplete += 1
        }
        context.output.out(language == .zh ? "导入 \(imported),跳过 \(skipped),已存在 \(present)"
                                           : "imported \(imported), skipped \(skipped), already present \(present)")
        return skipped == 0 && incomplete == 0 ? 0 : 1
    }

    /// The tickets as one JSON array on stdout; `--status open|closed` or ticket status ids.
    public static let exportSpec = CommandSpec("export", valued: ["--status"], takesPositionals: true) { context in
        guard context.arguments.positionals == ["open311"] else { throw CommandLineError(zh: "用法:export open311 [--status S]", en: "usage: export open311 [--status S]") }
        let wanted = try statuses(context.arguments.options["--status"])
        let language = try DisplayOptions.resolve(context.arguments, environment: context.environment).language
        let store = try DataSession.open(context)
        let chosen = store.dataset.tickets.indices.filter { wanted.contains(store.dataset.tickets[$0].status) }
        context.output.outPieces(TicketCommandLine.json(count: chosen.count) { i in
            Open311Mapping.request(store.dataset.tickets[chosen[i]], in: store.dataset, language: language)
        })
        return 0
    }

    /// `open`, `closed` (resolved or closed) or ticket status ids, comma-separated; all when nil.
    static func statuses(_ text: String?) throws(CommandLineError) -> Set<TicketStatus> {
        guard let text else { return Set(TicketStatus.allCases) }
        var result = Set<TicketStatus>()
        for word in text.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) {
            switch word {
            case "open": result.formUnion(TicketStatus.allCases.filter(\.isOpen))
            case "closed": result.formUnion(TicketStatus.allCases.filter { !$0.isOpen })
            default: result.insert(try TicketVocabulary.status(word))
            }
        }
        return result
    }
}
