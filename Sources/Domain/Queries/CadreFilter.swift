/// Which cadres the pool table shows. Empty sets and nil fields do not restrict; the conditions
/// combine.
public struct CadreFilter: Sendable, Equatable {
    public var stages: Set<CadreStage>
    public var pool: CadrePool?
    /// The district of a district-pool cadre, or the unit's name containing it.
    public var unit: String?
    public var firstBatchOnly: Bool
    public var warnedOnly: Bool
    /// Only cadres whose points total is below this.
    public var pointsBelow: Int?
    /// Only cadres with at least one of the five criteria below this.
    public var criterionBelow: Double?
    /// Case-insensitive part of the name, the id, the unit or the post.
    public var text: String

    public init(stages: Set<CadreStage> = [], pool: CadrePool? = nil, unit: String? = nil, firstBatchOnly: Bool = false,
                warnedOnly: Bool = false, pointsBelow: Int? = nil, criterionBelow: Double? = nil, text: String = "") {
        self.stages = stages
        self.pool = pool
        self.unit = unit
        self.firstBatchOnly = firstBatchOnly
        self.warnedOnly = warnedOnly
        self.pointsBelow = pointsBelow
        self.criterionBelow = criterionBelow
        self.text = text
    }

    public static let all = CadreFilter()

    public func matches(_ cadre: Cadre) -> Bool {
        passes([cadre], 0) && (text.isEmpty || SearchText(count: 1) { _ in cadre.searchFields }.matches(text)[0])
    }

    /// Whether the cadre at `i` passes every condition but the search, its fields read in place
    /// (binding each cadre would copy the whole record).
    private func passes(_ cadres: [Cadre], _ i: Int) -> Bool {
        if !stages.isEmpty && !stages.contains(cadres[i].stage) { return false }
        if let pool, cadres[i].pool != pool { return false }
        if let unit, cadres[i].district != unit && !cadres[i].unit.contains(unit) { return false }
        if firstBatchOnly && !cadres[i].firstBatch { return false }
        if warnedOnly && cadres[i].warnings.isEmpty { return false }
        if let pointsBelow, cadres[i].pointsTotal >= pointsBelow { return false }
        if let criterionBelow, !Criterion.allCases.contains(where: { cadres[i].scores[$0] < criterionBelow }) { return false }
        return true
    }

    /// The positions of the cadres that pass, in `order`. `search` holds every cadre's search text
    /// by position (the world keeps it); without it one is built for the call.
    public func apply(_ cadres: [Cadre], order: [Int], search: SearchText? = nil) -> [Int] {
        guard self != .all else { return order }
        let found: [Bool]? = text.isEmpty ? nil
            : (search.flatMap { $0.count == cadres.count ? $0 : nil } ?? SearchText(count: cadres.count) { cadres[$0].searchFields }).matches(text)
        return order.filter { (found?[$0] ?? true) && passes(cadres, $0) }
    }
}
