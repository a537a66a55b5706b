import Foundation
@testable import Domain

/// Small hand-made data sets with known numbers.
enum Fixture {
    static let t0 = Timestamp.date(year: 2018, month: 11, day: 20, hour: 8)
    static let location = TicketLocation(district: "江岸区", street: "大智街", community: "三阳社区", grid: "第1网格")

    static func hours(_ h: Double, after date: Date = t0) -> Date { date.addingTimeInterval(h * 3600) }

    static let workers: [GridWorker] = [
        GridWorker(id: "W-0001", name: "李娜", level: .grid, location: location, phone: "1", source: .synthetic),
        GridWorker(id: "W-0002", name: "三阳社区居委会", level: .community,
                   location: TicketLocation(district: "江岸区", street: "大智街", community: "三阳社区", grid: ""),
                   phone: "2", source: .synthetic),
        GridWorker(id: "W-0003", name: "大智街道办", level: .street,
                   location: TicketLocation(district: "江岸区", street: "大智街", community: "", grid: ""),
                   phone: "3", source: .synthetic),
        GridWorker(id: "W-0004", name: "王强", level: .grid, location: location, phone: "4", source: .synthetic),
        GridWorker(id: "W-0005", name: "江岸区网格化管理中心", level: .district,
                   location: TicketLocation(district: "江岸区", street: "", community: "", grid: ""),
                   phone: "5", source: .synthetic),
    ]

    static func ticket(_ number: Int, status: TicketStatus = .reported, level: TicketLevel = .grid,
                       category: TicketCategory? = nil, assignee: String? = nil, createdAt: Date = t0,
                       urgent: Bool = false) -> Ticket {
        Ticket(id: Dataset.ticketID(number), source: .synthetic, title: "路灯不亮 \(number)", description: "小区门口路灯坏了",
               category: category, level: level, urgent: urgent, location: location, reporterName: "王芳",
               reporterPhone: "13800000000", status: status, assignee: assignee, createdAt: createdAt,
               deadline: LifecycleRules.standard.deadline(from: createdAt, level: level, urgent: urgent))
    }

    static func cadre(_ number: Int, stage: CadreStage = .discovered, birthYear: Int = 1975) -> Cadre {
        Cadre(id: Dataset.cadreID(number), source: .synthetic, name: "张伟", gender: .male, birthYear: birthYear,
              unit: "市发改委", pool: .city, stage: stage,
              scores: CriteriaScores(loyalClean: 90, openMinded: 80, planningAble: 85, responsibility: 88, results: 92),
              discoveredAt: Timestamp.date(year: 2017, month: 5, day: 15))
    }

    static func dataset(tickets: [Ticket] = [ticket(1)], cadres: [Cadre] = [cadre(1)],
                        units: [AssessmentUnit] = [AssessmentUnit(id: "U-01", name: Label(zh: "江岸区", en: "Jiang'an"), kind: .district)]) -> Dataset {
        Dataset(referenceDate: t0, tickets: tickets, cadres: cadres, units: units, workers: workers)
    }
}
