import Foundation

/// Cadre pool metrics as pure functions of the records.
public enum CadreMetrics {
    /// Ages at `date` in bins split at `edges` (ascending): below the first edge, between edges,
    /// and from the last edge up.
    public static func ageHistogram(_ cadres: [Cadre], at date: Date, edges: [Int] = [35, 40, 45, 50, 55]) -> [AgeBin] {
        var counts = Array(repeating: 0, count: edges.count + 1)
        for cadre in cadres {
            let age = cadre.age(at: date)
            counts[edges.firstIndex { age < $0 } ?? edges.count] += 1
        }
        return counts.enumerated().map { i, count in
            AgeBin(lower: i == 0 ? nil : edges[i - 1], upper: i == edges.count ? nil : edges[i], count: count)
        }
    }

    /// Mean of each criterion; nil for no cadres.
    public static func meanScores(_ cadres: [Cadre]) -> CriteriaScores? {
        guard !cadres.isEmpty else { return nil }
        var sum = CriteriaScores(loyalClean: 0, openMinded: 0, planningAble: 0, responsibility: 0, results: 0)
        for cadre in cadres {
            for criterion in Criterion.allCases { sum[criterion] += cadre.scores[criterion] }
        }
        for criterion in Criterion.allCases { sum[criterion] /= Double(cadres.count) }
        return sum
    }

    /// Youngest and oldest age at `date`; nil for no cadres.
    public static func ageRange(_ cadres: [Cadre], at date: Date) -> ClosedRange<Int>? {
        let ages = cadres.map { $0.age(at: date) }
        guard let low = ages.min(), let high = ages.max() else { return nil }
        return low...high
    }
}
