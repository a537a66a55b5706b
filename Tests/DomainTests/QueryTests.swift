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
        ids(TicketIndex(Self.tickets).filter(f, now: Self.now))
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
        // A match at the very start and at the very end of the search buffer.
        #expect(filter(TicketFilter(text: "t-000001")) == ["T-000001"])
        #expect(filter(TicketFilter(text: "parking")) == ["T-000003"])
    }

    /// The index builds its search text in quarters on several cores: a search finds the same
    /// tickets as one built ticket by ticket, at sizes that split unevenly.
    @Test(arguments: [0, 3, 1_001])
    func searchTextBuiltInQuartersMatchesOneBuiltInOrder(count: Int) {
        let tickets = Dataset.generate(tickets: count, cadres: 0, seed: 5, reference: Timestamp.date(year: 2018, month: 11, day: 20)).tickets
        let index = TicketIndex(tickets)
        let whole = SearchText(count: tickets.count) { [tickets[$0].id, tickets[$0].title, tickets[$0].description] + tickets[$0].notes.map(\.text) }
        let joined = SearchText(joining: [SearchText(count: count / 2) { tickets[$0].searchFields },
                                          SearchText(count: count - count / 2) { tickets[count / 2 + $0].searchFields }])
        for needle in ["T-0001", "路灯", "漏水", "nothing"] {
            var filter = TicketFilter()
            filter.text = needle
            let expected = whole.matches(needle)
            #expect(joined.matches(needle) == expected)
            #expect(index.filter(filter, now: .distantFuture) == expected.indices.filter { expected[$0] })
        }
    }

    /// Built at once (columns in pieces on several cores, search text when first searched), the index
    /// filters and sorts exactly as one grown ticket by ticket, on every sort key and kind of
    /// filter, and numbers its places as that one does.
    @Test(arguments: [1, 2, 3, 7])
    func indexBuiltAtOnceMatchesOneGrownTicketByTicket(columnPieces: Int) {
        let now = Timestamp.date(year: 2018, month: 11, day: 20)
        let tickets = Dataset.generate(tickets: 20_000, cadres: 0, seed: 9, reference: now).tickets
        let parts = TicketIndex(tickets, columnPieces: columnPieces)
        var grown = TicketIndex([])
        for ticket in tickets { grown.update(ticket, at: grown.count) }
        let all = Array(tickets.indices)
        for key in TicketSortKey.allCases {
            for ascending in [true, false] {
                // Compared first so that a failure prints the key, not 20,000 indices.
                let same = parts.sorted(all, by: key, ascending: ascending) == grown.sorted(all, by: key, ascending: ascending)
                #expect(same, "\(key) ascending \(ascending)")
            }
        }
        var filters: [TicketFilter] = TicketStatus.allCases.map { TicketFilter(statuses: [$0]) }
            + TicketCategory.allCases.map { TicketFilter(categories: [$0]) } + TicketLevel.allCases.map { TicketFilter(levels: [$0]) }
        for ticket in tickets.prefix(40) {
            filters += [TicketFilter(district: ticket.location.district), TicketFilter(street: ticket.location.street),
                        TicketFilter(community: ticket.location.community), TicketFilter(grid: ticket.location.grid),
                        TicketFilter(claimedBy: ticket.claimedBy ?? "nobody")]
        }
        filters += [TicketFilter(overdueOnly: true), TicketFilter(unassignedOnly: true), TicketFilter(text: "漏水")]
        for filter in filters {
            let same = parts.filter(filter, now: now) == grown.filter(filter, now: now)
            #expect(same, "\(filter)")
        }
        let (ids, names) = parts.districts, (grownIDs, grownNames) = grown.districts
        let sameDistricts = ids == grownIDs && names == grownNames
        #expect(sameDistricts)
    }

    /// Pieces are joined by name, not by byte: a title or place first seen composed in one piece
    /// and decomposed in the next is one name, and a name new in a later piece is still found.
    @Test func indexPiecesJoinCanonicallyEqualNames() {
        var tickets = (1...6).map { Fixture.ticket($0) }
        tickets[0].title = "Caf\u{E9}"
        tickets[4].title = "Cafe\u{301}"
        // Pieces of two: tickets 0–1, 2–3 and 4–5.
        tickets[3].location = TicketLocation(district: "Caf\u{E9}区", street: "新街", community: "新社区", grid: "第9网格")
        tickets[4].location = TicketLocation(district: "Cafe\u{301}区", street: "新街", community: "新社区", grid: "第9网格")
        let joined = TicketIndex(tickets, columnPieces: 3)
        // One name sorts as one rank, keeping the given order; two would put the decomposed first.
        #expect(joined.sorted(Array(0..<6), by: .title).prefix(2) == [0, 4])
        #expect(joined.filter(TicketFilter(district: "Caf\u{E9}区"), now: Self.now) == [3, 4])
        #expect(joined.filter(TicketFilter(community: "新社区"), now: Self.now) == [3, 4])
        #expect(joined.districts.ids[3] == joined.districts.ids[4])
        var grown = TicketIndex([])
        for ticket in tickets { grown.update(ticket, at: grown.count) }
        #expect(joined.districts.ids == grown.districts.ids && joined.districts.names == grown.districts.names)
        for key in TicketSortKey.allCases {
            #expect(joined.sorted(Array(0..<6), by: key) == grown.sorted(Array(0..<6), by: key), "\(key)")
        }
    }

    /// The search text is made when first needed, over several pieces: an index searched at once,
    /// one whose text was prepared on another thread, and one changed before any search find what
    /// an index grown ticket by ticket finds, and a copy taken before a change keeps its own text.
    @Test func searchTextMadeOnFirstUseAgreesHoweverItIsMade() {
        let tickets = Dataset.generate(tickets: 20_000, cadres: 0, seed: 3, reference: Self.now).tickets
        var grown = TicketIndex([])
        for ticket in tickets { grown.update(ticket, at: grown.count) }
        let direct = TicketIndex(tickets), prepared = TicketIndex(tickets)
        prepared.prepareSearch()
        var changed = TicketIndex(tickets)
        let before = changed
        var noted = tickets[17_000]
        noted.notes.append(DatedNote(at: Self.now, text: "井盖已更换 Sewer"))
        changed.update(noted, at: 17_000)
        for text in ["漏水", "t-01999", "社区", "sewer"] {
            let expected = grown.filter(TicketFilter(text: text), now: Self.now)
            #expect(direct.filter(TicketFilter(text: text), now: Self.now) == expected, "\(text)")
            #expect(prepared.filter(TicketFilter(text: text), now: Self.now) == expected, "\(text)")
            #expect(before.filter(TicketFilter(text: text), now: Self.now) == expected, "\(text)")
        }
        #expect(!grown.filter(TicketFilter(text: "t-01999"), now: Self.now).isEmpty)
        #expect(changed.filter(TicketFilter(text: "井盖已更换"), now: Self.now) == [17_000])
        #expect(before.filter(TicketFilter(text: "井盖已更换"), now: Self.now).isEmpty)
    }

    @Test func indexFollowsUpdatesAndAppends() {
        var index = TicketIndex(Self.tickets)
        var changed = Self.tickets[1]
        changed.notes.append(DatedNote(at: Self.now, text: "Sewer cover replaced"))
        changed.status = .closed
        index.update(changed, at: 1)
        #expect(index.filter(TicketFilter(text: "sewer"), now: Self.now) == [1])
        #expect(index.filter(TicketFilter(text: "road"), now: Self.now) == [3])
        #expect(index.filter(TicketFilter(statuses: [.closed]), now: Self.now) == [1, 2])
        var created = Fixture.ticket(6, status: .reported)
        created.title = "新的 Sewer 工单"
        created.location = TicketLocation(district: "汉阳区", street: "新街", community: "新社区", grid: "第9网格")
        index.update(created, at: 5)
        #expect(index.count == 6)
        #expect(index.filter(TicketFilter(text: "sewer"), now: Self.now) == [1, 5])
        #expect(index.filter(TicketFilter(community: "新社区"), now: Self.now) == [5])
        // 武 U+6B66 < 汉 U+6C49 < 江 U+6C5F.
        #expect(index.sorted([0, 1, 2, 3, 4, 5], by: .district) == [1, 5, 0, 2, 3, 4])
    }

    @Test func searchFoldsLettersBeyondASCII() {
        var tickets = Self.tickets
        tickets[1].description = "Straße an der ÜBERFÜHRUNG, ΟΔΟΣ"
        let index = TicketIndex(tickets)
        #expect(index.filter(TicketFilter(text: "überführung"), now: Self.now) == [1])
        #expect(index.filter(TicketFilter(text: "ΟΔΟΣ".lowercased()), now: Self.now) == [1])
        #expect(index.filter(TicketFilter(text: "STRASSE"), now: Self.now).isEmpty)
    }

    /// Zero bytes (the separator between records) are dropped from the text, so a field holding one
    /// cannot split a record or match across two.
    @Test func zeroBytesInFieldsAreDropped() {
        var tickets = Self.tickets
        tickets[2].title = "Pot\u{0}HOLE"
        tickets[3].description = "é\u{0}Z"
        let index = TicketIndex(tickets)
        #expect(index.filter(TicketFilter(text: "pothole"), now: Self.now) == [2])
        #expect(index.filter(TicketFilter(text: "éz"), now: Self.now) == [3])
    }

    @Test func unknownNamesMatchNothing() {
        #expect(filter(TicketFilter(community: "没有这个社区")).isEmpty)
        #expect(filter(TicketFilter(claimedBy: "nobody")).isEmpty)
    }

    private func sorted(_ key: TicketSortKey, ascending: Bool = true) -> [String] {
        ids(TicketIndex(Self.tickets).sorted(Array(Self.tickets.indices), by: key, ascending: ascending))
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

    @Test func handlerIsTheClaimerElseTheAssignee() {
        // Byte order: "W-0002" < "alice" < "bob"; tickets 2 and 4 have nobody and go last.
        #expect(sorted(.handler) == ["T-000003", "T-000001", "T-000005", "T-000002", "T-000004"])
    }

    @Test func missingValuesGoLastInBothDirections() {
        #expect(sorted(.assignee) == ["T-000001", "T-000003", "T-000005", "T-000002", "T-000004"])
        #expect(sorted(.assignee, ascending: false) == ["T-000005", "T-000003", "T-000001", "T-000002", "T-000004"])
        #expect(sorted(.rating, ascending: false) == ["T-000003", "T-000005", "T-000001", "T-000002", "T-000004"])
        // Closed ticket 3 has no running clock.
        #expect(sorted(.timeLeft) == ["T-000001", "T-000005", "T-000002", "T-000004", "T-000003"])
    }

    @Test func sortsOnlyTheGivenIndices() {
        let index = TicketIndex(Self.tickets)
        let open = index.filter(TicketFilter(openOnly: true), now: Self.now)
        let result = index.sorted(open, by: .createdAt, ascending: false)
        #expect(ids(result) == ["T-000002", "T-000001", "T-000004", "T-000005"])
    }
}
