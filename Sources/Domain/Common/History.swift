import Foundation

/// A record's history, oldest first: the events it was read with, packed in a `HistoryArena`
/// until something reads them, then those added since. It behaves as an array of events.
public struct History: Sendable, Equatable, RandomAccessCollection, ExpressibleByArrayLiteral, Codable {
    private var arena: HistoryArena?
    private var start = 0
    /// Events not in the arena: all of them for a history made in memory or decoded whole.
    private var added: [HistoryEvent]

    public init(_ events: [HistoryEvent] = []) {
        added = events
    }

    public init(arrayLiteral events: HistoryEvent...) {
        self.init(events)
    }

    /// The history begun at `start` in `arena` (`HistoryArena.begin()`).
    public init(arena: HistoryArena, start: Int) {
        self.arena = arena
        self.start = start
        added = []
    }

    private var packedCount: Int { arena?.count(at: start) ?? 0 }

    public var startIndex: Int { 0 }
    public var endIndex: Int { packedCount + added.count }

    public subscript(index: Int) -> HistoryEvent {
        let packed = packedCount
        if index < packed, let arena { return arena.event(at: start, index: index) }
        return added[index - packed]
    }

    public mutating func append(_ event: HistoryEvent) { added.append(event) }

    /// Each event's place, seq and time, in order, without making the packed ones' strings: the
    /// activity feed looks at every event of every record and keeps forty.
    public func forEachOrder(_ body: (Int, Int, Date) -> Void) {
        arena?.forEachOrder(at: start, body)
        let packed = packedCount
        for (i, event) in added.enumerated() { body(packed + i, event.seq, event.at) }
    }

    public static func == (a: History, b: History) -> Bool {
        if a.arena === b.arena, a.start == b.start, a.added == b.added { return true }
        return a.elementsEqual(b)
    }

    public init(from decoder: any Decoder) throws {
        self.init(try [HistoryEvent](from: decoder))
    }

    public func encode(to encoder: any Encoder) throws {
        try Array(self).encode(to: encoder)
    }
}
