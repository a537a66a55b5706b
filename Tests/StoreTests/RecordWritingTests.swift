import Foundation
import Testing
import Domain
@testable import Store

/// The records that write themselves (`JSONWritable`) give JSONEncoder's bytes with DomainJSON's
/// settings, compact and pretty: every ticket and cadre of the seed and of a generated set, and tickets
/// made to reach every optional and every kind of close reason.
@Suite("Record writers")
struct RecordWritingTests {
    private func expectSameBytes<T: Encodable & JSONWritable>(_ value: T, _ comment: String,
                                                             sourceLocation: SourceLocation = #_sourceLocation) throws {
        for pretty in [false, true] {
            let expected = try DomainJSON.makeEncoder(pretty: pretty).encode(value)
            let written = Data(value.json(pretty: pretty))
            #expect(written == expected, "\(comment) pretty \(pretty): \(String(decoding: written, as: UTF8.self)) vs \(String(decoding: expected, as: UTF8.self))",
                    sourceLocation: sourceLocation)
        }
    }

    @Test("every ticket and cadre of the seed and of a generated set")
    func datasets() throws {
        let reference = Timestamp.date(year: 2018, month: 11, day: 20)
        for dataset in [try Dataset.seedDataset(reference: reference),
                        Dataset.generate(tickets: 3_000, cadres: 100, seed: 11, reference: reference)] {
            for ticket in dataset.tickets { try expectSameBytes(ticket, ticket.id) }
            try expectSameBytes(dataset.tickets, "all tickets")
            for cadre in dataset.cadres { try expectSameBytes(cadre, cadre.id) }
        }
    }

    @Test("every optional present and absent, every close reason, escapes and empty lists")
    func corners() throws {
        let at = Date(timeIntervalSince1970: 1_541_030_400.25)
        let bare = Ticket(id: "T-1", source: .entered, title: "", description: "line\nbreak \"quoted\" \\ / \u{1}",
                          location: TicketLocation(path: "武昌区"), reporterName: "", reporterPhone: "", createdAt: at, deadline: at)
        try expectSameBytes(bare, "bare")
        let reasons: [CloseReason] = [.rated(score: 5), .duplicate(of: "T-2"), .invalid(reason: "重复"), .atSource(note: "现场")]
        for reason in reasons {
            let full = Ticket(
                id: "T-2", revision: 7, updatedBy: "张三", updatedAt: at, source: .synthetic, title: "漏水", description: "",
                category: .neighbourDispute, level: .district, urgent: true,
                location: TicketLocation(district: "江岸区", street: "街", community: "社区", grid: "网格 1"),
                reporterName: "李四", reporterPhone: "13800000000", status: .closed, closeReason: reason, assignee: "W-1",
                claimedBy: "op", createdAt: at, levelStartedAt: at.addingTimeInterval(60), deadline: at.addingTimeInterval(-0.5),
                resolvedAt: at, resolutionNote: "修好\t了", closedAt: at,
                ratings: [TicketRating(score: 4, at: at), TicketRating(score: 2, comment: "慢", at: at)], reopenCount: 2,
                notes: [DatedNote(at: at, text: "a"), DatedNote(at: at, actor: "王", text: "b", kind: .admonish)],
                history: [HistoryEvent(seq: 0, actor: "x", at: at, op: "create", detail: nil),
                          HistoryEvent(seq: -3, actor: "", at: at, op: "note", detail: "\u{7F}\u{85}")])
            try expectSameBytes(full, "\(reason)")
        }
    }

    @Test("a cadre with every optional present and absent, fractional scores and negative points")
    func cadreCorners() throws {
        let at = Date(timeIntervalSince1970: 1_541_030_400.25)
        let scores = CriteriaScores(loyalClean: 0.1 + 0.2, openMinded: 87.5, planningAble: 100, responsibility: 0, results: 1e-7)
        try expectSameBytes(Cadre(id: "C-1", source: .reported, name: "", gender: .female, birthYear: 1980, unit: "U-1",
                                  pool: .city, scores: scores, discoveredAt: at), "bare")
        try expectSameBytes(Cadre(
            id: "C-2", revision: 4, updatedBy: "组织部", updatedAt: at, source: .entered, name: "王\"五\"", gender: .male, birthYear: 1975,
            unit: "U-2", pool: .district, district: "洪山区", stage: .inPost, firstBatch: true, scores: scores, discoveredAt: at,
            post: "项目指挥长", appointedAt: at, exitReason: "调任",
            monthlyPoints: [PointEntry(month: Month(year: 2018, month: 3), delta: -5, reason: "延误"),
                            PointEntry(month: Month(year: 2018, month: 11), delta: 10, reason: "攻坚", at: at, actor: "考核组")],
            warnings: [DatedNote(at: at, text: "预警")], accountability: [DatedNote(at: at, actor: "纪委", text: "问责", kind: .inquiry)],
            faultTolerance: [DatedNote(at: at, text: "容错")], history: [HistoryEvent(seq: 2, actor: "a", at: at, op: "appoint", detail: "x")]),
            "full")
    }
}
