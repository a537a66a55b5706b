import Foundation

/// A dynamic plus or minus points entry of the monthly evaluation (动态加减分).
public struct PointEntry: Codable, Sendable, Equatable {
    public var month: Month
    public var delta: Int
    public var reason: String
    public var at: Date?
    public var actor: String?

    public init(month: Month, delta: Int, reason: String, at: Date? = nil, actor: String? = nil) {
        self.month = month
        self.delta = delta
        self.reason = reason
        self.at = at
        self.actor = actor
    }
}
