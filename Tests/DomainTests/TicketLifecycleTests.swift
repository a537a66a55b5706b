import Foundation
import Testing
@testable import Domain

@Suite("Ticket life cycle")
struct TicketLifecycleTests {
    typealias Op = Domain.Operation

    /// Applies `op` to T-000001 at `at` (defaults to one hour after creation).
    @discardableResult
    static func run(_ data: inout Dataset, _ op: Op, id: String = "T-000001", actor: String = "alice",
                    at: Date = Fixture.hours(1)) throws(Refusal) -> AppliedChange {
        try data.apply(Change(recordID: id, operation: op), actor: actor, at: at, seq: 1)
    }

    /// Expects a refusal with `code` and checks that nothing changed.
    static func expectRefusal(_ data: Dataset, _ op: Op, _ code: Refusal.Code, id: String = "T-000001",
                              actor: String = "alice", sourceLocation: SourceLocation = #_sourceLocation) {
        var copy = data
        do {
            try run(&copy, op, id: id, actor: actor)
            Issue.record("\(op.name) was allowed", sourceLocation: sourceLocation)
        } catch {
            #expect(error.code == code, "\(error.message.en)", sourceLocation: sourceLocation)
            #expect(!error.message.en.isEmpty && !error.message.zh.isEmpty, sourceLocation: sourceLocation)
        }
        #expect(copy == data, "a refused change altered the data set", sourceLocation: sourceLocation)
    }

    /// A data set whose T-000001 has reached `status` through the life cycle (T-000002 is a
    /// reported ticket to be a duplicate of).
    static func at(_ status: TicketStatus) throws -> Dataset {
        var data = Fixture.dataset(tickets: [Fixture.ticket(1), Fixture.ticket(2)])
        let path: [Op] = switch status {
        case .reported: []
        case .classified: [.classify(category: .roads, level: .grid)]
        case .assigned: [.classify(category: .roads, level: .grid), .assign(to: "W-0001")]
        case .inProgress: [.classify(category: .roads, level: .grid), .assign(to: "W-0001"), .start]
        case .resolved: [.classify(category: .roads, level: .grid), .assign(to: "W-0001"), .start, .resolve(note: "修好了")]
        case .closed: [.classify(category: .roads, level: .grid), .assign(to: "W-0001"), .start, .resolve(note: "修好了"),
                       .rate(score: 5, comment: nil)]
        }
        for op in path { try run(&data, op) }
        #expect(data.tickets[0].status == status)
        return data
    }

    static let matrix: [(Op, Set<TicketStatus>)] = [
        (.classify(category: .parking, level: .grid), [.reported, .classified]),
        (.assign(to: "W-0004"), [.classified, .assigned, .inProgress]),
        (.claim, [.assigned, .inProgress]),
        (.start, [.assigned]),
        (.escalate(reason: "需要社区协调"), [.classified, .assigned, .inProgress]),
        (.resolve(note: "已处理"), [.inProgress]),
        (.rate(score: 5, comment: "好"), [.resolved]),
        (.reopen(reason: "居民反映未解决"), [.resolved, .closed]),
        (.closeDuplicate(of: "T-000002"), [.reported, .classified, .assigned, .inProgress]),
        (.closeInvalid(reason: "不属实"), [.reported, .classified, .assigned, .inProgress]),
        (.note(text: "已电话联系"), Set(TicketStatus.allCases)),
    ]

    @Test(arguments: TicketStatus.allCases)
    func everyActionFromEveryStatus(_ status: TicketStatus) throws {
        let data = try Self.at(status)
        for (op, allowed) in Self.matrix {
            if allowed.contains(status) {
                var copy = data
                // "bob" so that claim is not refused as already claimed by the same user.
                let applied = try Self.run(&copy, op, actor: "bob")
                #expect(applied.revision == data.tickets[0].revision + 1, "\(op.name) from \(status)")
                #expect(copy.tickets[0].history.last?.op == op.name)
            } else {
                Self.expectRefusal(data, op, .notAllowed, actor: "bob")
            }
        }
    }

    @Test func happyPathClosesWithRating() throws {
        var data = try Self.at(.resolved)
        let t = data.tickets[0]
        #expect(t.deadline == Fixture.hours(24))
        #expect(t.resolvedAt == Fixture.hours(1))
        #expect(t.resolvedOnTime == true)
        #expect(t.claimedBy == "alice")
        try Self.run(&data, .rate(score: 4, comment: " 满意 "), at: Fixture.hours(3))
        let closed = data.tickets[0]
        #expect(closed.status == .closed)
        #expect(closed.closeReason == .rated(score: 4))
        #expect(closed.closedAt == Fixture.hours(3))
        #expect(closed.rating == TicketRating(score: 4, comment: "满意", at: Fixture.hours(3)))
        #expect(closed.revision == 6)
        #expect(closed.history.map(\.op) == ["classify", "assign", "start", "resolve", "rate"])
    }

