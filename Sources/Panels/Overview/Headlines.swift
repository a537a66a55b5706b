import Domain

/// The overview's four counts. Worked out when the data changes (the ticket counts are the grid's
/// metrics), never per frame: each is a pass over every record.
public struct Headlines: Equatable, Sendable {
    public var pool: Int
    /// Cadres past review: appointed, in post, kept, promoted, adjusted or out.
    public var appointed: Int
    public var open: Int
    public var overdue: Int

    public init(cadres: [Cadre], metrics: GridMetrics) {
        pool = cadres.count
        appointed = cadres.reduce(0) { $0 + ($1.stage != .discovered && $1.stage != .underReview ? 1 : 0) }
        open = metrics.open
        overdue = metrics.overdue
    }
}
