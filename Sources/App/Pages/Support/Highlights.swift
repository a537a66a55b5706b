import Foundation

/// Records another process just changed, and until when their rows stand out.
public struct Highlights: Equatable, Sendable {
    private var until: [String: Date] = [:]

    /// How long a row changed by someone else stays highlighted.
    public static let seconds: TimeInterval = 3

    public init() {}

    public subscript(id: String) -> Date? { until[id] }

    /// Makes `ids` stand out from `now` on.
    mutating func mark<S: Sequence>(_ ids: S, now: Date) where S.Element == String {
        for id in ids { until[id] = now.addingTimeInterval(Self.seconds) }
    }

    /// Forgets those whose time is over.
    mutating func expire(at now: Date) { until = until.filter { $0.value > now } }

    /// Whether any row still stands out at `now` (the loop then wakes every second to fade it).
    func isActive(at now: Date) -> Bool { until.values.contains { $0 > now } }

    /// The ids that stand out at `now`.
    func current(at now: Date) -> Set<String> { Set(until.lazy.filter { $0.value > now }.map(\.key)) }
}
