import Foundation

/// A district, development zone or city department assessed monthly on the report cards.
public struct AssessmentUnit: Codable, Sendable, Equatable, Identifiable {
    public var id: String
    public var revision: Int
    public var updatedBy: String?
    public var updatedAt: Date?
    public var name: Label
    public var kind: UnitKind
    /// Sorted by month, then card order.
    public var scores: [ReportCardScore]
    public var history: History

    public init(id: String, revision: Int = 1, updatedBy: String? = nil, updatedAt: Date? = nil,
                name: Label, kind: UnitKind, scores: [ReportCardScore] = [], history: History = []) {
        self.id = id
        self.revision = revision
        self.updatedBy = updatedBy
        self.updatedAt = updatedAt
        self.name = name
        self.kind = kind
        self.scores = scores
        self.history = history
    }

    public func score(month: Month, card: ReportCard) -> ReportCardScore? {
        scores.first { $0.month == month && $0.card == card }
    }

    /// Months with at least one score, ascending.
    public var months: [Month] { Array(Set(scores.map(\.month))).sorted() }
}
