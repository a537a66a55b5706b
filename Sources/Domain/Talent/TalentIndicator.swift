/// A talent statistic with its monthly series, e.g. graduates who stayed in Wuhan.
public struct TalentIndicator: Codable, Sendable, Equatable, Identifiable {
    public var id: String
    public var project: TalentProject
    public var label: Label
    public var unit: Label
    /// The headline value as of `asOf`.
    public var value: Double
    public var asOf: Month
    /// Where a cumulative value starts counting, when the article says (`YYYY`, `YYYY-MM`…).
    public var since: String?
    public var qualifier: FigureQualifier?
    public var goal: Double?
    /// Ascending months; the last point is the headline value.
    public var series: [MonthlyValue]
    public var source: Source
    /// The article's words for a reported value, so it can be checked.
    public var excerpt: String?

    public init(id: String, project: TalentProject, label: Label, unit: Label, value: Double, asOf: Month,
                since: String? = nil, qualifier: FigureQualifier? = nil, goal: Double? = nil, series: [MonthlyValue], source: Source, excerpt: String? = nil) {
        self.id = id
        self.project = project
        self.label = label
        self.unit = unit
        self.value = value
        self.asOf = asOf
        self.since = since
        self.qualifier = qualifier
        self.goal = goal
        self.series = series
        self.source = source
        self.excerpt = excerpt
    }

    /// Progress toward the goal (0…1), when there is one.
    public var progress: Double? {
        guard let goal, goal > 0 else { return nil }
        return min(1, value / goal)
    }
}
