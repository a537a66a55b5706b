import Foundation

/// The configurable part of the life cycles. Missing keys in a config file take the defaults.
public struct LifecycleRules: Codable, Sendable, Equatable {
    public var gridHours: Double
    public var communityHours: Double
    public var streetHours: Double
    public var districtHours: Double
    /// Urgent tickets get this share of the normal time (0.5 halves it).
    public var urgentFactor: Double
    /// Share of the allowed time after which an open ticket shows amber.
    public var warningFraction: Double
    /// Ratings from this score up close a resolved ticket; lower ones send it back to the assignee.
    public var satisfiedScore: Int
    /// Largest plus or minus a single monthly points entry may carry.
    public var maxPointDelta: Int

    public static let standard = LifecycleRules()

    public init(
        gridHours: Double = 24, communityHours: Double = 72, streetHours: Double = 120,
        districtHours: Double = 240, urgentFactor: Double = 0.5, warningFraction: Double = 0.75,
        satisfiedScore: Int = 3, maxPointDelta: Int = 20
    ) {
        self.gridHours = gridHours
        self.communityHours = communityHours
        self.streetHours = streetHours
        self.districtHours = districtHours
        self.urgentFactor = urgentFactor
        self.warningFraction = warningFraction
        self.satisfiedScore = satisfiedScore
        self.maxPointDelta = maxPointDelta
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let d = LifecycleRules()
        gridHours = try c.decodeIfPresent(Double.self, forKey: .gridHours) ?? d.gridHours
        communityHours = try c.decodeIfPresent(Double.self, forKey: .communityHours) ?? d.communityHours
        streetHours = try c.decodeIfPresent(Double.self, forKey: .streetHours) ?? d.streetHours
        districtHours = try c.decodeIfPresent(Double.self, forKey: .districtHours) ?? d.districtHours
        urgentFactor = try c.decodeIfPresent(Double.self, forKey: .urgentFactor) ?? d.urgentFactor
        warningFraction = try c.decodeIfPresent(Double.self, forKey: .warningFraction) ?? d.warningFraction
        satisfiedScore = try c.decodeIfPresent(Int.self, forKey: .satisfiedScore) ?? d.satisfiedScore
        maxPointDelta = try c.decodeIfPresent(Int.self, forKey: .maxPointDelta) ?? d.maxPointDelta
    }

    /// Allowed time at `level`, in seconds.
    public func timeLimit(level: TicketLevel, urgent: Bool) -> TimeInterval {
        let hours: Double = switch level {
        case .grid: gridHours
        case .community: communityHours
        case .street: streetHours
        case .district: districtHours
        }
        return hours * 3600 * (urgent ? urgentFactor : 1)
    }

    public func deadline(from start: Date, level: TicketLevel, urgent: Bool) -> Date {
        start.addingTimeInterval(timeLimit(level: level, urgent: urgent))
    }
}
