import Foundation

/// The ticket state machine. Each action checks everything first and mutates only when allowed,
/// so a refused action leaves the ticket untouched.
extension Ticket {
    /// Performs a ticket action (not `create`) and returns the history event's detail.
    /// `worker` and `ticketExists` look up references in the data set.
    mutating func perform(
        _ operation: Operation, actor: String, at: Date, rules: LifecycleRules,
        worker: (String) -> GridWorker?, ticketExists: (String) -> Bool
    ) throws(Refusal) -> String? {
        switch operation {
        case .classify(let category, let newLevel):
            switch status {
            case .reported:
                level = newLevel
            case .classified:
                guard newLevel == level else {
                    throw refusal(.notAllowed,
                                  en: "\(id) is already classified at \(level.label.en) level; only escalation (with a reason) changes the level",
                                  zh: "\(id) 已按\(level.label.zh)级分类,只能通过上报升级(需说明理由)改变层级")
                }
            default:
                throw notAllowed("classify", allowed: [.reported, .classified])
            }
            self.category = category
            status = .classified
            deadline = rules.deadline(from: levelStartedAt, level: level, urgent: urgent)
            return "\(category.rawValue) \(level.rawValue)"

        case .assign(let workerID):
            guard [.classified, .assigned, .inProgress].contains(status) else {
                throw notAllowed("assign", allowed: [.classified, .assigned, .inProgress])
            }
            guard let target = worker(workerID) else {
                throw refusal(.unknownReference, en: "no worker \(workerID)", zh: "没有工作人员 \(workerID)")
            }
            guard target.level == level else {
                throw refusal(.unknownReference,
                              en: "\(workerID) works at \(target.level.label.en) level; \(id) is at \(level.label.en) level",
                              zh: "\(workerID) 属于\(target.level.label.zh)级,\(id) 在\(level.label.zh)级")
            }
            guard !(status == .assigned && assignee == workerID) else {
                throw refusal(.notAllowed, en: "\(id) is already assigned to \(workerID)",
                              zh: "\(id) 已派给 \(workerID)")
            }
            assignee = workerID
            claimedBy = nil
            status = .assigned
            return workerID

        case .claim:
            guard status == .assigned || status == .inProgress else {
                throw notAllowed("claim", allowed: [.assigned, .inProgress])
            }
            guard claimedBy != actor else {
                throw refusal(.notAllowed, en: "\(id) is already claimed by you", zh: "您已认领 \(id)")
            }
            let previous = claimedBy
            claimedBy = actor
            return previous

        case .start:
            guard status == .assigned else { throw notAllowed("start", allowed: [.assigned]) }
            status = .inProgress
            if claimedBy == nil { claimedBy = actor }
            return nil

        case .escalate(let reason):
            let reason = try required(reason, field: "reason")
            guard [.classified, .assigned, .inProgress].contains(status) else {
                throw notAllowed("escalate", allowed: [.classified, .assigned, .inProgress])
            }
            guard let next = level.next else {
                throw refusal(.notAllowed, en: "\(id) is at district level and cannot be escalated further",
                              zh: "\(id) 已在区级,不能再上报")
            }
            level = next
            status = .classified
            assignee = nil
            claimedBy = nil
            levelStartedAt = at
            deadline = rules.deadline(from: at, level: next, urgent: urgent)
            return "\(next.rawValue) \(reason)"

        case .resolve(let note):
            guard status == .inProgress else {
                throw notAllowed("resolve", allowed: [.inProgress])
            }
            let note = try required(note, field: "note")
            status = .resolved
            resolvedAt = at
            resolutionNote = note
            return note

        case .rate(let score, let comment):
            guard status == .resolved else { throw notAllowed("rate", allowed: [.resolved]) }
            guard (1...5).contains(score) else {
                throw refusal(.invalidField, en: "rating must be 1 to 5, got \(score)",
                              zh: "评分必须为 1 到 5,收到 \(score)")
            }
            let comment = comment.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.flatMap { $0.isEmpty ? nil : $0 }
            ratings.append(TicketRating(score: score, comment: comment, at: at))
            let detail = comment.map { "\(score) \($0)" } ?? "\(score)"
            if score >= rules.satisfiedScore {
                status = .closed
                closeReason = .rated(score: score)
                closedAt = at
                return detail
            }
            reopenAssigned(at: at, rules: rules)
            return detail

        case .reopen(let reason):
            let reason = try required(reason, field: "reason")
            guard status == .resolved || status == .closed else {
                throw notAllowed("reopen", allowed: [.resolved, .closed])
            }
            reopenAssigned(at: at, rules: rules)
            return reason

        case .closeDuplicate(let original):
            guard status.isOpen else { throw notAllowed("close as duplicate", allowed: Self.openStatuses) }
            guard original != id else {
                throw refusal(.invalidField, en: "\(id) cannot be a duplicate of itself", zh: "\(id) 不能与自身重复")
            }
            guard ticketExists(original) else {
                throw refusal(.unknownReference, en: "no ticket \(original) to be a duplicate of",
                              zh: "不存在工单 \(original)")
            }
            close(.duplicate(of: original), at: at)
            return original

        case .closeInvalid(let reason):
            let reason = try required(reason, field: "reason")
            guard status.isOpen else { throw notAllowed("close as invalid", allowed: Self.openStatuses) }
            close(.invalid(reason: reason), at: at)
            return reason

        case .closeAtSource(let note):
            guard status.isOpen else { throw notAllowed("close at the source", allowed: Self.openStatuses) }
            close(.atSource(note: note.trimmingCharacters(in: .whitespacesAndNewlines)), at: at)
            return note

        case .note(let text):
            let text = try required(text, field: "text")
            notes.append(DatedNote(at: at, actor: actor, text: text))
            return text

        case .create, .review, .appoint, .startPost, .addPoints, .warn, .recordAccountability,
             .recordFaultTolerance, .promote, .keep, .adjustDown, .remove, .setReportCard:
            throw refusal(.wrongRecordKind, en: "\(operation.name) does not apply to a ticket",
                          zh: "操作 \(operation.name) 不适用于工单")
        }
    }

