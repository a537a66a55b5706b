import Foundation

/// Synthetic tickets: each is created at a random time in the window before the reference date and
/// then taken through the real state machine (`Ticket.perform`) step by step, stopping at the
/// reference date. So every generated ticket is in a state the life cycle can reach, with a
/// consistent history, and young tickets show live deadlines.
struct TicketSimulator {
    let config: GeneratorConfig
    let geography: Geography
    let names: PersonNames
    let reference: Date
    let rules = LifecycleRules.standard
    private let categories: [TicketCategory]
    private let templates: [[GeneratorConfig.TicketTemplate]]

    private static let categoryWeights: [TicketCategory: Double] = [
        .sanitation: 14, .roads: 12, .housing: 10, .safety: 9, .environment: 8, .neighbourDispute: 9,
        .elderlyCare: 7, .utilities: 9, .parking: 10, .greenery: 4, .propertyManagement: 6, .other: 2,
    ]
    private static let levelWeights: [Double] = [70, 22, 6, 2]
    private static let escalationChance: [TicketLevel: Double] = [.grid: 0.12, .community: 0.08, .street: 0.05]

    init(config: GeneratorConfig, geography: Geography, names: PersonNames, reference: Date) {
        self.config = config
        self.geography = geography
        self.names = names
        self.reference = reference
        // Categories in declaration order, not dictionary order, so the seed decides everything.
        categories = TicketCategory.allCases.filter { !(config.ticketTemplates[$0.rawValue] ?? []).isEmpty }
        templates = categories.map { config.ticketTemplates[$0.rawValue] ?? [] }
    }

    func make(count: Int, random: inout SeededRandom) -> [Ticket] {
        let window = Double(config.ticketWindowDays) * 86_400
        // Younger tickets are more common than old ones, so the live queue is well filled.
        let ages = (0..<count).map { _ in max(300, window * pow(random.unit(), 1.6)) }.sorted(by: >)
        let weights = categories.map { Self.categoryWeights[$0] ?? 1 }
        var tickets: [Ticket] = []
        tickets.reserveCapacity(count)
        for (i, age) in ages.enumerated() {
            let createdAt = Timestamp.normalized(reference.addingTimeInterval(-age))
            let category = categories[random.weighted(weights)]
            tickets.append(simulate(number: i + 1, createdAt: createdAt, category: category,
                                    template: random.pick(templates[categories.firstIndex(of: category) ?? 0]),
                                    random: &random))
        }
        return tickets
    }

    private func fill(_ text: String, random: inout SeededRandom) -> String {
        guard text.contains("{") else { return text }
        return text
            .replacingOccurrences(of: "{b}", with: String(random.int(1...36)))
            .replacingOccurrences(of: "{n}", with: String(random.int(2...6)))
            .replacingOccurrences(of: "{topic}", with: random.pick(config.topics))
    }

