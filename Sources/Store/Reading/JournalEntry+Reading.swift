import Domain
import Foundation

/// The fast path for journal lines. A line's `fields` come before its `op` (keys are sorted), so
/// their values are kept as bytes until the operation says what each must be; every field given
/// must be one the operation reads, so nothing is skipped that `JSONDecoder` would have checked.
extension JournalEntry: JSONReadable {
    private enum Field: String, JSONFields {
        case actor, at, fields, op, record, rev, seq, via
        static let keys = FieldKeys(rawValuesOf: Self.self)
    }

    init(reading reader: inout JSONReader) throws(JSONReader.Unreadable) {
        var actor: String?, at: Date?, op: String?, record: String?, rev: Int?, seq: Int?, via: String?
        var fields: OperationFields?
        try reader.object(Field.self) { reader, field throws(JSONReader.Unreadable) in
            switch field {
            case .actor: actor = try reader.string()
            case .at: at = try reader.date()
            case .fields: fields = try OperationFields(reading: &reader)
            case .op: op = try reader.string()
            case .record: record = try reader.string()
            case .rev: rev = try reader.optional { reader throws(JSONReader.Unreadable) in try reader.int() }
            case .seq: seq = try reader.int()
            case .via: via = try reader.optionalString()
            }
        }
        guard let actor, let at, let op, let record, let seq else { throw JSONReader.Unreadable() }
        let operation = try Self.operation(op, fields)
        self.init(seq: seq, at: at, actor: actor, via: via,
                  change: Change(recordID: record, expectedRevision: rev, operation: operation))
    }

    /// `Operation(from:)` over the kept fields: the same names, the same required and optional ones.
    private static func operation(_ op: String, _ given: OperationFields?) throws(JSONReader.Unreadable) -> Domain.Operation {
        switch op {
        case "claim": return .claim
        case "start": return .start
        case "review": return .review
        case "start_post": return .startPost
        case "promote": return .promote
        case "keep": return .keep
        default: break
        }
        guard var f = given else { throw JSONReader.Unreadable() }
        let operation: Domain.Operation
        switch op {
        case "create":
            operation = .create(NewTicket(
                title: try f.string(.title), description: try f.string(.description),
                urgent: try f.optional(.urgent) { reader throws(JSONReader.Unreadable) in try reader.bool() } ?? false,
                location: TicketLocation(district: try f.string(.district), street: try f.string(.street),
                                         community: try f.string(.community), grid: try f.string(.grid)),
                reporterName: try f.string(.reporterName), reporterPhone: try f.string(.reporterPhone),
                reportedAt: try f.optional(.reportedAt) { reader throws(JSONReader.Unreadable) in try reader.date() },
                deadline: try f.optional(.deadline) { reader throws(JSONReader.Unreadable) in try reader.date() }))
        case "classify":
            operation = .classify(category: try f.value(.category, TicketCategory.self), level: try f.value(.level, TicketLevel.self))
        case "assign": operation = .assign(to: try f.string(.to))
        case "escalate": operation = .escalate(reason: try f.string(.reason))
        case "resolve": operation = .resolve(note: try f.string(.note))
        case "rate":
            operation = .rate(score: try f.required(.score) { reader throws(JSONReader.Unreadable) in try reader.int() },
                              comment: try f.optional(.comment) { reader throws(JSONReader.Unreadable) in try reader.string() })
        case "reopen": operation = .reopen(reason: try f.string(.reason))
        case "close_duplicate": operation = .closeDuplicate(of: try f.string(.of))
        case "close_invalid": operation = .closeInvalid(reason: try f.string(.reason))
        case "close_at_source": operation = .closeAtSource(note: try f.string(.note))
        case "note": operation = .note(text: try f.string(.text))
        case "appoint": operation = .appoint(post: try f.string(.post))
        case "add_points":
            operation = .addPoints(month: try f.month(.month),
                                   delta: try f.required(.delta) { reader throws(JSONReader.Unreadable) in try reader.int() },
                                   reason: try f.string(.reason))
        case "warn": operation = .warn(text: try f.string(.text))
        case "record_accountability":
            operation = .recordAccountability(kind: try f.optional(.kind) { reader throws(JSONReader.Unreadable) in try reader.value(AccountabilityStep.self) },
                                              text: try f.string(.text))
        case "record_fault_tolerance": operation = .recordFaultTolerance(text: try f.string(.text))
        case "adjust_down": operation = .adjustDown(reason: try f.string(.reason))
        case "remove": operation = .remove(reason: try f.string(.reason))
        case "set_report_card":
            operation = .setReportCard(month: try f.month(.month), card: try f.value(.card, ReportCard.self),
                                       score: try f.required(.score) { reader throws(JSONReader.Unreadable) in try reader.double() })
        default:
            throw JSONReader.Unreadable()
        }
        guard f.allRead else { throw JSONReader.Unreadable() }
        return operation
    }
}
