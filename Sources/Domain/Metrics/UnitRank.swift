/// A unit's place on one report card for one month.
public struct UnitRank: Sendable, Equatable {
    public var unitID: String
    public var name: Label
    public var score: Double
    /// 1-based; equal scores share a rank (1, 2, 2, 4).
    public var rank: Int
    /// The same card's score the month before, when there is one.
    public var previousScore: Double?

    public init(unitID: String, name: Label, score: Double, rank: Int, previousScore: Double?) {
        self.unitID = unitID
        self.name = name
        self.score = score
        self.rank = rank
        self.previousScore = previousScore
    }

    public var change: Double? { previousScore.map { score - $0 } }

    /// Units with a score on `card` for `month`, best first (ties by id); units without one are left out.
    public static func ranking(_ units: [AssessmentUnit], month: Month, card: ReportCard,
                               kind: UnitKind? = nil) -> [UnitRank] {
        let previous = month.adding(months: -1)
        let scored: [(unit: AssessmentUnit, score: Double)] = units.compactMap { unit in
            guard kind == nil || unit.kind == kind, let s = unit.score(month: month, card: card) else { return nil }
            return (unit, s.score)
        }.sorted { $0.score != $1.score ? $0.score > $1.score : $0.unit.id < $1.unit.id }
        var ranks: [UnitRank] = []
        for (i, entry) in scored.enumerated() {
            let rank = i > 0 && scored[i - 1].score == entry.score ? ranks[i - 1].rank : i + 1
            ranks.append(UnitRank(unitID: entry.unit.id, name: entry.unit.name, score: entry.score, rank: rank,
                                  previousScore: entry.unit.score(month: previous, card: card)?.score))
        }
        return ranks
    }
}
