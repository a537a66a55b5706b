/// A single number with its provenance, such as party-building coverage of non-public enterprises.
public struct ReportedFigure: Codable, Sendable, Equatable, Identifiable {
    public var id: String
    public var area: FigureArea
    public var label: Label
    public var value: Double
    public var unit: Label
    /// The date the figure refers to: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    public var asOf: String
    /// Where a cumulative figure starts counting, when the article says (same format).
    public var since: String?
    public var qualifier: FigureQualifier?
    public var source: Source
    /// The article's words, so the figure can be checked.
    public var excerpt: String?

    public init(id: String, area: FigureArea, label: Label, value: Double, unit: Label, asOf: String,
                since: String? = nil, qualifier: FigureQualifier? = nil, source: Source, excerpt: String? = nil) {
        self.id = id
        self.area = area
        self.label = label
        self.value = value
        self.unit = unit
        self.asOf = asOf
        self.since = since
        self.qualifier = qualifier
        self.source = source
        self.excerpt = excerpt
    }
}
