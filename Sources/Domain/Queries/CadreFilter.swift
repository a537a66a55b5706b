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
        if !stages.isEmpty && !stages.contains(cadre.stage) { return false }
        if let pool, cadre.pool != pool { return false }
        if let unit, cadre.district != unit && !cadre.unit.contains(unit) { return false }
        if firstBatchOnly && !cadre.firstBatch { return false }
        if warnedOnly && cadre.warnings.isEmpty { return false }
        if let pointsBelow, cadre.pointsTotal >= pointsBelow { return false }
        if let criterionBelow, !Criterion.allCases.contains(where: { cadre.scores[$0] < criterionBelow }) { return false }
        guard !text.isEmpty else { return true }
        let wanted = text.lowercased()
        return [cadre.name, cadre.id, cadre.unit, cadre.post ?? ""].contains { $0.lowercased().contains(wanted) }
    }

    /// The positions of the cadres that pass, in `order`.
    public func apply(_ cadres: [Cadre], order: [Int]) -> [Int] {
        self == .all ? order : order.filter { matches(cadres[$0]) }
    }
}
