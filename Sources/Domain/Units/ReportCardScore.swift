/// One unit's score (0…100) on one report card for one month.
public struct ReportCardScore: Codable, Sendable, Equatable {
    public static let range: ClosedRange<Double> = 0...100

    public var month: Month
    public var card: ReportCard
    public var score: Double
    public var source: Source

    public init(month: Month, card: ReportCard, score: Double, source: Source) {
        self.month = month
        self.card = card
        self.score = score
        self.source = source
    }
}
