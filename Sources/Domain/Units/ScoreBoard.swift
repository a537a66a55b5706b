/// One month's report cards for the units of one kind: each unit's score and rank on every card,
/// its overall rank a month before, and its warning. Worked out when the month, the kind or the
/// scores change, never per frame.
public struct ScoreBoard: Sendable, Equatable {
    public struct Row: Sendable, Equatable {
        public var unitID: String
        public var name: Label
        /// Per card, in `ReportCard.allCases` order.
        public var scores: [Double?]
        public var ranks: [Int?]
        public var previousOverallRank: Int?
        public var warning: UnitWarning?

        public var overallRank: Int? { ranks.first ?? nil }

        /// Places moved up since last month on the overall card (negative: down).
        public var rankChange: Int? {
            guard let now = overallRank, let before = previousOverallRank else { return nil }
            return before - now
        }
    }

    public var month: Month
    public var kind: UnitKind
    /// Best overall first; units without an overall score last, by id.
    public var rows: [Row]

    public init(units: [AssessmentUnit], month: Month, kind: UnitKind, warnings: [UnitWarning]) {
        self.month = month
        self.kind = kind
        let ofKind = units.filter { $0.kind == kind }
        let ranks = ReportCard.allCases.map { card in
            Dictionary(uniqueKeysWithValues: UnitRank.ranking(ofKind, month: month, card: card).map { ($0.unitID, $0.rank) })
        }
        let previous = Dictionary(uniqueKeysWithValues: UnitRank.ranking(ofKind, month: month.adding(months: -1), card: .overall)
            .map { ($0.unitID, $0.rank) })
        let warned = Dictionary(warnings.map { ($0.unitID, $0) }, uniquingKeysWith: { first, _ in first })
        rows = ofKind.map { unit in
            Row(unitID: unit.id, name: unit.name,
                scores: ReportCard.allCases.map { unit.score(month: month, card: $0)?.score },
                ranks: ReportCard.allCases.indices.map { ranks[$0][unit.id] },
                previousOverallRank: previous[unit.id], warning: warned[unit.id])
        }.sorted { a, b in
            switch (a.overallRank, b.overallRank) {
            case let (x?, y?): x != y ? x < y : a.unitID < b.unitID
            case (.some, nil): true
            case (nil, .some): false
            case (nil, nil): a.unitID < b.unitID
            }
        }
    }

    /// Where the units' scores come from (synthetic, entered).
    public static func sources(_ units: [AssessmentUnit]) -> [Source] {
        var seen = Set<Source>()
        for unit in units.indices {
            for score in units[unit].scores.indices { seen.insert(units[unit].scores[score].source) }
        }
        return Source.allCases.filter(seen.contains)
    }

    /// Every month any unit has a score for, ascending.
    public static func months(_ units: [AssessmentUnit]) -> [Month] {
        Array(Set(units.flatMap { $0.scores.map(\.month) })).sorted()
    }
}
