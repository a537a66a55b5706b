import Foundation
import Testing
@testable import Domain

@Suite("Metrics")
struct MetricsTests {
    static let t0 = Fixture.t0
    static let now = Fixture.hours(130)
    static let utc = TimeZone(identifier: "UTC")!

    static func hours(_ h: Double) -> Date { Fixture.hours(h) }

    /// Seven tickets with hand-checked numbers (see each comment).
    static let tickets: [Ticket] = {
        let communityA = Fixture.location
        let communityB = TicketLocation(district: "江岸区", street: "大智街", community: "永清社区", grid: "第2网格")
        // 1: grid, resolved at +10 h (deadline +24 h, on time), rated 5, closed.
        var t1 = Fixture.ticket(1, status: .closed, level: .grid, category: .roads, assignee: "W-0001")
        t1.resolvedAt = hours(10)
        t1.closeReason = .rated(score: 5)
        t1.closedAt = hours(12)
        t1.ratings = [TicketRating(score: 5, at: hours(12))]
        // 2: community, resolved at +100 h (deadline +72 h, late), rated 2 then 4, closed.
        var t2 = Fixture.ticket(2, status: .closed, level: .community, category: .housing, assignee: "W-0002")
        t2.resolvedAt = hours(100)
        t2.closeReason = .rated(score: 4)
        t2.closedAt = hours(120)
        t2.ratings = [TicketRating(score: 2, at: hours(101)), TicketRating(score: 4, at: hours(120))]
        // 3: street, resolved at +50 h (deadline +120 h, on time), awaiting a rating.
        var t3 = Fixture.ticket(3, status: .resolved, level: .street, category: .safety, assignee: "W-0003")
        t3.resolvedAt = hours(50)
        // 4: open, in progress at grid level since t0, overdue, community A.
        let t4 = Fixture.ticket(4, status: .inProgress, level: .grid, category: .roads, assignee: "W-0001")
        // 5: open, reported half an hour before now, community B, not classified.
        var t5 = Fixture.ticket(5, createdAt: hours(129.5))
        t5.location = communityB
        // 6: closed as invalid two hours after creation; never resolved.
        var t6 = Fixture.ticket(6, status: .closed, category: .other)
        t6.closeReason = .invalid(reason: "不属实")
        t6.closedAt = hours(2)
        // 7: open, assigned, created ten days before t0, overdue, community A.
        var t7 = Fixture.ticket(7, status: .assigned, category: .sanitation, assignee: "W-0001",
                                createdAt: t0.addingTimeInterval(-10 * 86_400))
        t7.location = communityA
        return [t1, t2, t3, t4, t5, t6, t7]
    }()

    @Test func resolutionShares() {
        let shares = TicketMetrics.resolutionShares(Self.tickets)
        #expect(shares.withinGrid == Ratio(numerator: 1, denominator: 3))
        #expect(shares.withinCommunity == Ratio(numerator: 2, denominator: 3))
        let early = TicketMetrics.resolutionShares(Self.tickets, in: Period(start: Self.t0, end: Self.hours(60)))
        #expect(early.withinGrid == Ratio(numerator: 1, denominator: 2))
        #expect(early.withinCommunity == Ratio(numerator: 1, denominator: 2))
    }

    @Test func onTimeRate() {
        #expect(TicketMetrics.onTime(Self.tickets) == Ratio(numerator: 2, denominator: 3))
        #expect(TicketMetrics.onTime(Self.tickets).value == 2.0 / 3.0)
        #expect(TicketMetrics.onTime([], in: nil).value == nil)
    }

    @Test func meanSatisfactionCountsLowRatings() {
        let all = TicketMetrics.satisfaction(Self.tickets)
        #expect(all.count == 3)
        #expect(all.value == 11.0 / 3.0)
        let late = TicketMetrics.satisfaction(Self.tickets, in: Period(start: Self.hours(100), end: Self.hours(130)))
        #expect(late.value == 3.0)
        #expect(TicketMetrics.satisfaction(Self.tickets, in: Period(start: Self.hours(13), end: Self.hours(100))).value == nil)
    }

    @Test func backlogByAge() {
        let ages = Backlog(tickets: Self.tickets, indices: Array(Self.tickets.indices), now: Self.now).byAge
        #expect(ages == [.underOneDay: 1, .oneToThreeDays: 0, .threeToSevenDays: 1, .overSevenDays: 1])
        #expect(BacklogAge(age: 86_399) == .underOneDay)
        #expect(BacklogAge(age: 86_400) == .oneToThreeDays)
        #expect(BacklogAge(age: 3 * 86_400) == .threeToSevenDays)
        #expect(BacklogAge(age: 7 * 86_400) == .overSevenDays)
    }

    @Test func backlogByCategoryAndCommunity() {
        let backlog = Backlog(tickets: Self.tickets, indices: Array(Self.tickets.indices), now: Self.now)
        let categories = backlog.byCategory
        #expect(categories.rows.map(\.key) == [.sanitation, .roads, nil])
        #expect(categories.rows.map(\.count) == [1, 1, 1])
        #expect(categories.total == 3)
        let communities = backlog.byCommunity
        #expect(communities.rows.map(\.key.community) == ["三阳社区", "永清社区"])
        #expect(communities.rows.map(\.count) == [2, 1])
        #expect(communities.rows[0].key.path == "江岸区 / 大智街 / 三阳社区")
    }