    private func simulate(number: Int, createdAt: Date, category: TicketCategory,
                          template: GeneratorConfig.TicketTemplate, random: inout SeededRandom) -> Ticket {
        let place = geography.randomPlace(random: &random)
        let actor = random.pick(config.operators)
        let urgent = random.chance(0.08)
        let title = fill(template.title, random: &random)
        let created = HistoryEvent(seq: 0, actor: actor, at: createdAt, op: "create", detail: nil)
        var run = Run(ticket: Ticket(
            id: Dataset.ticketID(number), updatedBy: actor, updatedAt: createdAt, source: .synthetic, title: title,
            description: fill(template.description, random: &random), urgent: urgent,
            location: geography.location(place), reporterName: names.person(random: &random).name,
            reporterPhone: PersonNames.phone(random: &random), createdAt: createdAt,
            deadline: rules.deadline(from: createdAt, level: .grid, urgent: urgent), history: [created]),
            clock: createdAt, actor: actor, reference: reference, rules: rules)
        func hours(_ range: ClosedRange<Double>) -> TimeInterval { random.double(range) * 3600 }
        // Usually quick, sometimes a ticket waits in a queue for a day or more.
        func wait(_ quick: ClosedRange<Double>, _ slow: ClosedRange<Double>, slowChance: Double) -> TimeInterval {
            random.chance(slowChance) ? hours(slow) : hours(quick)
        }

        let level = TicketLevel.allCases[random.weighted(Self.levelWeights)]
        guard run.step(.classify(category: category, level: level), after: wait(0.1...3, 3...36, slowChance: 0.25))
        else { return run.ticket }
        if random.chance(0.12) {
            _ = run.step(.note(text: random.pick(config.ticketNotes)), after: hours(0.05...1))
        }
        if random.chance(0.03) {
            _ = run.step(.closeInvalid(reason: random.pick(config.invalidReasons)), after: hours(0.1...6))
            return run.ticket
        }
        if number > 1 && random.chance(0.03) {
            let original = Dataset.ticketID(max(1, number - random.int(1...30)))
            _ = run.step(.closeDuplicate(of: original), after: hours(0.1...6))
            return run.ticket
        }
        var escalations = 0
        while true {
            let worker = geography.worker(for: place, level: run.ticket.level)
            guard run.step(.assign(to: worker.id), after: wait(0.1...2, 2...30, slowChance: 0.25), worker: worker),
                  run.step(.start, after: wait(0.2...4, 4...40, slowChance: 0.2))
            else { return run.ticket }
            // Now and then a colleague takes over ("I am on it").
            let others = config.operators.filter { $0 != run.ticket.claimedBy }
            if !others.isEmpty && random.chance(0.08) {
                run.actor = random.pick(others)
                guard run.step(.claim, after: hours(0.1...3)) else { return run.ticket }
            }
            let from = run.ticket.level
            guard escalations < 2, random.chance(Self.escalationChance[from] ?? 0) else { break }
            let limit = rules.timeLimit(level: from, urgent: urgent)
            let reason = random.pick(config.escalationReasons[from.rawValue] ?? ["需上级协调"])
            guard run.step(.escalate(reason: reason), after: limit * random.double(0.1...0.6)) else { return run.ticket }
            escalations += 1
        }
        // Some tickets stall: they stay in progress and turn overdue.
        if random.chance(0.08) { return run.ticket }
        for attempt in 0..<2 {
            let limit = rules.timeLimit(level: run.ticket.level, urgent: urgent)
            let share = random.chance(0.82) ? random.double(0.1...0.9) : random.double(1.0...1.8)
            let used = run.clock.timeIntervalSince(run.ticket.levelStartedAt)
            guard run.step(.resolve(note: random.pick(config.resolutionNotes)), after: max(1800, limit * share - used)),
                  !random.chance(0.1)
            else { return run.ticket }
            let score = attempt == 0 ? 5 - random.weighted([45, 30, 12, 8, 5]) : random.int(3...5)
            let comments = config.ratingComments[score >= rules.satisfiedScore ? "high" : "low"] ?? []
            let comment = comments.isEmpty || random.chance(0.5) ? nil : random.pick(comments)
            guard run.step(.rate(score: score, comment: comment), after: hours(1...30)) else { return run.ticket }
            if score >= rules.satisfiedScore { return run.ticket }
            guard run.step(.start, after: hours(0.5...6)) else { return run.ticket }
        }
        return run.ticket
    }

    /// One ticket on its way through the life cycle, with a clock that stops at the reference date.
    private struct Run {
        var ticket: Ticket
        var clock: Date
        var actor: String
        let reference: Date
        let rules: LifecycleRules

        /// Performs `operation` after `delay`; false when that moment is past the reference date.
        mutating func step(_ operation: Operation, after delay: TimeInterval, worker: GridWorker? = nil) -> Bool {
            let at = Timestamp.normalized(clock.addingTimeInterval(delay))
            guard at <= reference else { return false }
            do {
                let detail = try ticket.perform(operation, actor: actor, at: at, rules: rules,
                                                 worker: { id in worker?.id == id ? worker : nil },
                                                 ticketExists: { _ in true })
                ticket.revision += 1
                ticket.updatedBy = actor
                ticket.updatedAt = at
                ticket.history.append(HistoryEvent(seq: 0, actor: actor, at: at, op: operation.name, detail: detail))
                clock = at
                return true
            } catch {
                assertionFailure("generator made a refused change: \(error)")
                return false
            }
        }
    }
}
