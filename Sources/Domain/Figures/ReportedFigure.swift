/// A single number with its provenance, such as party-building coverage of non-public enterprises.
public struct ReportedFigure: Codable, Sendable, Equatable, Identifiable {
    public var id: String
    public var area: FigureArea
    public var label: Label
    public var value: Double
    public var unit: Label
    /// The date the figure refers to: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    public var asOf: String
    public var source: Source
    /// The article's words, so the figure can be checked.
    public var excerpt: String?

    public init(id: String, area: FigureArea, label: Label, value: Double, unit: Label, asOf: String,
                source: Source, excerpt: String? = nil) {
        self.id = id
        self.area = area
        self.label = label
        self.value = value
        self.unit = unit
        self.asOf = asOf
        self.source = source
        self.excerpt = excerpt
    }
}
