import Foundation

/// The assessed units (districts, development zones, city departments) with synthetic monthly
/// report cards for the months before the article.
struct UnitGenerator {
    let config: GeneratorConfig
    /// The last month with report cards.
    let lastMonth: Month
    /// How many units: nil for the seed's own; fewer take the first ones, more add numbered
    /// synthetic departments (the districts and zones are real and are not invented).
    var count: Int?
    /// How many months of report cards, ending at `lastMonth`.
    var months: Int

    func make(random: inout SeededRandom) -> [AssessmentUnit] {
        var named: [(Label, UnitKind)] =
            config.districts.map { (Label(zh: $0.zh, en: $0.en), UnitKind.district) }
            + config.developmentZones.map { ($0, UnitKind.developmentZone) }
            + config.departments.map { ($0, UnitKind.department) }
        if let count {
            let extra = max(0, count - named.count)
            named = Array(named.prefix(count)) + (0..<extra).map { n in
                (Label(zh: "模拟部门\(n + 1)", en: "Synthetic department \(n + 1)"), UnitKind.department)
            }
        }
        return named.enumerated().map { i, entry in
            let quality = random.double(72...90)
            let trend = random.double(-0.3...0.5)
            let offsets = ReportCard.allCases.map { _ in random.double(-4...4) }
            var scores: [ReportCardScore] = []
            for k in 0..<months {
                let month = lastMonth.adding(months: k - months + 1)
                for (c, card) in ReportCard.allCases.enumerated() {
                    let raw = quality + offsets[c] + trend * Double(k) + random.double(-2.5...2.5)
                    scores.append(ReportCardScore(month: month, card: card,
                                                  score: (min(100, max(50, raw)) * 10).rounded() / 10,
                                                  source: .synthetic))
                }
            }
            return AssessmentUnit(id: "U-" + Dataset.zeroPadded(i + 1, width: 3), name: entry.0, kind: entry.1,
                                  scores: scores)
        }
    }
}