    @Test func openAndOverdueCounts() {
        #expect(TicketMetrics.openCount(Self.tickets) == 3)
        #expect(TicketMetrics.overdueCount(Self.tickets, now: Self.now) == 2)
    }

    @Test func dailyTrend() {
        let trend = TicketTrend(tickets: Self.tickets, days: 7, now: Self.now, timeZone: Self.utc)
        #expect(trend.dayStarts.first == Timestamp.date(year: 2018, month: 11, day: 19))
        #expect(trend.dayStarts.last == Timestamp.date(year: 2018, month: 11, day: 25))
        #expect(trend.created == [0, 5, 0, 0, 0, 0, 1])
        #expect(trend.resolved == [0, 1, 0, 1, 0, 1, 0])
        #expect(trend.backlog == [1, 4, 4, 3, 3, 2, 3])
        #expect(trend.satisfaction.map(\.value) == [nil, 5, nil, nil, nil, 2, 4])
        #expect(trend.onTime.map(\.value) == [nil, 1, nil, 1, nil, 0, nil])
        #expect(trend.withinGrid.map(\.value) == [nil, 1, nil, 0, nil, 0, nil])
        #expect(trend.withinCommunity.map(\.value) == [nil, 1, nil, 0, nil, 1, nil])
    }

    @Test func trendDaysFollowTheTimeZone() {
        let beijing = TimeZone(secondsFromGMT: 8 * 3600)!
        let trend = TicketTrend(tickets: Self.tickets, days: 2, now: Self.now, timeZone: beijing)
        // now is 2018-11-25 18:00 UTC = 11-26 02:00 in Beijing: ticket 5 (created 17:30 UTC) falls on the 26th.
        #expect(trend.dayStarts.last == Timestamp.date(year: 2018, month: 11, day: 25, hour: 16))
        #expect(trend.created == [0, 1])
    }

    static let cadres: [Cadre] = {
        var list = [1984, 1980, 1975, 1970, 1965, 1960].enumerated().map { i, year in
            Fixture.cadre(i + 1, birthYear: year)
        }
        list[0].scores = CriteriaScores(loyalClean: 70, openMinded: 60, planningAble: 65, responsibility: 68, results: 72)
        list[1].pool = .district
        list[1].district = "江岸区"
        list[2].stage = .inPost
        list[2].appointedAt = Timestamp.date(year: 2017, month: 8, day: 31)
        list[2].firstBatch = true
        list[3].stage = .promoted
        list[3].appointedAt = Timestamp.date(year: 2017, month: 8, day: 31)
        list[4].stage = .out
        return list
    }()

    @Test func ageHistogram() {
        let bins = CadreMetrics.ageHistogram(Self.cadres, at: Timestamp.date(year: 2018, month: 6, day: 1))
        #expect(bins.map(\.count) == [1, 1, 1, 1, 1, 1])
        #expect(bins.map(\.label) == ["<35", "35–39", "40–44", "45–49", "50–54", "≥55"])
        #expect(CadreMetrics.ageRange(Self.cadres, at: Timestamp.date(year: 2017, month: 8, day: 31)) == 33...57)
    }

    @Test func meanCriteriaScores() {
        let mean = CadreMetrics.meanScores(Array(Self.cadres.prefix(2)))
        #expect(mean == CriteriaScores(loyalClean: 80, openMinded: 70, planningAble: 75, responsibility: 78, results: 82))
        #expect(CadreMetrics.meanScores([]) == nil)
    }

    @Test func poolFunnel() {
        let funnel = PoolFunnel(Self.cadres)
        #expect(funnel.total() == 6)
        #expect(funnel.total(pool: .district) == 1)
        #expect(funnel.count(.discovered) == 3)
        #expect(funnel.count(.discovered, pool: .city) == 2)
        #expect(funnel.count(.inPost) == 1)
        #expect(funnel.count(.out) == 1)
        #expect(funnel.appointed(pool: .city) == 2)
        #expect(funnel.firstBatch == 1)
    }

    @Test func reportCardRanking() {
        let oct = Month(year: 2018, month: 10)
        let sep = Month(year: 2018, month: 9)
        func unit(_ id: String, _ scores: [(Month, Double)]) -> AssessmentUnit {
            AssessmentUnit(id: id, name: Label(zh: id, en: id), kind: .district,
                           scores: scores.map { ReportCardScore(month: $0.0, card: .overall, score: $0.1, source: .synthetic) })
        }
        let units = [unit("U-01", [(sep, 88), (oct, 90)]), unit("U-02", [(oct, 85)]), unit("U-03", [(oct, 90)]),
                     unit("U-04", [(sep, 70)])]
        let ranking = UnitRank.ranking(units, month: oct, card: .overall)
        #expect(ranking.map(\.unitID) == ["U-01", "U-03", "U-02"])
        #expect(ranking.map(\.rank) == [1, 1, 3])
        #expect(ranking[0].change == 2)
        #expect(ranking[1].change == nil)
        #expect(UnitRank.ranking(units, month: oct, card: .ruleOfLaw).isEmpty)
    }
}
