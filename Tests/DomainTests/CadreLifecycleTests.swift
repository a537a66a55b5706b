import Foundation
import Testing
@testable import Domain

@Suite("Cadre life cycle")
struct CadreLifecycleTests {
    typealias Op = Domain.Operation
    static let october = Month(year: 2018, month: 10)
    static let at = Timestamp.date(year: 2018, month: 11, day: 5, hour: 2)

    @discardableResult
    static func run(_ data: inout Dataset, _ op: Op, at: Date = at) throws(Refusal) -> AppliedChange {
        try data.apply(Change(recordID: "C-00001", operation: op), actor: "zzb", at: at, seq: 9)
    }

    static func expectRefusal(_ data: Dataset, _ op: Op, _ code: Refusal.Code,
                              sourceLocation: SourceLocation = #_sourceLocation) {
        var copy = data
        do {
            try run(&copy, op)
            Issue.record("\(op.name) was allowed", sourceLocation: sourceLocation)
        } catch {
            #expect(error.code == code, "\(error.message.en)", sourceLocation: sourceLocation)
        }
        #expect(copy == data, sourceLocation: sourceLocation)
    }

    static func at(_ stage: CadreStage) throws -> Dataset {
        var data = Fixture.dataset()
        let toPost: [Op] = [.review, .appoint(post: "重点项目指挥部指挥长"), .startPost]
        let path: [Op] = switch stage {
        case .discovered: []
        case .underReview: [.review]
        case .appointed: [.review, .appoint(post: "重点项目指挥部指挥长")]
        case .inPost: toPost
        case .promoted: toPost + [.promote]
        case .kept: toPost + [.keep]
        case .adjustedDown: toPost + [.adjustDown(reason: "实绩不突出")]
        case .out: [.remove(reason: "考察未通过")]
        }
        for op in path { try run(&data, op) }
        #expect(data.cadres[0].stage == stage)
        return data
    }

    static let serving: Set<CadreStage> = [.inPost, .kept]
    static let matrix: [(Op, Set<CadreStage>)] = [
        (.review, [.discovered]),
        (.appoint(post: "招商专班负责人"), [.underReview]),
        (.startPost, [.appointed]),
        (.addPoints(month: october, delta: 5, reason: "提前完成节点"), serving),
        (.warn(text: "进度滞后"), serving),
        (.recordAccountability(text: "推诿扯皮"), serving),
        (.recordFaultTolerance(text: "改革探索失误"), serving),
        (.promote, serving),
        (.keep, [.inPost]),
        (.adjustDown(reason: "排名靠后"), serving),
        (.remove(reason: "出库"), Set(CadreStage.allCases).subtracting([.out])),
    ]

    @Test(arguments: CadreStage.allCases)
    func everyActionFromEveryStage(_ stage: CadreStage) throws {
        let data = try Self.at(stage)
        for (op, allowed) in Self.matrix {
            if allowed.contains(stage) {
                var copy = data
                let applied = try Self.run(&copy, op)
                #expect(applied.revision == data.cadres[0].revision + 1, "\(op.name) from \(stage)")
            } else {
                Self.expectRefusal(data, op, .notAllowed)
            }
        }
    }

    @Test func appointmentRecordsPostAndDate() throws {
        var data = try Self.at(.underReview)
        Self.expectRefusal(data, .appoint(post: " "), .invalidField)
        try Self.run(&data, .appoint(post: "长江大保护攻坚专班负责人"))
        #expect(data.cadres[0].post == "长江大保护攻坚专班负责人")
        #expect(data.cadres[0].appointedAt == Self.at)
        #expect(data.cadres[0].history.last?.summary.zh == "任命到攻坚岗位:长江大保护攻坚专班负责人")
    }

    @Test func monthlyPoints() throws {
        var data = try Self.at(.inPost)
        Self.expectRefusal(data, .addPoints(month: Self.october, delta: 0, reason: "无"), .invalidField)
        Self.expectRefusal(data, .addPoints(month: Self.october, delta: 21, reason: "过多"), .invalidField)
        Self.expectRefusal(data, .addPoints(month: Self.october, delta: 3, reason: ""), .invalidField)
        Self.expectRefusal(data, .addPoints(month: Month(year: 2018, month: 12), delta: 3, reason: "未来"), .invalidField)
        try Self.run(&data, .addPoints(month: Self.october, delta: 8, reason: "超额完成"))
        try Self.run(&data, .addPoints(month: Self.october, delta: -3, reason: "投诉属实"))
        try Self.run(&data, .addPoints(month: Month(year: 2018, month: 11), delta: 2, reason: "交流发言"))
        let cadre = data.cadres[0]
        #expect(cadre.pointsTotal == 7)
        #expect(cadre.points(in: Self.october) == 5)
        #expect(cadre.monthlyPoints[1] == PointEntry(month: Self.october, delta: -3, reason: "投诉属实", at: Self.at, actor: "zzb"))
        #expect(cadre.history.last?.summary.en == "2018-11 +2 points: 交流发言")
    }

    @Test func recordsAreKeptWithDateAndActor() throws {
        var data = try Self.at(.kept)
        try Self.run(&data, .warn(text: "月度排名靠后"))
        try Self.run(&data, .recordAccountability(text: "不作为"))
        try Self.run(&data, .recordFaultTolerance(text: "容错"))
        let cadre = data.cadres[0]
        #expect(cadre.warnings == [DatedNote(at: Self.at, actor: "zzb", text: "月度排名靠后")])
        #expect(cadre.accountability.map(\.text) == ["不作为"])
        #expect(cadre.faultTolerance.map(\.text) == ["容错"])
    }

    @Test func exitKeepsTheReason() throws {
        var data = try Self.at(.inPost)
        Self.expectRefusal(data, .adjustDown(reason: ""), .invalidField)
        try Self.run(&data, .adjustDown(reason: "履职评估较差"))
        #expect(data.cadres[0].stage == .adjustedDown)
        #expect(data.cadres[0].exitReason == "履职评估较差")
    }

    @Test func ticketOperationsAreRefusedOnCadres() throws {
        Self.expectRefusal(try Self.at(.inPost), .start, .wrongRecordKind)
    }

    @Test func reportCardScoresAreSetInOrder() throws {
        var data = Fixture.dataset()
        func set(_ month: Month, _ card: ReportCard, _ score: Double) throws {
            try data.apply(Change(recordID: "U-01", operation: .setReportCard(month: month, card: card, score: score)),
                           actor: "kp", at: Self.at, seq: 3)
        }
        try set(Self.october, .ruleOfLaw, 88)
        try set(Self.october, .overall, 91.5)
        try set(Month(year: 2018, month: 9), .overall, 80)
        try set(Self.october, .ruleOfLaw, 89)
        let unit = data.units[0]
        #expect(unit.scores.map { "\($0.month) \($0.card.rawValue) \($0.score)" }
                == ["2018-09 overall 80.0", "2018-10 overall 91.5", "2018-10 rule_of_law 89.0"])
        #expect(unit.scores.allSatisfy { $0.source == .entered })
        #expect(unit.revision == 5)
        #expect(unit.history.last?.summary.en == "2018-10 Rule of law: 89.0")
        var copy = data
        #expect(throws: Refusal.self) {
            try copy.apply(Change(recordID: "U-01", operation: .setReportCard(month: Self.october, card: .overall, score: 101)),
                           actor: "kp", at: Self.at, seq: 4)
        }
        #expect(copy == data)
    }
}
