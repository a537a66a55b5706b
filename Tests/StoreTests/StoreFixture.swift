import Domain
import Store
import Foundation

/// A small hand-made data set: five reported tickets, two workers, a cadre and a unit.
enum StoreFixture {
    static let t0 = Timestamp.date(year: 2018, month: 11, day: 20, hour: 8)
    static let location = TicketLocation(district: "江岸区", street: "大智街", community: "三阳社区", grid: "第1网格")

    static func ticket(_ number: Int) -> Ticket {
        Ticket(id: Dataset.ticketID(number), source: .synthetic, title: "路灯不亮 \(number)",
               description: "小区门口路灯坏了", location: location, reporterName: "王芳",
               reporterPhone: "13800000000", createdAt: t0,
               deadline: LifecycleRules.standard.deadline(from: t0, level: .grid, urgent: false))
    }

    static func dataset(tickets: Int = 5) -> Dataset {
        Dataset(
            referenceDate: t0,
            tickets: (1...tickets).map(ticket),
            cadres: [Cadre(id: Dataset.cadreID(1), source: .synthetic, name: "张伟", gender: .male, birthYear: 1975,
                           unit: "市发改委", pool: .city,
                           scores: CriteriaScores(loyalClean: 90, openMinded: 80, planningAble: 85, responsibility: 88, results: 92),
                           discoveredAt: Timestamp.date(year: 2017, month: 5, day: 15))],
            units: [AssessmentUnit(id: "U-01", name: Label(zh: "江岸区", en: "Jiang'an"), kind: .district)],
            workers: [GridWorker(id: "W-0001", name: "李娜", level: .grid, location: location, phone: "1", source: .synthetic)])
    }

    /// A new data directory holding `dataset()`.
    static func directory(tickets: Int = 5) throws -> TemporaryDirectory {
        let directory = try TemporaryDirectory()
        try DataStore.create(at: directory.data, dataset: dataset(tickets: tickets))
        return directory
    }

    static func note(_ id: String, _ text: String, revision: Int? = nil) -> Change {
        Change(recordID: id, expectedRevision: revision, operation: .note(text: text))
    }
}
