import Foundation
import Domain
import Panels
import TermUI

/// The grid tab beyond its table cursor: filters, the search being typed, the open detail and
/// form, the rows to highlight, and what is derived from the tickets (metrics, the search index,
/// the sort order), kept here so no frame recomputes them.
public struct GridState {
    public var filter = TicketFilter()
    /// The search text while `/` has the keyboard.
    public var search: TextFieldState?
    public var detail: TicketDetailState?
    public var form: TicketForm?
    /// Tickets another process changed, and until when they stand out.
    public var highlights: [String: Date] = [:]
    public internal(set) var metrics: GridMetrics
    /// The tickets as filterable, sortable columns, updated per changed ticket rather than rebuilt.
    public internal(set) var index: TicketIndex
    /// Every ticket in the sort order; the queue is this, filtered.
    public internal(set) var sorted: [Int] = []

    /// How long a row changed by someone else stays highlighted.
    public static let highlightSeconds: TimeInterval = 3
    /// How often the clock-driven parts (overdue counts, the overdue filter) are brought up to date.
    public static let clockRefreshSeconds: TimeInterval = 60

    init(tickets: [Ticket], now: Date) {
        metrics = GridMetrics(tickets: tickets, now: now)
        index = TicketIndex(tickets)
    }

    /// Ids highlighted at `now`.
    public func highlighted(at now: Date) -> Set<String> {
        Set(highlights.lazy.filter { $0.value > now }.map(\.key))
    }

    /// Whether a text input (the search or a form) has the keyboard.
    public var takesText: Bool { search != nil || form != nil }
}
