import Foundation

/// The tickets' search text, made the first time a search needs it or ahead of that on another
/// thread (`prepare()`, once the app has a frame on screen and no key waiting). Lower-casing
/// every title, description and note of 100,000 tickets was a tenth of the work before the first
/// frame, for text nobody has searched yet. Until it is made it holds the tickets it will be made
/// from, sharing their array.
///
/// Shared by copies of a `TicketIndex`, which copies it before changing it.
final class DeferredSearchText: @unchecked Sendable {
    /// Held while the text is made, so a search that comes during `prepare()` waits for it.
    private let lock = NSLock()
    private var tickets: [Ticket]?
    private var made: SearchText?
    private var preparing = false

    init(_ tickets: [Ticket]) {
        self.tickets = tickets
    }

    init(made: SearchText) {
        self.made = made
    }

    /// Whether the text is neither made nor being made.
    var isWaiting: Bool { lock.withLock { made == nil && !preparing } }

    /// Starts making the text on another thread, unless it is made or being made.
    func prepare() {
        let start = lock.withLock {
            defer { preparing = true }
            return made == nil && !preparing
        }
        guard start else { return }
        DispatchQueue.global(qos: .utility).async { self.withText { _ in } }
    }

    /// A copy that its index can change alone.
    func copy() -> DeferredSearchText {
        withText { DeferredSearchText(made: $0) }
    }

    /// Runs `body` on the text, made first if need be.
    func withText<T>(_ body: (inout SearchText) -> T) -> T {
        lock.lock()
        defer { lock.unlock() }
        if made == nil, let tickets {
            made = Self.make(tickets)
            self.tickets = nil
        }
        return body(&made!)
    }

    /// In pieces on all cores; the pieces are joined in order.
    private static func make(_ tickets: [Ticket]) -> SearchText {
        SearchText(joining: [SearchText](pieces: tickets.count, of: 8_192) { range in
            SearchText(count: range.count) { tickets[range.lowerBound + $0].searchFields }
        })
    }
}
