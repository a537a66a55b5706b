import Foundation
import Testing
@testable import Domain

@Suite("Ticket queries")
struct QueryTests {
    static let now = Fixture.hours(30)

    static let tickets: [Ticket] = {
        var a = Fixture.ticket(1, status: .assigned, level: .grid, category: .roads, assignee: "W-0001")
        a.title = "路灯不亮"
        a.claimedBy = "alice"
        var b = Fixture.ticket(2, status: .reported)
        b.title = "井盖缺失"
        b.location = TicketLocation(district: "武昌区", street: "粮道街", community: "昙华林社区", grid: "第1网格")
        b.createdAt = Fixture.hours(29)
        b.levelStartedAt = b.createdAt
        b.deadline = Fixture.hours(53)
        var c = Fixture.ticket(3, status: .closed, level: .community, category: .parking, assignee: "W-0002")
        c.title = "停车难"
        c.closeReason = .rated(score: 5)
        c.ratings = [TicketRating(score: 5, at: Fixture.hours(5))]
        c.notes = [DatedNote(at: Fixture.hours(2), text: "Called Resident about parking")]
        var d = Fixture.ticket(4, status: .classified, level: .street, category: .roads)
        d.title = "道路破损 Road"
        d.deadline = Fixture.hours(120)
        var e = Fixture.ticket(5, status: .inProgress, level: .grid, category: .sanitation, assignee: "W-0004")
        e.title = "垃圾清运"
        e.claimedBy = "bob"
        e.ratings = [TicketRating(score: 2, at: Fixture.hours(3))]
        return [a, b, c, d, e]
    }()

    private func ids(_ indices: [Int]) -> [String] { indices.map { Self.tickets[$0].id } }

    private func filter(_ f: TicketFilter) -> [String] {
        ids(TicketQuery.filter(Self.tickets, f, now: Self.now, search: TicketSearchIndex(Self.tickets)))
    }

    @Test func filtersByEachField() {
        #expect(filter(.all) == ["T-000001", "T-000002", "T-000003", "T-000004", "T-000005"])
        #expect(filter(TicketFilter(statuses: [.reported, .closed])) == ["T-000002", "T-000003"])
        #expect(filter(TicketFilter(levels: [.grid])) == ["T-000001", "T-000002", "T-000005"])
        #expect(filter(TicketFilter(categories: [.roads])) == ["T-000001", "T-000004"])
        #expect(filter(TicketFilter(district: "武昌区")) == ["T-000002"])
        #expect(filter(TicketFilter(street: "大智街", community: "三阳社区", grid: "第1网格")).count == 4)
        #expect(filter(TicketFilter(openOnly: true)) == ["T-000001", "T-000002", "T-000004", "T-000005"])
        #expect(filter(TicketFilter(overdueOnly: true)) == ["T-000001", "T-000005"])
        #expect(filter(TicketFilter(claimedBy: "bob")) == ["T-000005"])
        #expect(filter(TicketFilter(unassignedOnly: true)) == ["T-000002", "T-000004"])
        #expect(filter(TicketFilter(levels: [.grid], openOnly: true, claimedBy: "alice")) == ["T-000001"])
    }

    @Test func textSearchIsCaseInsensitiveInTitleDescriptionNotesAndID() {
        #expect(filter(TicketFilter(text: "井盖")) == ["T-000002"])
        #expect(filter(TicketFilter(text: "called RESIDENT")) == ["T-000003"])
        #expect(filter(TicketFilter(text: "road")) == ["T-000004"])
        #expect(filter(TicketFilter(text: "t-000005")) == ["T-000005"])
        #expect(filter(TicketFilter(text: "小区门口")).count == 5)
        #expect(filter(TicketFilter(text: "不存在的词")).isEmpty)
        // Without a prebuilt index the filter builds one.
        #expect(ids(TicketQuery.filter(Self.tickets, TicketFilter(text: "停车"), now: Self.now)) == ["T-000003"])
    }

    @Test func searchIndexFollowsUpdates() {
        var index = TicketSearchIndex(Self.tickets)
        var changed = Self.tickets[1]
        changed.notes.append(DatedNote(at: Self.now, text: "Sewer cover replaced"))
        var tickets = Self.tickets
        tickets[1] = changed
        index.update(changed, at: 1)
        #expect(TicketQuery.filter(tickets, TicketFilter(text: "sewer"), now: Self.now, search: index) == [1])
    }

    private func sorted(_ key: TicketSortKey, ascending: Bool = true) -> [String] {
        ids(TicketQuery.sort(Array(Self.tickets.indices), of: Self.tickets, by: key, ascending: ascending, now: Self.now))
    }

    @Test func sortsByColumns() {
        #expect(sorted(.id, ascending: false) == ["T-000005", "T-000004", "T-000003", "T-000002", "T-000001"])
        // Code point order: 井 U+4E95 < 停 U+505C < 垃 U+5783 < 路 U+8DEF < 道 U+9053.
        #expect(sorted(.title) == ["T-000002", "T-000003", "T-000005", "T-000001", "T-000004"])
        #expect(sorted(.level) == ["T-000001", "T-000002", "T-000005", "T-000003", "T-000004"])
        #expect(sorted(.status) == ["T-000002", "T-000004", "T-000001", "T-000005", "T-000003"])
        // Ties (1 and 5 share a deadline) keep ascending index order.
        #expect(sorted(.deadline, ascending: false) == ["T-000004", "T-000003", "T-000002", "T-000001", "T-000005"])
        // 武 U+6B66 sorts before 江 U+6C5F.
        #expect(sorted(.district) == ["T-000002", "T-000001", "T-000003", "T-000004", "T-000005"])
    }

    @Test func missingValuesGoLastInBothDirections() {
        #expect(sorted(.assignee) == ["T-000001", "T-000003", "T-000005", "T-000002", "T-000004"])
        #expect(sorted(.assignee, ascending: false) == ["T-000005", "T-000003", "T-000001", "T-000002", "T-000004"])
        #expect(sorted(.rating, ascending: false) == ["T-000003", "T-000005", "T-000001", "T-000002", "T-000004"])
        // Closed ticket 3 has no running clock.
        #expect(sorted(.timeLeft) == ["T-000001", "T-000005", "T-000002", "T-000004", "T-000003"])
    }

    @Test func sortsOnlyTheGivenIndices() {
        let open = TicketQuery.filter(Self.tickets, TicketFilter(openOnly: true), now: Self.now)
        let result = TicketQuery.sort(open, of: Self.tickets, by: .createdAt, ascending: false, now: Self.now)
        #expect(ids(result) == ["T-000002", "T-000001", "T-000004", "T-000005"])
    }
}
