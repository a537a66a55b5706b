/// The lion-type pool by stage, for the city pool and the district pools.
public struct PoolFunnel: Sendable, Equatable {
    /// Cadres currently at each stage, per pool.
    public var byStage: [CadrePool: [CadreStage: Int]]
    /// Cadres ever appointed to a hard post (they have an appointment date), per pool.
    public var appointedEver: [CadrePool: Int]
    /// Members of the first batch of 108 (2017-08-31).
    public var firstBatch: Int

    public init(_ cadres: [Cadre]) {
        var byStage: [CadrePool: [CadreStage: Int]] = [:]
        var appointed: [CadrePool: Int] = [:]
        var firstBatch = 0
        for pool in CadrePool.allCases {
            byStage[pool] = Dictionary(uniqueKeysWithValues: CadreStage.allCases.map { ($0, 0) })
            appointed[pool] = 0
        }
        for cadre in cadres {
            byStage[cadre.pool, default: [:]][cadre.stage, default: 0] += 1
            if cadre.appointedAt != nil { appointed[cadre.pool, default: 0] += 1 }
            if cadre.firstBatch { firstBatch += 1 }
        }
        self.byStage = byStage
        self.appointedEver = appointed
        self.firstBatch = firstBatch
    }

    /// Cadres at `stage`, in one pool or (nil) in both.
    public func count(_ stage: CadreStage, pool: CadrePool? = nil) -> Int {
        pools(pool).reduce(0) { $0 + (byStage[$1]?[stage] ?? 0) }
    }

    /// Everyone in the pool, whatever the stage.
    public func total(pool: CadrePool? = nil) -> Int {
        pools(pool).reduce(0) { total, p in total + (byStage[p]?.values.reduce(0, +) ?? 0) }
    }

    public func appointed(pool: CadrePool? = nil) -> Int {
        pools(pool).reduce(0) { $0 + (appointedEver[$1] ?? 0) }
    }

    private func pools(_ pool: CadrePool?) -> [CadrePool] { pool.map { [$0] } ?? CadrePool.allCases }
}
