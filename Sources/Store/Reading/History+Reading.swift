import Domain
import Foundation

extension JSONReader {
    /// A history array. In a snapshot's shard it is checked as `HistoryEvent(reading:)` checks it
    /// and packed into the shard's arena, no event made; one with an escape in a string, or read
    /// without an arena (the journal, one record), is read as events.
    mutating func history() throws(Unreadable) -> History {
        guard let arena = histories else { return History(try array(of: HistoryEvent.self)) }
        let saved = self
        let mark = arena.mark
        do {
            return try packedHistory(into: arena)
        } catch {
            self = saved
            arena.rollBack(to: mark)
            return History(try array(of: HistoryEvent.self))
        }
    }

    private mutating func packedHistory(into arena: HistoryArena) throws(Unreadable) -> History {
        let start = arena.begin()
        var count = 0
        try forEachInArray { reader throws(Unreadable) in
            var actor: UnsafeBufferPointer<UInt8>?, at: Date?, detail: UnsafeBufferPointer<UInt8>?, op: UnsafeBufferPointer<UInt8>?, seq: Int?
            try reader.object(HistoryEvent.Field.self) { reader, field throws(Unreadable) in
                switch field {
                case .actor: actor = try reader.plainStringBytes()
                case .at: at = try reader.date()
                case .detail: detail = try reader.optional { reader throws(Unreadable) in try reader.plainStringBytes() }
                case .op: op = try reader.plainStringBytes()
                case .seq: seq = try reader.int()
                }
            }
            // The arena's lengths are 32-bit, its largest value meaning no detail.
            guard let actor, let at, let op, let seq, max(actor.count, op.count, detail?.count ?? 0) < Int(UInt32.max) else { throw Unreadable() }
            arena.append(seq: seq, at: at, actor: actor, op: op, detail: detail)
            count += 1
        }
        arena.end(start, count: count)
        return History(arena: arena, start: start)
    }
}