    @Test func classificationSetsLevelDeadline() throws {
        var data = Fixture.dataset()
        try Self.run(&data, .classify(category: .housing, level: .community))
        #expect(data.tickets[0].deadline == Fixture.hours(72))
        var urgent = Fixture.dataset(tickets: [Fixture.ticket(1, urgent: true)])
        try Self.run(&urgent, .classify(category: .housing, level: .street))
        #expect(urgent.tickets[0].deadline == Fixture.hours(60))
        let custom = LifecycleRules(gridHours: 8)
        var fast = Fixture.dataset()
        try fast.apply(Change(recordID: "T-000001", operation: .classify(category: .roads, level: .grid)),
                       actor: "a", at: Fixture.hours(1), seq: 1, rules: custom)
        #expect(fast.tickets[0].deadline == Fixture.hours(8))
    }

    @Test func reclassifyingKeepsLevel() throws {
        var data = try Self.at(.classified)
        try Self.run(&data, .classify(category: .parking, level: .grid))
        #expect(data.tickets[0].category == .parking)
        Self.expectRefusal(data, .classify(category: .parking, level: .street), .notAllowed)
    }

    @Test func assignChecksWorker() throws {
        let data = try Self.at(.classified)
        Self.expectRefusal(data, .assign(to: "W-9999"), .unknownReference)
        Self.expectRefusal(data, .assign(to: "W-0002"), .unknownReference)
        let assigned = try Self.at(.assigned)
        Self.expectRefusal(assigned, .assign(to: "W-0001"), .notAllowed)
        var working = try Self.at(.inProgress)
        try Self.run(&working, .assign(to: "W-0004"))
        #expect(working.tickets[0].status == .assigned)
        #expect(working.tickets[0].assignee == "W-0004")
        #expect(working.tickets[0].claimedBy == nil)
        let event = try #require(working.tickets[0].history.last)
        #expect(event.summary.en == "assigned to W-0004")
        #expect(working.summary(of: event) == Label(zh: "派单给 王强(W-0004)", en: "assigned to 王强 (W-0004)"))
    }

    @Test func claimRecordsWhoIsOnIt() throws {
        var data = try Self.at(.assigned)
        try Self.run(&data, .claim, actor: "carol")
        #expect(data.tickets[0].claimedBy == "carol")
        #expect(data.tickets[0].history.last?.summary.en == "claimed")
        Self.expectRefusal(data, .claim, .notAllowed, actor: "carol")
        try Self.run(&data, .claim, actor: "dave")
        #expect(data.tickets[0].claimedBy == "dave")
        #expect(data.tickets[0].history.last?.summary.en == "claimed (was carol)")
    }

    @Test func escalationMovesUpAndRestartsTheClock() throws {
        var data = try Self.at(.inProgress)
        Self.expectRefusal(data, .escalate(reason: "  "), .invalidField)
        let at = Fixture.hours(10)
        try Self.run(&data, .escalate(reason: "需要社区协调"), at: at)
        let t = data.tickets[0]
        #expect(t.level == .community)
        #expect(t.status == .classified)
        #expect(t.assignee == nil && t.claimedBy == nil)
        #expect(t.levelStartedAt == at)
        #expect(t.deadline == Fixture.hours(72, after: at))
        #expect(t.history.last?.summary == Label(zh: "上报升级至社区:需要社区协调", en: "escalated to Community: 需要社区协调"))
        try Self.run(&data, .escalate(reason: "街道统筹"))
        try Self.run(&data, .escalate(reason: "区级部门"))
        #expect(data.tickets[0].level == .district)
        Self.expectRefusal(data, .escalate(reason: "再上报"), .notAllowed)
        try Self.run(&data, .assign(to: "W-0005"))
        #expect(data.tickets[0].assignee == "W-0005")
    }

    @Test func resolveNeedsANote() throws {
        let data = try Self.at(.inProgress)
        Self.expectRefusal(data, .resolve(note: ""), .invalidField)
    }

    @Test func ratingOutOfRangeIsRefused() throws {
        let data = try Self.at(.resolved)
        Self.expectRefusal(data, .rate(score: 0, comment: nil), .invalidField)
        Self.expectRefusal(data, .rate(score: 6, comment: nil), .invalidField)
    }

