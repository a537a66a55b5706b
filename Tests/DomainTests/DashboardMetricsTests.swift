import Foundation
import Testing
@testable import Domain

/// The figures behind the overview and the backlog charts: by district, by level, the feed of
/// changes, and the queue's backlog.
@Suite struct DashboardMetricsTests {
    static let wuchang = TicketLocation(district: "武昌区", street: "积玉桥街", community: "长江社区", grid: "第1网格")
    static let caidian = TicketLocation(district: "蔡甸区", street: "蔡甸街", community: "长江社区", grid: "第2网格")

    static func ticket(_ number: Int, at location: TicketLocation, status: TicketStatus = .reported, level: TicketLevel = .grid,
                       hoursAgo: Double, category: TicketCategory? = nil) -> Ticket {
        var ticket = Fixture.ticket(number, status: status, level: level, category: category, createdAt: Fixture.hours(-hoursAgo))
        ticket.location = location
        return ticket
    }

    @Test("districts: open and overdue counts, on-time rates with their counts; overdue by the level it waits at")
    func districts() {
        var late = Self.ticket(3, at: Self.wuchang, status: .resolved, hoursAgo: 100)
        late.resolvedAt = Fixture.hours(-1)
        var early = Self.ticket(4, at: Self.wuchang, status: .resolved, hoursAgo: 5)
        early.resolvedAt = Fixture.hours(-4)
        let tickets = [Self.ticket(1, at: Self.wuchang, hoursAgo: 200), Self.ticket(2, at: Self.caidian, level: .street, hoursAgo: 500),
                       late, early, Self.ticket(5, at: Self.caidian, hoursAgo: 1)]
        let metrics = DistrictMetrics(tickets: tickets, now: Fixture.t0)
        #expect(metrics["武昌区"].open == 1 && metrics["武昌区"].overdue == 1)
        #expect(metrics["武昌区"].onTime == Ratio(numerator: 1, denominator: 2))
        #expect(metrics["蔡甸区"].open == 2 && metrics["蔡甸区"].overdue == 1)
        #expect(metrics["蔡甸区"].onTime.value == nil, "nothing resolved is no rate, not 0%")
        #expect(metrics.overdueByLevel == [.grid: 1, .community: 0, .street: 1, .district: 0])
        #expect(metrics["汉南区"] == DistrictMetrics.Figures(), "a district without tickets reads as zeros")
    }

    @Test("backlog: only open tickets, by age bucket, category (unclassified last), district and community by its full path")
    func backlog() {
        let tickets = [Self.ticket(1, at: Self.wuchang, hoursAgo: 2, category: .roads), Self.ticket(2, at: Self.caidian, hoursAgo: 30),
                       Self.ticket(3, at: Self.caidian, hoursAgo: 200, category: .roads), Self.ticket(4, at: Self.wuchang, status: .closed, hoursAgo: 1)]
        let backlog = Backlog(tickets: tickets, indices: [0, 1, 2, 3], now: Fixture.t0)
        #expect(backlog.open == 3)
        #expect(backlog.byAge == [.underOneDay: 1, .oneToThreeDays: 1, .threeToSevenDays: 0, .overSevenDays: 1])
        #expect(backlog.byCategory.rows.map(\.key) == [.roads, nil] && backlog.byCategory[.roads] == 2)
        #expect(backlog.byDistrict.rows.map(\.key) == ["蔡甸区", "武昌区"])
        #expect(backlog.byCommunity.rows.count == 2, "长江社区 in two districts is two communities")
        #expect(Backlog(tickets: tickets, indices: [1], now: Fixture.t0).open == 1, "only the queue's tickets count")
    }

    @Test("the feed: seed events newest first while the journal is empty; then journal events first, newest first, taken in per change")
    func feed() throws {
        var first = Fixture.ticket(1), second = Fixture.ticket(2, createdAt: Fixture.hours(1))
        first.history = [HistoryEvent(seq: 0, actor: "hotline", at: Fixture.t0, op: "create", detail: nil)]
        second.history = [HistoryEvent(seq: 0, actor: "hotline", at: Fixture.hours(1), op: "create", detail: nil)]
        var dataset = Fixture.dataset(tickets: [first, second], cadres: [Fixture.cadre(1, stage: .inPost)])
        var feed = ActivityFeed(dataset)
        #expect(!feed.fromJournal)
        #expect(feed.items.map(\.recordID) == ["T-000002", "T-000001"])
        try dataset.apply(Change(recordID: "T-000001", operation: .note(text: "已联系")), actor: "alice", at: Fixture.hours(2), seq: 1)
        feed.update(dataset, changed: ["T-000001"])
        #expect(feed.fromJournal)
        #expect(feed.items.map(\.event.seq) == [1, 0, 0] && feed.items[0].event.actor == "alice" && feed.items[0].title.zh == "路灯不亮 1",
                "the journal's events first, the data set's after them")
        try dataset.apply(Change(recordID: "T-000002", operation: .note(text: "再访")), actor: "bob", at: Fixture.hours(3), seq: 2)
        try dataset.apply(Change(recordID: Dataset.cadreID(1), operation: .warn(text: "谈话提醒")), actor: "carol", at: Fixture.hours(4), seq: 3)
        feed.update(dataset, changed: ["T-000002", Dataset.cadreID(1)])
        #expect(feed.items.map(\.event.seq).prefix(3) == [3, 2, 1])
        #expect(ActivityFeed(dataset).items.map(\.event.seq).prefix(3) == [3, 2, 1], "a rebuild gives the same feed")
        feed.update(dataset, changed: ["T-000002"])
        #expect(feed.items.map(\.event.seq).filter { $0 > 0 } == [3, 2, 1], "a record seen again adds nothing twice")
    }

    @Test("compact numbers for tiles: 万 and 亿 in Chinese, K M B T from ten thousand in English")
    func compact() {
        #expect(NumberText.compact(700_000, .zh) == "70万")
        #expect(NumberText.compact(700_000, .en) == "700K")
        #expect(NumberText.compact(9_500, .en) == "9,500")
        #expect(NumberText.compact(1.9e12, .en) == "1.9T" && NumberText.compact(46.6e9, .en) == "46.6B" && NumberText.compact(1_350, .en) == "1,350")
    }
}
