import Foundation

/// A lion-type (狮子型) cadre candidate and, once appointed, the record of their service.
public struct Cadre: Codable, Sendable, Equatable, Identifiable {
    public var id: String
    public var revision: Int
    public var updatedBy: String?
    public var updatedAt: Date?
    public var source: Source

    public var name: String
    public var gender: Gender
    public var birthYear: Int
    /// The work unit, as a display name.
    public var unit: String
    public var pool: CadrePool
    /// The district's display name for the district pool (e.g. "江岸区"); nil for the city pool.
    public var district: String?
    public var stage: CadreStage
    /// One of the 108 who took office on 2017-08-31.
    public var firstBatch: Bool
    public var scores: CriteriaScores
    public var discoveredAt: Date
    /// The hard post (攻坚克难岗位) once appointed.
    public var post: String?
    public var appointedAt: Date?
    /// Why the cadre was adjusted down or taken out of the pool.
    public var exitReason: String?
    public var monthlyPoints: [PointEntry]
    public var warnings: [DatedNote]
    public var accountability: [DatedNote]
    public var faultTolerance: [DatedNote]
    public var history: History

    public init(
        id: String, revision: Int = 1, updatedBy: String? = nil, updatedAt: Date? = nil, source: Source,
        name: String, gender: Gender, birthYear: Int, unit: String, pool: CadrePool, district: String? = nil,
        stage: CadreStage = .discovered, firstBatch: Bool = false, scores: CriteriaScores, discoveredAt: Date,
        post: String? = nil, appointedAt: Date? = nil, exitReason: String? = nil,
        monthlyPoints: [PointEntry] = [], warnings: [DatedNote] = [], accountability: [DatedNote] = [],
        faultTolerance: [DatedNote] = [], history: History = []
    ) {
        self.id = id
        self.revision = revision
        self.updatedBy = updatedBy
        self.updatedAt = updatedAt
        self.source = source
        self.name = name
        self.gender = gender
        self.birthYear = birthYear
        self.unit = unit
        self.pool = pool
        self.district = district
        self.stage = stage
        self.firstBatch = firstBatch
        self.scores = scores
        self.discoveredAt = discoveredAt
        self.post = post
        self.appointedAt = appointedAt
        self.exitReason = exitReason
        self.monthlyPoints = monthlyPoints
        self.warnings = warnings
        self.accountability = accountability
        self.faultTolerance = faultTolerance
        self.history = history
    }

    /// Age in whole years at `date` by birth year (birthdays are not recorded).
    public func age(at date: Date) -> Int { Timestamp.civil(date).year - birthYear }

    public var pointsTotal: Int { monthlyPoints.reduce(0) { $0 + $1.delta } }

    public func points(in month: Month) -> Int {
        monthlyPoints.reduce(0) { $0 + ($1.month == month ? $1.delta : 0) }
    }
}
