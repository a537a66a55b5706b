import Domain

/// The overview's view of the latest report-card month: the districts' and zones' boards (for
/// the best and worst units and the map's ranks), the month's unit warnings, and how many cadres
/// were warned in it. Worked out when units or cadres change.
public struct UnitSummary: Sendable, Equatable {
    public var month: Month?
    public var districts: ScoreBoard?
    public var zones: ScoreBoard?
    public var warnings: [UnitWarning]
    public var cadresWarned: Int
    public var sources: [Source]

    public init(units: [AssessmentUnit], cadres: [Cadre], rule: WarningRule) {
        month = ScoreBoard.months(units).last
        sources = ScoreBoard.sources(units)
        guard let month else {
            districts = nil
            zones = nil
            warnings = []
            cadresWarned = 0
            return
        }
        warnings = UnitWarning.all(units, month: month, rule: rule)
        districts = ScoreBoard(units: units, month: month, kind: .district, warnings: warnings)
        zones = ScoreBoard(units: units, month: month, kind: .developmentZone, warnings: warnings)
        // By position: binding each cadre would copy its whole record.
        var warned = 0
        for i in cadres.indices where cadres[i].warnings.contains(where: { Month(containing: $0.at) == month }) { warned += 1 }
        cadresWarned = warned
    }

    /// A unit's overall rank among its kind this month, by its name (the map's tiles are names).
    public func rank(named name: String) -> (rank: Int, of: Int)? {
        for board in [districts, zones].compactMap({ $0 }) {
            let ranked = board.rows.filter { $0.overallRank != nil }
            if let row = ranked.first(where: { $0.name.zh == name || $0.name.en == name }), let rank = row.overallRank {
                return (rank, ranked.count)
            }
        }
        return nil
    }
}
