import Foundation

/// Every record of the board. Records change only through `apply`, which keeps an id → position
/// index so a change costs O(1) however many records there are.
public struct Dataset: Codable, Sendable, Equatable {
    public static let currentSchemaVersion = 1

    public var schemaVersion: Int
    /// The "now" the data set was generated for; synthetic ages and deadlines are relative to it.
    public var referenceDate: Date
    public private(set) var tickets: [Ticket]
    public private(set) var cadres: [Cadre]
    public private(set) var units: [AssessmentUnit]
    public private(set) var talent: [TalentIndicator]
    public private(set) var figures: [ReportedFigure]
    public private(set) var workers: [GridWorker]

    /// Not encoded: rebuilt by `reindex()` after decoding and construction.
    private(set) var index = RecordIndex()
    /// The number the next created ticket gets, one above the largest `T-` number in use.
    private(set) var nextTicketNumber = 1

    public init(
        schemaVersion: Int = Dataset.currentSchemaVersion, referenceDate: Date, tickets: [Ticket] = [],
        cadres: [Cadre] = [], units: [AssessmentUnit] = [], talent: [TalentIndicator] = [],
        figures: [ReportedFigure] = [], workers: [GridWorker] = []
    ) {
        self.schemaVersion = schemaVersion
        self.referenceDate = referenceDate
        self.tickets = tickets
        self.cadres = cadres
        self.units = units
        self.talent = talent
        self.figures = figures
        self.workers = workers
        reindex()
    }

    private enum CodingKeys: String, CodingKey {
        case schemaVersion, referenceDate, tickets, cadres, units, talent, figures, workers
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        schemaVersion = try c.decode(Int.self, forKey: .schemaVersion)
        referenceDate = try c.decode(Date.self, forKey: .referenceDate)
        tickets = try c.decode([Ticket].self, forKey: .tickets)
        cadres = try c.decode([Cadre].self, forKey: .cadres)
        units = try c.decode([AssessmentUnit].self, forKey: .units)
        talent = try c.decode([TalentIndicator].self, forKey: .talent)
        figures = try c.decode([ReportedFigure].self, forKey: .figures)
        workers = try c.decode([GridWorker].self, forKey: .workers)
        reindex()
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(schemaVersion, forKey: .schemaVersion)
        try c.encode(referenceDate, forKey: .referenceDate)
        try c.encode(tickets, forKey: .tickets)
        try c.encode(cadres, forKey: .cadres)
        try c.encode(units, forKey: .units)
        try c.encode(talent, forKey: .talent)
        try c.encode(figures, forKey: .figures)
        try c.encode(workers, forKey: .workers)
    }

    /// Equal records; the index is derived and not compared.
    public static func == (lhs: Dataset, rhs: Dataset) -> Bool {
        lhs.schemaVersion == rhs.schemaVersion && lhs.referenceDate == rhs.referenceDate
            && lhs.tickets == rhs.tickets && lhs.cadres == rhs.cadres && lhs.units == rhs.units
            && lhs.talent == rhs.talent && lhs.figures == rhs.figures && lhs.workers == rhs.workers
    }

    /// Rebuilds the id index. With duplicate ids the first record wins; `validate()` reports them.
    public mutating func reindex() {
        var index = RecordIndex(tickets: tickets.count, cadres: cadres.count, units: units.count, workers: workers.count)
        var maxTicket = 0
        // By position: `enumerated()` would copy every ticket.
        for i in tickets.indices {
            let id = tickets[i].id
            index.add(id, .ticket(i))
            if let n = Self.ticketNumber(id) { maxTicket = max(maxTicket, n) }
        }
        for (i, cadre) in cadres.enumerated() { index.add(cadre.id, .cadre(i)) }
        for (i, unit) in units.enumerated() { index.add(unit.id, .unit(i)) }
        for (i, worker) in workers.enumerated() { index.add(worker.id, .worker(i)) }
        self.index = index
        nextTicketNumber = maxTicket + 1
    }

    /// Records of every kind.
    public var recordCount: Int {
        tickets.count + cadres.count + units.count + talent.count + figures.count + workers.count
    }

    // MARK: Lookup

    public func ref(_ id: String) -> RecordRef? { index[id] }

    public func ticketIndex(_ id: String) -> Int? {
        if case .ticket(let i) = index[id] { i } else { nil }
    }

    public func cadreIndex(_ id: String) -> Int? {
        if case .cadre(let i) = index[id] { i } else { nil }
    }

    public func unitIndex(_ id: String) -> Int? {
        if case .unit(let i) = index[id] { i } else { nil }
    }

    public func workerIndex(_ id: String) -> Int? {
        if case .worker(let i) = index[id] { i } else { nil }
    }

    public func ticket(_ id: String) -> Ticket? { ticketIndex(id).map { tickets[$0] } }
    public func cadre(_ id: String) -> Cadre? { cadreIndex(id).map { cadres[$0] } }
    public func unit(_ id: String) -> AssessmentUnit? { unitIndex(id).map { units[$0] } }
    public func worker(_ id: String) -> GridWorker? { workerIndex(id).map { workers[$0] } }

    /// The current revision of a changeable record (ticket, cadre or unit).
    public func revision(of id: String) -> Int? {
        switch index[id] {
        case .ticket(let i): tickets[i].revision
        case .cadre(let i): cadres[i].revision
        case .unit(let i): units[i].revision
        case .worker, nil: nil
        }
    }

    // MARK: Ids

    /// `T-000123` for 123.
    public static func ticketID(_ number: Int) -> String { "T-" + zeroPadded(number, width: 6) }

    /// The ticket a person typed: "123", "t-123" and "T-000123" all name T-000123; anything else
    /// is passed on as typed (upper-cased) for the rules to refuse.
    public static func ticketID(typed: String) -> String {
        let text = typed.trimmingCharacters(in: .whitespaces).uppercased()
        let digits = text.hasPrefix("T-") ? String(text.dropFirst(2)) : text
        guard !digits.isEmpty, digits.allSatisfy(\.isASCII), let number = Int(digits) else { return text }
        return ticketID(number)
    }

    /// `C-00042` for 42.
    public static func cadreID(_ number: Int) -> String { "C-" + zeroPadded(number, width: 5) }

    /// The number of a well-formed ticket id (`T-` and one to twelve digits). By bytes: loading
    /// asks it three times per ticket, and `hasPrefix` compares by characters.
    public static func ticketNumber(_ id: String) -> Int? {
        var id = id
        return id.withUTF8 { bytes in
            guard bytes.count > 2, bytes.count <= 14, bytes[0] == UInt8(ascii: "T"), bytes[1] == UInt8(ascii: "-") else { return nil }
            var number = 0
            for byte in bytes[2...] {
                guard byte >= 48, byte <= 57 else { return nil }
                number = number * 10 + Int(byte - 48)
            }
            return number
        }
    }

    static func zeroPadded(_ number: Int, width: Int) -> String {
        let digits = String(number)
        return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    }

    // MARK: Mutation, for apply

    mutating func appendTicket(_ ticket: Ticket) {
        index.add(ticket.id, .ticket(tickets.count))
        if let n = Self.ticketNumber(ticket.id) { nextTicketNumber = max(nextTicketNumber, n + 1) }
        tickets.append(ticket)
    }

    mutating func replaceTicket(at i: Int, with ticket: Ticket) { tickets[i] = ticket }
    mutating func replaceCadre(at i: Int, with cadre: Cadre) { cadres[i] = cadre }
    mutating func replaceUnit(at i: Int, with unit: AssessmentUnit) { units[i] = unit }
}
