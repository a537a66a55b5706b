import Foundation

/// Synthetic monthly series that grow to a reported value: the last point is the reported value
/// itself (labelled reported), the earlier ones are shaped by the generator (labelled synthetic).
enum TalentSeries {
    static func indicator(_ reported: ReportedSeed.Talent, random: inout SeededRandom) -> TalentIndicator {
        let count = max(2, reported.asOf.ordinal - reported.seriesStart.ordinal + 1)
        let value = reported.value
        let whole = value.rounded() == value
        let exponent = random.double(0.8...1.4)
        let start = random.double(0.04...0.15)
        var series: [MonthlyValue] = []
        var previous = 0.0
        for k in 0..<(count - 1) {
            let x = Double(k) / Double(count - 1)
            var v = value * (start + (1 - start) * pow(x, exponent)) * random.double(0.97...1.03)
            v = min(value, max(previous, whole ? v.rounded() : (v * 10).rounded() / 10))
            previous = v
            series.append(MonthlyValue(month: reported.asOf.adding(months: k - count + 1), value: v, source: .synthetic))
        }
        series.append(MonthlyValue(month: reported.asOf, value: value, source: reported.source))
        return TalentIndicator(
            id: reported.id, project: reported.project, label: reported.label, unit: reported.unit, value: value,
            asOf: reported.asOf, since: reported.since, qualifier: reported.qualifier, goal: reported.goal,
            series: series, source: reported.source, excerpt: reported.excerpt)
    }
}
