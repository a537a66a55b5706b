import Foundation
import Testing
@testable import Domain

@Suite("Validation")
struct ValidationTests {
    /// A title is blank exactly when trimming `whitespacesAndNewlines` leaves nothing, for every
    /// scalar the shortcut reasons about and for mixed strings.
    @Test func blankTitlesAgreeWithTheCharacterSet() {
        let set = CharacterSet.whitespacesAndNewlines
        for value in UInt32(0)...0x3100 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            #expect(Dataset.isBlank(String(scalar)) == set.contains(scalar), "U+\(String(value, radix: 16))")
        }
        for text in ["", " ", "\t\r\n", "\u{3000}\u{00A0}\u{2028}", " a", "\u{3000}办", "\u{1C}", "\u{85}\u{200B}", "e\u{301}"] {
            #expect(Dataset.isBlank(text) == text.trimmingCharacters(in: set).isEmpty, "\(text.unicodeScalars.map(\.value))")
        }
    }

    @Test func cleanFixtureHasNoProblems() {
        #expect(Fixture.dataset(tickets: [Fixture.ticket(1), Fixture.ticket(2)]).validate().isEmpty)
    }

    /// A ticket number is `T-` and one to twelve ASCII digits, compared by bytes: no other digits,
    /// case, combining mark or length passes.
    @Test(arguments: [
        ("T-1", 1), ("T-000123", 123), ("T-123456789012", 123_456_789_012), ("T-0", 0),
        ("T-", nil), ("t-1", nil), ("T-12a", nil), ("T-1234567890123", nil), ("T-\u{0661}\u{0662}", nil),
        ("T-\u{0301}1", nil), ("T\u{2010}1", nil), ("X-1", nil), ("", nil), (" T-1", nil), ("T-1 ", nil), ("T-１", nil),
    ] as [(String, Int?)])
    func ticketNumbers(id: String, number: Int?) {
        #expect(Dataset.ticketNumber(id) == number)
    }

    /// With a repeated id the index keeps the first record, of whatever kind, so lookups stay put
    /// until validation refuses the data.
    @Test func repeatedIDsIndexTheFirstRecord() {
        var again = Fixture.ticket(1)
        again.title = "again"
        var cadre = Fixture.cadre(1)
        cadre.id = again.id
        let dataset = Dataset(referenceDate: Fixture.t0, tickets: [Fixture.ticket(1), Fixture.ticket(2), again], cadres: [cadre])
        #expect(dataset.ref(again.id) == .ticket(0))
        #expect(dataset.ticketIndex("T-000002") == 1)
        #expect(dataset.validate().filter { $0.field == "id" }.map(\.recordID) == [again.id, again.id])
    }

    /// A ticket's or district cadre's district must be a district unit's name, compared as text:
    /// a composed and a decomposed é are one name.
    @Test func districtsAreUnitNames() {
        func district(_ zh: String, _ n: Int) -> AssessmentUnit {
            AssessmentUnit(id: "U-0\(n)", name: Label(zh: zh, en: "D\(n)"), kind: .district, scores: [])
        }
        var tickets = (1...3).map { Fixture.ticket($0) }
        tickets[1].location = TicketLocation(district: "浦东新区", street: "s", community: "c", grid: "g")
        tickets[2].location = TicketLocation(district: "Caf\u{E9}区", street: "s", community: "c", grid: "g")
        var cadres = (1...2).map { Fixture.cadre($0) }
        for i in cadres.indices { cadres[i].pool = .district }
        cadres[0].district = "Caf\u{E9}区"
        cadres[1].district = "浦东新区"
        let data = Dataset(referenceDate: Fixture.t0, tickets: tickets, cadres: cadres,
                           units: [district("江岸区", 1), district("Cafe\u{301}区", 2)], workers: Fixture.workers)
        #expect(data.validate().map { "\($0.recordID) \($0.field)" } == ["T-000002 location.district", "C-00002 district"])
    }

    /// From 10,000 tickets on, the tickets are checked in two halves on two cores: the problems
    /// still come in record order, and a duplicate id (which needs the one shared set) is found.
    @Test func largeSetsKeepRecordOrder() {
        let generated = Dataset.generate(tickets: 12_000, cadres: 0, seed: 3, reference: Fixture.t0)
        var tickets = generated.tickets
        tickets[10].revision = 0
        tickets[11_000].title = " "
        let checked = Dataset(referenceDate: generated.referenceDate, tickets: tickets, units: generated.units, workers: generated.workers)
        #expect(checked.validate().map { "\($0.recordID) \($0.field)" } == ["\(tickets[10].id) revision", "\(tickets[11_000].id) title"])
        tickets[11_500].id = tickets[20].id
        let repeated = Dataset(referenceDate: generated.referenceDate, tickets: tickets, units: generated.units, workers: generated.workers)
        #expect(repeated.validate().map { "\($0.recordID) \($0.field)" }
                == ["\(tickets[10].id) revision", "\(tickets[11_000].id) title", "\(tickets[20].id) id"])
    }

    @Test func reportsEachProblemWithRecordAndField() {
        var rated = Fixture.ticket(2, status: .closed, category: .roads)
        rated.ratings = [TicketRating(score: 7, at: Fixture.t0)]
        rated.closeReason = .rated(score: 7)
        var early = Fixture.ticket(3)
        early.deadline = Fixture.hours(-1)
        var assigned = Fixture.ticket(4, status: .assigned, category: .roads, assignee: "W-4040")
        assigned.reopenCount = -1
        var duplicate = Fixture.ticket(5, status: .closed, category: .roads)
        duplicate.closeReason = .duplicate(of: "T-000404")
        var open = Fixture.ticket(6, status: .inProgress, category: .roads, assignee: "W-0001")
        open.closeReason = .invalid(reason: "x")
        var cadre = Fixture.cadre(1)
        cadre.scores.results = 120
        var districtCadre = Fixture.cadre(2)
        districtCadre.pool = .district
        var unknownDistrict = Fixture.cadre(3)
        unknownDistrict.pool = .district
        unknownDistrict.district = "浦东新区"
        let month = Month(year: 2018, month: 10)
        let unit = AssessmentUnit(id: "U-01", name: Label(zh: "江岸区", en: "Jiang'an"), kind: .district, scores: [
            ReportCardScore(month: month, card: .overall, score: 90, source: .synthetic),
            ReportCardScore(month: month, card: .overall, score: 91, source: .synthetic),
            ReportCardScore(month: month, card: .ruleOfLaw, score: -3, source: .synthetic),
        ])
        let talent = TalentIndicator(id: "graduates.retained", project: .graduates, label: Label(zh: "", en: ""),
                                     unit: Label(zh: "人", en: "people"), value: -5, asOf: month,
                                     series: [MonthlyValue(month: month, value: 1, source: .synthetic),
                                              MonthlyValue(month: month, value: 2, source: .synthetic)],
                                     source: .reported)
        let figure = ReportedFigure(id: "grassroots.x", area: .grassroots, label: Label(zh: "", en: ""), value: 1,
                                    unit: Label(zh: "", en: ""), asOf: "Oct 2018", source: .reported)
        var data = Dataset(referenceDate: Fixture.t0,
                           tickets: [Fixture.ticket(1), rated, early, assigned, duplicate, open, Fixture.ticket(1)],
                           cadres: [cadre, districtCadre, unknownDistrict], units: [unit], talent: [talent],
                           figures: [figure], workers: Fixture.workers)
        data.schemaVersion = 2
        let found = Set(data.validate().map { "\($0.recordID) \($0.field)" })
        let expected: Set<String> = [
            " schemaVersion",
            "T-000001 id",
            "T-000002 ratings[0].score", "T-000002 closeReason.score",
            "T-000003 deadline",
            "T-000004 assignee", "T-000004 reopenCount",
            "T-000005 closeReason.of",
            "T-000006 closeReason",
            "C-00001 scores.results",
            "C-00002 district", "C-00003 district",
            "U-01 scores[1]", "U-01 scores[2].score",
            "graduates.retained value", "graduates.retained series[1].month",
            "grassroots.x asOf", "grassroots.x excerpt",
        ]
        #expect(found == expected)
        let message = data.validate().first { $0.recordID == "T-000002" }
        #expect(message?.description == "T-000002 ratings[0].score: rating 7 is outside 1…5")
    }

    @Test func unknownStatusFailsToDecode() throws {
        var object = try JSONSerialization.jsonObject(
            with: DomainJSON.makeEncoder().encode(Fixture.ticket(1))) as! [String: Any]
        object["status"] = "lost"
        let data = try JSONSerialization.data(withJSONObject: object)
        #expect(throws: DecodingError.self) { try DomainJSON.makeDecoder().decode(Ticket.self, from: data) }
    }

    @Test func badTimestampFailsToDecode() {
        let json = Data(#"{"at":"yesterday","actor":"a","op":"note","seq":1}"#.utf8)
        #expect(throws: DecodingError.self) { try DomainJSON.makeDecoder().decode(HistoryEvent.self, from: json) }
    }
}
