/// When a unit's report card puts it in warning (预警): a score below `floor` on any card, or the
/// bottom `bottom` places of its kind on the overall card for `months` months running (among kinds
/// of at least twice `bottom` units). The longer a warning
/// lasts, the further the next step goes: a talk, a written inquiry, admonishment, reassignment.
public struct WarningRule: Codable, Sendable, Equatable {
    public var floor: Double
    public var bottom: Int
    public var months: Int

    public init(floor: Double = 60, bottom: Int = 3, months: Int = 2) {
        self.floor = floor
        self.bottom = bottom
        self.months = months
    }

    public static let standard = WarningRule()

    /// The rule in words, for the page and the documentation.
    public var description: Label {
        Label(zh: "任一成绩单低于 \(NumberText.format(floor, .zh)) 分,或综合成绩连续 \(months) 个月居同类后 \(bottom) 位",
              en: "a score below \(NumberText.format(floor, .en)) on any card, or the bottom \(bottom) of its kind overall for \(months) months running")
    }
}

/// A unit in warning for a month: why (each card that triggered it), for how many months running,
/// and the next step.
public struct UnitWarning: Sendable, Equatable {
    public var unitID: String
    public var name: Label
    public var kind: UnitKind
    public var month: Month
    public var reasons: [Label]
    public var monthsRunning: Int
    public var step: AccountabilityStep

    /// Every unit in warning for `month`, the longest-running first.
    public static func all(_ units: [AssessmentUnit], month: Month, rule: WarningRule = .standard) -> [UnitWarning] {
        var places = Places(units)
        var out: [UnitWarning] = []
        for unit in units {
            let reasons = reasons(unit, month: month, rule: rule, places: &places)
            guard !reasons.isEmpty else { continue }
            var running = 1
            while running < places.monthSpan, !self.reasons(unit, month: month.adding(months: -running), rule: rule, places: &places).isEmpty {
                running += 1
            }
            out.append(UnitWarning(unitID: unit.id, name: unit.name, kind: unit.kind, month: month, reasons: reasons,
                                   monthsRunning: running, step: AccountabilityStep(monthsInWarning: running)))
        }
        return out.sorted { $0.monthsRunning != $1.monthsRunning ? $0.monthsRunning > $1.monthsRunning : $0.unitID < $1.unitID }
    }

    /// Why `unit` is in warning for `month`, one line per card; empty when it is not.
    static func reasons(_ unit: AssessmentUnit, month: Month, rule: WarningRule, places: inout Places) -> [Label] {
        var reasons: [Label] = []
        for card in ReportCard.allCases {
            guard let score = places.score(unit.id, month, card) else { continue }
            let value = NumberText.plain(score, grouped: false)
            let floor = NumberText.plain(rule.floor, grouped: false)
            if score < rule.floor {
                reasons.append(Label(zh: "\(card.label.zh) \(value) 分,低于 \(floor)", en: "\(card.label.en) \(value), below \(floor)"))
                continue
            }
            guard card == .overall else { continue }
            let inBottom = (0..<max(1, rule.months)).allSatisfy { back in
                guard let place = places.place(unit.id, kind: unit.kind, month.adding(months: -back), card) else { return false }
                // A kind of few units (four development zones) has no meaningful bottom three.
                return place.count >= 2 * rule.bottom && place.index >= place.count - rule.bottom
            }
            if inBottom {
                reasons.append(Label(zh: "综合成绩连续 \(rule.months) 个月居同类后 \(rule.bottom) 位",
                                     en: "bottom \(rule.bottom) of its kind overall for \(rule.months) months"))
            }
        }
        return reasons
    }

    /// Scores by unit, month and card, and places in each ranking, worked out once per call.
    struct Places {
        private let units: [AssessmentUnit]
        private var scores: [String: [Int: Double]] = [:]
        private var rankings: [Int: [String: (index: Int, count: Int)]] = [:]
        /// How many months the data spans: no warning runs longer.
        let monthSpan: Int

        init(_ units: [AssessmentUnit]) {
            self.units = units
            var months = Set<Int>()
            for unit in units {
                for entry in unit.scores {
                    scores[unit.id, default: [:]][entry.month.ordinal * 8 + entry.card.order] = entry.score
                    months.insert(entry.month.ordinal)
                }
            }
            monthSpan = (months.max() ?? 0) - (months.min() ?? 0) + 1
        }

        func score(_ unit: String, _ month: Month, _ card: ReportCard) -> Double? { scores[unit]?[month.ordinal * 8 + card.order] }

        mutating func place(_ unit: String, kind: UnitKind, _ month: Month, _ card: ReportCard) -> (index: Int, count: Int)? {
            let key = (month.ordinal * 8 + card.order) * 4 + (UnitKind.allCases.firstIndex(of: kind) ?? 0)
            if rankings[key] == nil {
                let ranked = units.filter { $0.kind == kind }.compactMap { u in score(u.id, month, card).map { (u.id, $0) } }
                    .sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }
                rankings[key] = Dictionary(uniqueKeysWithValues: ranked.enumerated().map { ($1.0, (index: $0, count: ranked.count)) })
            }
            return rankings[key]?[unit]
        }
    }
}
