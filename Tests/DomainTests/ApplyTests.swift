import Foundation
import Testing
@testable import Domain

@Suite("Dataset.apply")
struct ApplyTests {
    @Test func appliedChangeBumpsRevisionAndRecordsWhoAndWhen() throws {
        var data = Fixture.dataset()
        let at = Fixture.hours(1)
        let applied = try data.apply(Change(recordID: "T-000001", expectedRevision: 1,
                                            operation: .classify(category: .roads, level: .grid)),
                                     actor: "alice", at: at, seq: 7)
        let ticket = try #require(data.ticket("T-000001"))
        #expect(applied.revision == 2)
        #expect(ticket.revision == 2)
        #expect(ticket.updatedBy == "alice")
        #expect(ticket.updatedAt == at)
        #expect(ticket.history.last?.seq == 7)
        #expect(ticket.history.last?.op == "classify")
    }

    @Test func staleRevisionIsRefusedWithWhoAndWhen() throws {
        var data = Fixture.dataset()
        let utc = TimeZone(identifier: "UTC")!
        try data.apply(Change(recordID: "T-000001", operation: .note(text: "first")),
                       actor: "alice", at: Timestamp.date(year: 2018, month: 11, day: 20, hour: 14, minute: 2), seq: 1)
        let before = data
        #expect(throws: Refusal.self) {
            try data.apply(Change(recordID: "T-000001", expectedRevision: 1, operation: .note(text: "second")),
                           actor: "bob", at: Fixture.hours(7), seq: 2)
        }
        #expect(data == before)
        let refusal = Refusal.conflict(recordID: "T-000001", current: 2, expected: 1, by: "alice",
                                       at: Timestamp.date(year: 2018, month: 11, day: 20, hour: 14, minute: 2),
                                       attemptAt: Fixture.hours(7), timeZone: utc)
        #expect(refusal.code == .revisionConflict)
        #expect(refusal.message.en == "T-000001 was changed by alice at 14:02 (revision 2, you had 1)")
        #expect(refusal.message.zh == "T-000001 已被 alice 于 14:02 修改(当前版本 2,您的版本 1)")
        let otherDay = Refusal.conflict(recordID: "T-000001", current: 2, expected: 1, by: "alice",
                                        at: Timestamp.date(year: 2018, month: 11, day: 19, hour: 9),
                                        attemptAt: Fixture.hours(7), timeZone: utc)
        #expect(otherDay.message.en == "T-000001 was changed by alice at 2018-11-19 09:00 (revision 2, you had 1)")
    }

    @Test func unknownRecordIsRefused() {
        var data = Fixture.dataset()
        do {
            try data.apply(Change(recordID: "T-999999", operation: .claim), actor: "a", at: Fixture.t0, seq: 1)
            Issue.record("expected a refusal")
        } catch {
            #expect(error.code == .notFound)
        }
    }

    @Test func ticketOperationOnCadreIsRefused() {
        var data = Fixture.dataset()
        do {
            try data.apply(Change(recordID: "C-00001", operation: .claim), actor: "a", at: Fixture.t0, seq: 1)
            Issue.record("expected a refusal")
        } catch {
            #expect(error.code == .wrongRecordKind)
        }
    }

    @Test func createAssignsNextIDAndIsIndexed() throws {
        var data = Fixture.dataset(tickets: [Fixture.ticket(1), Fixture.ticket(41)])
        let new = NewTicket(title: " 井盖缺失 ", description: "", urgent: true, location: Fixture.location,
                            reporterName: "刘", reporterPhone: "1")
        let applied = try data.apply(Change(recordID: "", operation: .create(new)), actor: "w1", at: Fixture.t0, seq: 3)
        #expect(applied.recordID == "T-000042")
        let ticket = try #require(data.ticket("T-000042"))
        #expect(ticket.title == "井盖缺失")
        #expect(ticket.status == .reported)
        #expect(ticket.revision == 1)
        #expect(ticket.source == .entered)
        #expect(ticket.deadline == Fixture.hours(12))
        let again = try data.apply(Change(recordID: "T-000100", operation: .create(new)), actor: "w1", at: Fixture.t0, seq: 4)
        #expect(again.recordID == "T-000100")
        #expect(throws: Refusal.self) {
            try data.apply(Change(recordID: "T-000100", operation: .create(new)), actor: "w1", at: Fixture.t0, seq: 5)
        }
        let next = try data.apply(Change(recordID: "", operation: .create(new)), actor: "w1", at: Fixture.t0, seq: 6)
        #expect(next.recordID == "T-000101")
    }

    @Test func liveApplyEqualsDecodedReplay() throws {
        var data = Fixture.dataset()
        let odd = Date(timeIntervalSince1970: 1_542_700_800.123_456_7)
        try data.apply(Change(recordID: "T-000001", operation: .note(text: "x")), actor: "a", at: odd, seq: 1)
        let decoded = try DomainJSON.makeDecoder().decode(Dataset.self, from: DomainJSON.makeEncoder().encode(data))
        #expect(decoded == data)
        #expect(decoded.ticketIndex("T-000001") == 0)
    }
}
