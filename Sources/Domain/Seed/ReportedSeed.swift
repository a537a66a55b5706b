/// `seeds/reported.json`: the figures of the source article, all `reported`. (The file's `article`
/// block names the source for readers of the file; figures carry their own dates and excerpts.)
struct ReportedSeed: Decodable, Sendable {
    /// A talent indicator as the article gives it; the monthly series is synthesized from
    /// `seriesStart` up to `asOf`.
    struct Talent: Decodable, Sendable {
        var id: String
        var project: TalentProject
        var label: Label
        var unit: Label
        var value: Double
        var asOf: Month
        var seriesStart: Month
        var since: String?
        var qualifier: FigureQualifier?
        var goal: Double?
        var source: Source
        var excerpt: String?
    }

    var figures: [ReportedFigure]
    var talent: [Talent]

    func figure(_ id: String) throws(SeedError) -> Double {
        guard let figure = figures.first(where: { $0.id == id }) else {
            throw SeedError(file: "reported.json", message: "missing figure \(id)")
        }
        return figure.value
    }
}
