import Domain

/// The overview's record counts and where their records come from. Worked out when the data
/// changes (the ticket counts are the grid's metrics), never per frame: each is a pass over
/// every record.
public struct Headlines: Equatable, Sendable {
    public var pool: Int
    /// Cadres ever appointed to a hard post: those with an appointment date, whatever became of
    /// them since (a cadre taken out of the pool before appointment is not counted).
    public var appointed: Int
    public var open: Int
    public var overdue: Int
    public var cadreSources: [Source]
    public var ticketSources: [Source]

    public init(funnel: PoolFunnel, metrics: GridMetrics, cadreSources: [Source] = [.synthetic]) {
        pool = funnel.total()
        appointed = funnel.appointed()
        open = metrics.open
        overdue = metrics.overdue
        self.cadreSources = cadreSources
        ticketSources = metrics.sources
    }
}