    static let openStatuses: [TicketStatus] = [.reported, .classified, .assigned, .inProgress]

    /// Back to work after a low rating or a reopen: to the assignee if there is one, else to the
    /// furthest state the ticket had reached, with a fresh clock at the same level.
    private mutating func reopenAssigned(at: Date, rules: LifecycleRules) {
        status = assignee != nil ? .assigned : (category != nil ? .classified : .reported)
        closeReason = nil
        closedAt = nil
        resolvedAt = nil
        claimedBy = nil
        reopenCount += 1
        levelStartedAt = at
        deadline = rules.deadline(from: at, level: level, urgent: urgent)
    }

    private mutating func close(_ reason: CloseReason, at: Date) {
        status = .closed
        closeReason = reason
        closedAt = at
        claimedBy = nil
    }

    private func required(_ text: String, field: String) throws(Refusal) -> String {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else {
            throw refusal(.invalidField, en: "\(field) is required", zh: "必须填写\(FieldNames.zh(field))")
        }
        return trimmed
    }

    private func notAllowed(_ action: String, allowed: [TicketStatus]) -> Refusal {
        refusal(.notAllowed,
                en: "cannot \(action) \(id): it is \(status.label.en.lowercased()); allowed when "
                    + allowed.map { $0.label.en.lowercased() }.joined(separator: " or "),
                zh: "\(id) 当前为「\(status.label.zh)」,不能执行此操作;仅限"
                    + allowed.map { "「\($0.label.zh)」" }.joined(separator: "或"))
    }

    private func refusal(_ code: Refusal.Code, en: String, zh: String) -> Refusal {
        Refusal(code, recordID: id, en: en, zh: zh)
    }
}
