import Foundation
import Testing
@testable import Domain

@Suite("Bundled seed")
struct SeedTests {
    static let reference = Timestamp.date(year: 2026, month: 11, day: 29, hour: 3)
    /// Built once; a broken seed fails every test here instead of crashing the test process.
    static let built = Result { () throws(SeedError) in try Dataset.seedDataset(reference: reference) }
    static var seed: Dataset { (try? built.get()) ?? Dataset(referenceDate: reference) }

    @Test func bundledSeedLoads() throws {
        _ = try Self.built.get()
    }

    private func figure(_ id: String) throws -> ReportedFigure {
        try #require(Self.seed.figures.first { $0.id == id }, "missing figure \(id)")
    }

    private func talent(_ id: String) throws -> TalentIndicator {
        try #require(Self.seed.talent.first { $0.id == id }, "missing indicator \(id)")
    }

    @Test func seedIsValid() {
        let problems = Self.seed.validate()
        #expect(problems.isEmpty, "\(problems.prefix(10))")
    }

    @Test(arguments: [
        ("cadres.city_candidates", 309.0, "2018-11"), ("cadres.city_appointed", 151, "2018-11"),
        ("cadres.district_candidates", 1108, "2018-11"), ("cadres.first_batch", 108, "2017-08-31"),
        ("cadres.first_batch_min_age", 33, "2017-08-31"), ("cadres.first_batch_max_age", 57, "2017-08-31"),
        ("cadres.criteria", 5, "2017-05"), ("cadres.documents_1_3", 4, "2018-08"),
        ("cadres.special_assessments", 4, "2018-11"), ("cadres.catch_up_meetings", 19, "2018-11"),
        ("cadres.advanced_individuals", 96, "2018"), ("cadres.excellent_civil_servants", 228, "2018"),
        ("grassroots.coverage_nonpublic", 85.1, "2018-11"), ("grassroots.coverage_social", 81.4, "2018-11"),
        ("grassroots.parks_buildings_markets", 131, "2018-11"), ("grassroots.demonstration_clusters", 31, "2018-11"),
        ("grassroots.instructors", 1202, "2018-11"), ("grassroots.instructor_teams", 129, "2018-11"),
        ("grassroots.guided_clusters", 129, "2018-11"), ("grassroots.key_organizations", 726, "2018-11"),
        ("grassroots.soe_charters", 32, "2018-11"),
    ])
    func reportedFigure(_ id: String, _ value: Double, _ asOf: String) throws {
        let f = try figure(id)
        #expect(f.value == value)
        #expect(f.asOf == asOf)
        #expect(f.source == .reported)
        #expect(f.excerpt?.isEmpty == false)
    }

    @Test func surveyStartIsCarried() throws {
        #expect(try figure("cadres.city_candidates").since == "2017-05")
    }

    @Test(arguments: [
        ("graduates.retained", 700_000.0, "2018-10"), ("graduates.settled", 266_000, "2018-11"),
        ("graduates.youth_cities", 14, "2018-11"), ("graduates.rental_units", 21_000, "2018-11"),
        ("graduates.campus_events", 34, "2018-11"), ("graduates.jobs", 264_000, "2018-11"),
        ("alumni.service_centres", 9, "2018-11"), ("alumni.events", 17, "2018-11"),
        ("alumni.investment", 1.9e12, "2018-11"), ("research.academician_workstations", 73, "2018-11"),
        ("research.postdoc_stations", 67, "2018-11"), ("research.signing_conferences", 12, "2018-11"),
        ("research.signed_amount", 4.66e10, "2018-11"), ("overseas.nobel_laureates", 7, "2018-11"),
        ("overseas.academicians", 44, "2018-11"), ("overseas.service_centres", 6, "2018-11"),
        ("overseas.innovation_platforms", 1350, "2018-11"),
    ])
    func talentEndsAtReportedValue(_ id: String, _ value: Double, _ asOf: String) throws {
        let t = try talent(id)
        #expect(t.value == value)
        #expect(t.asOf.description == asOf)
        #expect(t.source == .reported)
        let last = try #require(t.series.last)
        #expect(last.value == value)
        #expect(last.month == t.asOf)
        #expect(last.source == .reported)
        #expect(t.series.dropLast().allSatisfy { $0.source == .synthetic && $0.value <= value })
        #expect(zip(t.series, t.series.dropFirst()).allSatisfy { $0.value <= $1.value && $0.month < $1.month })
    }

    @Test func graduatesGoalIsOneMillion() throws {
        #expect(try talent("graduates.retained").goal == 1_000_000)
        #expect(try talent("alumni.investment").qualifier == .about)
        #expect(try talent("overseas.innovation_platforms").qualifier == .over)
    }

    @Test func cadrePoolMatchesReportedCounts() {
        let cadres = Self.seed.cadres
        let funnel = PoolFunnel(cadres)
        #expect(funnel.total(pool: .city) == 309)
        #expect(funnel.appointed(pool: .city) == 151)
        #expect(funnel.total(pool: .district) == 1108)
        #expect(funnel.firstBatch == 108)
        #expect(cadres.allSatisfy { $0.source == .synthetic })
        #expect(Set(cadres.compactMap(\.district)).count == 13)
    }

    @Test func firstBatchAgesSpanThirtyThreeToFiftySeven() throws {
        let firstBatch = Self.seed.cadres.filter(\.firstBatch)
        let tookOffice = Timestamp.date(year: 2017, month: 8, day: 31)
        #expect(CadreMetrics.ageRange(firstBatch, at: tookOffice) == 33...57)
        #expect(firstBatch.allSatisfy { $0.pool == .city && $0.appointedAt.map(Timestamp.civil) ?? (0, 0, 0) == (2017, 8, 31) })
    }

    @Test func ticketsAreLiveAroundTheReference() {
        let tickets = Self.seed.tickets
        #expect(tickets.count == 300)
        #expect(tickets.allSatisfy { $0.source == .synthetic && $0.createdAt <= Self.reference })
        #expect(tickets.allSatisfy { Self.reference.timeIntervalSince($0.createdAt) <= 20 * 86_400 })
        let statuses = Set(tickets.map(\.status))
        #expect(statuses == Set(TicketStatus.allCases), "\(statuses)")
        #expect(Set(tickets.map(\.level)) == Set(TicketLevel.allCases))
        #expect(TicketMetrics.overdueCount(tickets, now: Self.reference) > 0)
        #expect(Set(tickets.map(\.location.district)).count == 13)
        #expect(tickets.allSatisfy { $0.revision == $0.history.count })
    }

    @Test func everythingGeneratedIsLabelledSynthetic() {
        #expect(Self.seed.workers.allSatisfy { $0.source == .synthetic })
        #expect(Self.seed.units.allSatisfy { $0.scores.allSatisfy { $0.source == .synthetic } })
        #expect(Self.seed.figures.allSatisfy { $0.source == .reported })
    }

    @Test func unitsCoverDistrictsAndTwelveMonths() {
        let units = Self.seed.units
        #expect(units.filter { $0.kind == .district }.count == 13)
        #expect(units.allSatisfy { $0.months.count == 12 && $0.months.last == Month(year: 2018, month: 10) })
    }
}
