/// A quarterly bulletin (季度通报) or half-year evaluation: each unit's average on every card over
/// the period's months, its rank among its kind by the overall average, and its move since the
/// period before.
public struct Bulletin: Sendable, Equatable {
    public enum Period: Sendable, Equatable, CustomStringConvertible {
        case quarter(year: Int, quarter: Int)
        case half(year: Int, half: Int)

        /// `2018Q3`, `2018H1`.
        public init?(_ text: String) {
            let upper = text.uppercased()
            guard upper.count == 6, let year = Int(upper.prefix(4)), let n = Int(upper.suffix(1)) else { return nil }
            switch upper.dropFirst(4).first {
            case "Q" where (1...4).contains(n): self = .quarter(year: year, quarter: n)
            case "H" where (1...2).contains(n): self = .half(year: year, half: n)
            default: return nil
            }
        }

        public var months: [Month] {
            switch self {
            case .quarter(let year, let q): (1...3).map { Month(year: year, month: (q - 1) * 3 + $0) }
            case .half(let year, let h): (1...6).map { Month(year: year, month: (h - 1) * 6 + $0) }
            }
        }

        public var previous: Period {
            switch self {
            case .quarter(let year, let q): q == 1 ? .quarter(year: year - 1, quarter: 4) : .quarter(year: year, quarter: q - 1)
            case .half(let year, let h): h == 1 ? .half(year: year - 1, half: 2) : .half(year: year, half: 1)
            }
        }

        public var description: String {
            switch self {
            case .quarter(let year, let q): "\(year)Q\(q)"
            case .half(let year, let h): "\(year)H\(h)"
            }
        }

        public var label: Label {
            switch self {
            case .quarter(let year, let q): Label(zh: "\(year) 年第 \(q) 季度通报", en: "Bulletin, quarter \(q) of \(year)")
            case .half(let year, let h): Label(zh: "\(year) 年\(h == 1 ? "上" : "下")半年考评", en: "Evaluation, \(h == 1 ? "first" : "second") half of \(year)")
            }
        }
    }

    public struct Row: Sendable, Equatable {
        public var unitID: String
        public var name: Label
        public var kind: UnitKind
        /// Per card in `ReportCard.allCases` order; nil when the period has no score.
        public var averages: [Double?]
        /// Among its kind, by the overall average.
        public var rank: Int?
        public var previousRank: Int?

        public var move: Int? { rank.flatMap { now in previousRank.map { $0 - now } } }
    }

    public var period: Period
    /// By kind, then rank.
    public var rows: [Row]

    public init(units: [AssessmentUnit], period: Period) {
        self.period = period
        func averages(_ unit: AssessmentUnit, _ period: Period) -> [Double?] {
            ReportCard.allCases.map { card in
                let scores = period.months.compactMap { unit.score(month: $0, card: card)?.score }
                return scores.isEmpty ? nil : scores.reduce(0, +) / Double(scores.count)
            }
        }
        func ranks(_ period: Period) -> [String: Int] {
            var out: [String: Int] = [:]
            for kind in UnitKind.allCases {
                let scored = units.filter { $0.kind == kind }.compactMap { u in averages(u, period)[0].map { (u.id, $0) } }
                    .sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }
                for (i, entry) in scored.enumerated() { out[entry.0] = i + 1 }
            }
            return out
        }
        let now = ranks(period), before = ranks(period.previous)
        rows = units.map { Row(unitID: $0.id, name: $0.name, kind: $0.kind, averages: averages($0, period), rank: now[$0.id], previousRank: before[$0.id]) }
            .sorted { a, b in
                let ka = UnitKind.allCases.firstIndex(of: a.kind) ?? 0, kb = UnitKind.allCases.firstIndex(of: b.kind) ?? 0
                return ka != kb ? ka < kb : (a.rank ?? Int.max, a.unitID) < (b.rank ?? Int.max, b.unitID)
            }
    }

    /// The units that moved most, up and down, `count` each.
    public func movers(_ count: Int = 3) -> (up: [Row], down: [Row]) {
        let moved = rows.filter { ($0.move ?? 0) != 0 }
        return (Array(moved.filter { ($0.move ?? 0) > 0 }.sorted { ($0.move ?? 0) > ($1.move ?? 0) }.prefix(count)),
                Array(moved.filter { ($0.move ?? 0) < 0 }.sorted { ($0.move ?? 0) < ($1.move ?? 0) }.prefix(count)))
    }
}