    @Test func lowRatingSendsTheTicketBack() throws {
        var data = try Self.at(.resolved)
        let at = Fixture.hours(5)
        try Self.run(&data, .rate(score: 2, comment: "没修好"), at: at)
        let t = data.tickets[0]
        #expect(t.status == .assigned)
        #expect(t.assignee == "W-0001")
        #expect(t.reopenCount == 1)
        #expect(t.ratings.map(\.score) == [2])
        #expect(t.resolvedAt == nil && t.closeReason == nil)
        #expect(t.levelStartedAt == at)
        #expect(t.deadline == Fixture.hours(24, after: at))
        #expect(t.history.last?.summary.en == "rated 2: 没修好")
        var again = data
        try Self.run(&again, .start)
        try Self.run(&again, .resolve(note: "重新维修"))
        try Self.run(&again, .rate(score: 3, comment: nil))
        #expect(again.tickets[0].status == .closed)
        #expect(again.tickets[0].ratings.map(\.score) == [2, 3])
    }

    @Test func reopenReturnsToTheFurthestWorkingState() throws {
        var closed = try Self.at(.closed)
        Self.expectRefusal(closed, .reopen(reason: ""), .invalidField)
        try Self.run(&closed, .reopen(reason: "又坏了"))
        #expect(closed.tickets[0].status == .assigned)
        #expect(closed.tickets[0].reopenCount == 1)
        #expect(closed.tickets[0].closeReason == nil && closed.tickets[0].closedAt == nil)

        var invalid = Fixture.dataset()
        try Self.run(&invalid, .closeInvalid(reason: "不属实"))
        try Self.run(&invalid, .reopen(reason: "核实属实"))
        #expect(invalid.tickets[0].status == .reported)
    }

    @Test func duplicateMustNameAnotherExistingTicket() throws {
        let data = try Self.at(.classified)
        Self.expectRefusal(data, .closeDuplicate(of: "T-000001"), .invalidField)
        Self.expectRefusal(data, .closeDuplicate(of: "T-000404"), .unknownReference)
        var copy = data
        try Self.run(&copy, .closeDuplicate(of: "T-000002"))
        #expect(copy.tickets[0].closeReason == .duplicate(of: "T-000002"))
        #expect(copy.tickets[0].status == .closed)
    }

    @Test func invalidNeedsAReason() {
        Self.expectRefusal(Fixture.dataset(), .closeInvalid(reason: " "), .invalidField)
    }

    @Test func notesAreAllowedOnClosedTickets() throws {
        var data = try Self.at(.closed)
        Self.expectRefusal(data, .note(text: ""), .invalidField)
        try Self.run(&data, .note(text: "回访满意"), actor: "erin", at: Fixture.hours(9))
        #expect(data.tickets[0].notes == [DatedNote(at: Fixture.hours(9), actor: "erin", text: "回访满意")])
    }

    @Test func cadreOperationsAreRefusedOnTickets() {
        Self.expectRefusal(Fixture.dataset(), .promote, .wrongRecordKind)
    }

    @Test func deadlineClock() {
        let rules = LifecycleRules.standard
        let t = Fixture.ticket(1)
        #expect(t.timeLeft(now: Fixture.hours(6)) == TimeInterval(18 * 3600))
        #expect(t.fractionUsed(now: Fixture.hours(6)) == 0.25)
        #expect(t.deadlineState(now: Fixture.hours(6), rules: rules) == .onTrack)
        #expect(t.deadlineState(now: Fixture.hours(18), rules: rules) == .nearing)
        #expect(t.deadlineState(now: Fixture.hours(24), rules: rules) == .nearing)
        #expect(!t.isOverdue(now: Fixture.hours(24)))
        #expect(t.isOverdue(now: Fixture.hours(25)))
        #expect(t.deadlineState(now: Fixture.hours(25), rules: rules) == .overdue)
        var done = t
        done.status = .resolved
        #expect(!done.isOverdue(now: Fixture.hours(99)))
        #expect(done.timeLeft(now: Fixture.hours(99)) == nil)
        #expect(done.deadlineState(now: Fixture.hours(99), rules: rules) == .notOpen)
    }

    @Test func rulesDecodeWithDefaults() throws {
        let rules = try DomainJSON.makeDecoder().decode(LifecycleRules.self, from: Data(#"{"gridHours": 12}"#.utf8))
        #expect(rules.gridHours == 12)
        #expect(rules.communityHours == 72)
        #expect(rules.timeLimit(level: .street, urgent: true) == 60 * 3600)
        #expect(rules.timeLimit(level: .district, urgent: false) == 240 * 3600)
    }
}
