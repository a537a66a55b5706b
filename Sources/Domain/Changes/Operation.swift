import Foundation

/// Every action on a record. Encoded as `{"op":"escalate","fields":{"reason":"…"}}`: the op is an
/// ASCII snake_case name and the fields a flat object, so a journal line stays readable.
public enum Operation: Codable, Sendable, Equatable {
    // Tickets
    case create(NewTicket)
    case classify(category: TicketCategory, level: TicketLevel)
    case assign(to: String)
    case claim
    case start
    case escalate(reason: String)
    case resolve(note: String)
    case rate(score: Int, comment: String?)
    case reopen(reason: String)
    case closeDuplicate(of: String)
    case closeInvalid(reason: String)
    /// Closed in the system the ticket was imported from (an Open311 server), with its note.
    case closeAtSource(note: String)
    case note(text: String)
    // Cadres
    case review
    case appoint(post: String)
    case startPost
    case addPoints(month: Month, delta: Int, reason: String)
    case warn(text: String)
    case recordAccountability(kind: AccountabilityStep? = nil, text: String)
    case recordFaultTolerance(text: String)
    case promote
    case keep
    case adjustDown(reason: String)
    case remove(reason: String)
    // Assessment units
    case setReportCard(month: Month, card: ReportCard, score: Double)

    /// The kind of record an operation applies to.
    public enum Target: Sendable {
        case ticket, cadre, unit
    }

    public var target: Target {
        switch self {
        case .create, .classify, .assign, .claim, .start, .escalate, .resolve, .rate, .reopen,
             .closeDuplicate, .closeInvalid, .closeAtSource, .note:
            .ticket
        case .review, .appoint, .startPost, .addPoints, .warn, .recordAccountability,
             .recordFaultTolerance, .promote, .keep, .adjustDown, .remove:
            .cadre
        case .setReportCard:
            .unit
        }
    }

    /// The wire name, also used in history events.
    public var name: String {
        switch self {
        case .create: "create"
        case .classify: "classify"
        case .assign: "assign"
        case .claim: "claim"
        case .start: "start"
        case .escalate: "escalate"
        case .resolve: "resolve"
        case .rate: "rate"
        case .reopen: "reopen"
        case .closeDuplicate: "close_duplicate"
        case .closeInvalid: "close_invalid"
        case .closeAtSource: "close_at_source"
        case .note: "note"
        case .review: "review"
        case .appoint: "appoint"
        case .startPost: "start_post"
        case .addPoints: "add_points"
        case .warn: "warn"
        case .recordAccountability: "record_accountability"
        case .recordFaultTolerance: "record_fault_tolerance"
        case .promote: "promote"
        case .keep: "keep"
        case .adjustDown: "adjust_down"
        case .remove: "remove"
        case .setReportCard: "set_report_card"
        }
    }

    private enum CodingKeys: String, CodingKey {
        case op, fields
    }

