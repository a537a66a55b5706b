import Domain
import TermUI

/// What the overview's district map is coloured by.
public enum MapMetric: String, CaseIterable, Sendable {
    case open
    case overdue
    case onTime
    case rank

    public var label: Label {
        switch self {
        case .open: Label(zh: "在办诉求", en: "Open requests")
        case .overdue: Label(zh: "超期诉求", en: "Overdue requests")
        case .onTime: Label(zh: "按时办结率(30天)", en: "On time (30 days)")
        case .rank: Label(zh: "成绩单综合名次", en: "Report-card rank (1 = best)")
        }
    }

    /// The words at the legend's ends: the low end first.
    public var ends: (low: Label, high: Label) {
        switch self {
        case .open, .overdue: (Label(zh: "少", en: "few"), Label(zh: "多", en: "many"))
        case .onTime: (Label(zh: "低", en: "low"), Label(zh: "高", en: "high"))
        case .rank: (Label(zh: "靠后", en: "last"), Label(zh: "靠前", en: "first"))
        }
    }

    public var ramp: HeatScale.Ramp {
        switch self {
        case .open: .sequential
        case .overdue: .alarm
        case .onTime, .rank: .diverging
        }
    }

    public var next: MapMetric { Self.allCases[((Self.allCases.firstIndex(of: self) ?? 0) + 1) % Self.allCases.count] }

    /// A place's value (what the colour scales) and its text; NaN and "—" where there is none.
    /// Ranks scale reversed, so the first place is the high end.
    public func value(_ place: String, districts: DistrictMetrics, units: UnitSummary, context: PanelContext) -> (Double, String) {
        let figures = districts[place]
        switch self {
        case .open: return (Double(figures.open), context.number(Double(figures.open)))
        case .overdue: return (Double(figures.overdue), context.number(Double(figures.overdue)))
        case .onTime:
            guard let share = figures.onTime.value else { return (.nan, "—") }
            return (share, Format.fixed(share * 100, decimals: 0) + "%")
        case .rank:
            guard let rank = units.rank(named: place) else { return (.nan, "—") }
            // The number alone: a tile at 80 columns has five; the legend says what it ranks.
            return (Double(rank.of - rank.rank), "\(rank.rank)")
        }
    }
}
