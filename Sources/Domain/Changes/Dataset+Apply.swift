import Foundation

extension Dataset {
    /// Applies one change atomically: on refusal nothing changes. On success the record's revision
    /// goes up by one, `updatedBy`/`updatedAt` are set and a history event is appended.
    ///
    /// `at` is rounded to milliseconds (the precision of the files) so a change applied live and
    /// the same change replayed from the journal give equal data sets.
    @discardableResult
    public mutating func apply(
        _ change: Change, actor: String, at rawAt: Date, seq: Int, rules: LifecycleRules = .standard
    ) throws(Refusal) -> AppliedChange {
        let at = Timestamp.normalized(rawAt)
        if case .create(let new) = change.operation {
            return try create(new, id: change.recordID, actor: actor, at: at, seq: seq, rules: rules)
        }
        guard let ref = ref(change.recordID) else {
            throw Refusal(.notFound, recordID: change.recordID, en: "no record \(change.recordID)",
                          zh: "没有记录 \(change.recordID)")
        }
        switch (ref, change.operation.target) {
        case (.ticket(let i), .ticket):
            var ticket = tickets[i]
            try checkRevision(change, current: ticket.revision, by: ticket.updatedBy, at: ticket.updatedAt, attemptAt: at)
            let detail = try ticket.perform(
                change.operation, actor: actor, at: at, rules: rules,
                worker: { worker($0) }, ticketExists: { ticketIndex($0) != nil })
            let event = stamp(&ticket.revision, &ticket.updatedBy, &ticket.updatedAt, &ticket.history,
                              op: change.operation, detail: detail, actor: actor, at: at, seq: seq)
            replaceTicket(at: i, with: ticket)
            return AppliedChange(recordID: ticket.id, revision: ticket.revision, event: event)
        case (.cadre(let i), .cadre):
            var cadre = cadres[i]
            try checkRevision(change, current: cadre.revision, by: cadre.updatedBy, at: cadre.updatedAt, attemptAt: at)
            let detail = try cadre.perform(change.operation, actor: actor, at: at, rules: rules)
            let event = stamp(&cadre.revision, &cadre.updatedBy, &cadre.updatedAt, &cadre.history,
                              op: change.operation, detail: detail, actor: actor, at: at, seq: seq)
            replaceCadre(at: i, with: cadre)
            return AppliedChange(recordID: cadre.id, revision: cadre.revision, event: event)
        case (.unit(let i), .unit):
            var unit = units[i]
            try checkRevision(change, current: unit.revision, by: unit.updatedBy, at: unit.updatedAt, attemptAt: at)
            let detail = try unit.perform(change.operation)
            let event = stamp(&unit.revision, &unit.updatedBy, &unit.updatedAt, &unit.history,
                              op: change.operation, detail: detail, actor: actor, at: at, seq: seq)
            replaceUnit(at: i, with: unit)
            return AppliedChange(recordID: unit.id, revision: unit.revision, event: event)
        default:
            throw Refusal(.wrongRecordKind, recordID: change.recordID,
                          en: "\(change.operation.name) does not apply to \(change.recordID)",
                          zh: "操作 \(change.operation.name) 不适用于 \(change.recordID)")
        }
    }

    private func checkRevision(_ change: Change, current: Int, by: String?, at changed: Date?, attemptAt: Date) throws(Refusal) {
        guard let expected = change.expectedRevision, expected != current else { return }
        throw Refusal.conflict(recordID: change.recordID, current: current, expected: expected,
                               by: by, at: changed, attemptAt: attemptAt)
    }

    private func stamp(
        _ revision: inout Int, _ updatedBy: inout String?, _ updatedAt: inout Date?, _ history: inout History,
        op: Operation, detail: String?, actor: String, at: Date, seq: Int
    ) -> HistoryEvent {
        revision += 1
        updatedBy = actor
        updatedAt = at
        let event = HistoryEvent(seq: seq, actor: actor, at: at, op: op.name, detail: detail)
        history.append(event)
        return event
    }

    private mutating func create(
        _ new: NewTicket, id requested: String, actor: String, at: Date, seq: Int, rules: LifecycleRules
    ) throws(Refusal) -> AppliedChange {
        let id: String
        if requested.isEmpty {
            id = Self.ticketID(nextTicketNumber)
        } else {
            guard Self.ticketNumber(requested) != nil else {
                throw Refusal(.duplicateID, recordID: requested, en: "\(requested) is not a ticket id (T-000123)",
                              zh: "\(requested) 不是工单编号(如 T-000123)")
            }
            guard ref(requested) == nil else {
                throw Refusal(.duplicateID, recordID: requested, en: "\(requested) already exists",
                              zh: "\(requested) 已存在")
            }
            id = requested
        }
        func trimmed(_ s: String) -> String { s.trimmingCharacters(in: .whitespacesAndNewlines) }
        let title = trimmed(new.title)
        for (field, value) in [("title", title), ("district", trimmed(new.location.district))] where value.isEmpty {
            throw Refusal(.invalidField, recordID: id, en: "\(field) is required", zh: "必须填写\(FieldNames.zh(field))")
        }
        // A request imported from another system keeps its own report time (never later than
        // now) and the deadline it was promised.
        let reported = new.reportedAt.map { Timestamp.normalized(min($0, at)) } ?? at
        let deadline = new.deadline.map(Timestamp.normalized) ?? rules.deadline(from: reported, level: .grid, urgent: new.urgent)
        let event = HistoryEvent(seq: seq, actor: actor, at: reported, op: Operation.create(new).name, detail: nil)
        let ticket = Ticket(
            id: id, revision: 1, updatedBy: actor, updatedAt: at, source: .entered, title: title,
            description: trimmed(new.description), level: .grid, urgent: new.urgent, location: new.location,
            reporterName: trimmed(new.reporterName), reporterPhone: trimmed(new.reporterPhone), status: .reported,
            createdAt: reported, deadline: deadline, history: [event])
        appendTicket(ticket)
        return AppliedChange(recordID: id, revision: 1, event: event)
    }
}