    private enum Field: String, CodingKey {
        case title, description, urgent, district, street, community, grid
        case reporterName = "reporter_name"
        case reporterPhone = "reporter_phone"
        case reportedAt = "reported_at"
        case deadline
        case category, level, to, reason, note, score, comment, of, text, post, month, delta, card, kind
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let op = try container.decode(String.self, forKey: .op)
        // Operations without fields may omit the object.
        switch op {
        case "claim": self = .claim; return
        case "start": self = .start; return
        case "review": self = .review; return
        case "start_post": self = .startPost; return
        case "promote": self = .promote; return
        case "keep": self = .keep; return
        default: break
        }
        // The fields are looked up only by a known operation that takes them, so an unknown
        // name is reported as such, not as missing fields.
        var fields: KeyedDecodingContainer<Field>?
        func f() throws -> KeyedDecodingContainer<Field> {
            if let fields { return fields }
            let made = try container.nestedContainer(keyedBy: Field.self, forKey: .fields)
            fields = made
            return made
        }
        func string(_ key: Field) throws -> String { try f().decode(String.self, forKey: key) }
        switch op {
        case "create":
            self = .create(NewTicket(
                title: try string(.title), description: try string(.description),
                urgent: try f().decodeIfPresent(Bool.self, forKey: .urgent) ?? false,
                location: TicketLocation(district: try string(.district), street: try string(.street),
                                         community: try string(.community), grid: try string(.grid)),
                reporterName: try string(.reporterName), reporterPhone: try string(.reporterPhone),
                reportedAt: try f().decodeIfPresent(Date.self, forKey: .reportedAt), deadline: try f().decodeIfPresent(Date.self, forKey: .deadline)))
        case "classify":
            self = .classify(category: try f().decode(TicketCategory.self, forKey: .category),
                             level: try f().decode(TicketLevel.self, forKey: .level))
        case "assign": self = .assign(to: try string(.to))
        case "escalate": self = .escalate(reason: try string(.reason))
        case "resolve": self = .resolve(note: try string(.note))
        case "rate":
            self = .rate(score: try f().decode(Int.self, forKey: .score),
                         comment: try f().decodeIfPresent(String.self, forKey: .comment))
        case "reopen": self = .reopen(reason: try string(.reason))
        case "close_duplicate": self = .closeDuplicate(of: try string(.of))
        case "close_invalid": self = .closeInvalid(reason: try string(.reason))
        case "close_at_source": self = .closeAtSource(note: try string(.note))
        case "note": self = .note(text: try string(.text))
        case "appoint": self = .appoint(post: try string(.post))
        case "add_points":
            self = .addPoints(month: try f().decode(Month.self, forKey: .month),
                              delta: try f().decode(Int.self, forKey: .delta), reason: try string(.reason))
        case "warn": self = .warn(text: try string(.text))
        case "record_accountability":
            self = .recordAccountability(kind: try f().decodeIfPresent(AccountabilityStep.self, forKey: .kind), text: try string(.text))
        case "record_fault_tolerance": self = .recordFaultTolerance(text: try string(.text))
        case "adjust_down": self = .adjustDown(reason: try string(.reason))
        case "remove": self = .remove(reason: try string(.reason))
        case "set_report_card":
            self = .setReportCard(month: try f().decode(Month.self, forKey: .month),
                                  card: try f().decode(ReportCard.self, forKey: .card),
                                  score: try f().decode(Double.self, forKey: .score))
        default:
            throw DecodingReason.error(forKey: .op, in: container, zh: "未知操作“\(op)”", en: "unknown operation \"\(op)\"")
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(name, forKey: .op)
        var f = container.nestedContainer(keyedBy: Field.self, forKey: .fields)
        switch self {
        case .create(let new):
            try f.encode(new.title, forKey: .title)
            try f.encode(new.description, forKey: .description)
            try f.encode(new.urgent, forKey: .urgent)
            try f.encode(new.location.district, forKey: .district)
            try f.encode(new.location.street, forKey: .street)
            try f.encode(new.location.community, forKey: .community)
            try f.encode(new.location.grid, forKey: .grid)
            try f.encode(new.reporterName, forKey: .reporterName)
            try f.encode(new.reporterPhone, forKey: .reporterPhone)
            try f.encodeIfPresent(new.reportedAt, forKey: .reportedAt)
            try f.encodeIfPresent(new.deadline, forKey: .deadline)
        case .classify(let category, let level):
            try f.encode(category, forKey: .category)
            try f.encode(level, forKey: .level)
        case .assign(let to): try f.encode(to, forKey: .to)
        case .escalate(let reason), .reopen(let reason), .closeInvalid(let reason),
             .adjustDown(let reason), .remove(let reason):
            try f.encode(reason, forKey: .reason)
        case .resolve(let note), .closeAtSource(let note): try f.encode(note, forKey: .note)
        case .rate(let score, let comment):
            try f.encode(score, forKey: .score)
            try f.encodeIfPresent(comment, forKey: .comment)
        case .closeDuplicate(let of): try f.encode(of, forKey: .of)
        case .note(let text), .warn(let text), .recordFaultTolerance(let text):
            try f.encode(text, forKey: .text)
        case .recordAccountability(let kind, let text):
            try f.encodeIfPresent(kind, forKey: .kind)
            try f.encode(text, forKey: .text)
        case .appoint(let post): try f.encode(post, forKey: .post)
        case .addPoints(let month, let delta, let reason):
            try f.encode(month, forKey: .month)
            try f.encode(delta, forKey: .delta)
            try f.encode(reason, forKey: .reason)
        case .setReportCard(let month, let card, let score):
            try f.encode(month, forKey: .month)
            try f.encode(card, forKey: .card)
            try f.encode(score, forKey: .score)
        case .claim, .start, .review, .startPost, .promote, .keep:
            break
        }
    }
}
