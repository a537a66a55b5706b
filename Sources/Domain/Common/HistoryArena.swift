import Foundation

/// The histories of one shard of a snapshot, packed into one byte buffer as they were read: each
/// history is its event count, then per event the seq and time as 8 bytes each and the actor, op
/// and detail as a length and their UTF-8 bytes. A hundred thousand tickets hold over half a
/// million events, and making a value with its strings for each was a fifth of a load's CPU and
/// several allocations per ticket; packed, they cost one copy of their bytes, and an event is made
/// only when something reads it (a detail, the activity feed's forty, a write).
///
/// Filled by one thread while its shard is read, then only read (`seal()` comes before the
/// histories are handed on), so it needs no lock.
public final class HistoryArena: @unchecked Sendable {
    /// Raw memory rather than `[UInt8]`: appending a few bytes at a time to an array cost more
    /// than reading the JSON they came from. From `malloc`, so growing and sealing are `realloc`,
    /// which can resize a block where it lies instead of copying it.
    private var base: UnsafeMutableRawPointer
    private var count = 0
    private var capacity: Int
    private static let noDetail = UInt32.max

    public init() {
        capacity = 1 << 16
        base = Self.resized(nil, to: capacity)
    }

    deinit { free(base) }

    /// Where the next history starts, to `rollBack(to:)` when it turns out not to fit.
    public var mark: Int { count }

    /// Starts a history; give the result to `end(_:count:)` after its events.
    public func begin() -> Int {
        let start = count
        append(UInt32(0))
        return start
    }

    public func end(_ start: Int, count events: Int) {
        base.storeBytes(of: UInt32(events).littleEndian, toByteOffset: start, as: UInt32.self)
    }

    /// One event; the text must be valid UTF-8 (the reader has checked it).
    public func append(seq: Int, at: Date, actor: UnsafeBufferPointer<UInt8>, op: UnsafeBufferPointer<UInt8>,
                       detail: UnsafeBufferPointer<UInt8>?) {
        // Room for the whole event at once: half a million events, five pieces each.
        reserve(28 + actor.count + op.count + (detail?.count ?? 0))
        store(UInt64(bitPattern: Int64(seq)))
        store(at.timeIntervalSinceReferenceDate.bitPattern)
        store(text: actor)
        store(text: op)
        if let detail { store(text: detail) } else { store(Self.noDetail) }
    }

    public func rollBack(to mark: Int) { count = mark }

    /// Gives back the room the buffer grew by beyond its bytes.
    public func seal() {
        guard capacity > count + count / 16 else { return }
        capacity = max(count, 1)
        base = Self.resized(base, to: capacity)
    }

    // MARK: Reading

    func count(at start: Int) -> Int { Int(read(UInt32.self, at: start)) }

    /// Each event's place, seq and time, in order, without making its strings.
    func forEachOrder(at start: Int, _ body: (Int, Int, Date) -> Void) {
        var position = start + 4
        for index in 0..<count(at: start) {
            let (seq, at) = order(at: position)
            body(index, seq, at)
            position = skipEvent(at: position)
        }
    }

    func event(at start: Int, index: Int) -> HistoryEvent {
        var position = start + 4
        for _ in 0..<index { position = skipEvent(at: position) }
        let (seq, at) = order(at: position)
        position += 16
        let actor = text(at: &position)!, op = text(at: &position)!
        return HistoryEvent(seq: seq, actor: actor, at: at, op: op, detail: text(at: &position))
    }

    private func order(at position: Int) -> (seq: Int, at: Date) {
        (Int(Int64(bitPattern: read(UInt64.self, at: position))),
         Date(timeIntervalSinceReferenceDate: Double(bitPattern: read(UInt64.self, at: position + 8))))
    }

    private func skipEvent(at position: Int) -> Int {
        var p = position + 16
        for _ in 0..<3 {
            let length = read(UInt32.self, at: p)
            p += 4 + (length == Self.noDetail ? 0 : Int(length))
        }
        return p
    }

    private func text(at position: inout Int) -> String? {
        let length = read(UInt32.self, at: position)
        position += 4
        guard length != Self.noDetail else { return nil }
        let text = String(decoding: UnsafeRawBufferPointer(start: base + position, count: Int(length)), as: UTF8.self)
        position += Int(length)
        return text
    }

    private func read<T: FixedWidthInteger>(_: T.Type, at position: Int) -> T {
        T(littleEndian: base.loadUnaligned(fromByteOffset: position, as: T.self))
    }

    private func reserve(_ more: Int) {
        guard count + more > capacity else { return }
        capacity = max(capacity * 2, count + more)
        base = Self.resized(base, to: capacity)
    }

    /// Stops when memory runs out, as `allocate` does.
    private static func resized(_ block: UnsafeMutableRawPointer?, to bytes: Int) -> UnsafeMutableRawPointer {
        guard let resized = realloc(block, bytes) else { fatalError("out of memory for \(bytes) bytes of histories") }
        return resized
    }

    private func append<T: FixedWidthInteger>(_ value: T) {
        reserve(MemoryLayout<T>.size)
        store(value)
    }

    /// A value where the room for it is reserved already.
    private func store<T: FixedWidthInteger>(_ value: T) {
        base.storeBytes(of: value.littleEndian, toByteOffset: count, as: T.self)
        count += MemoryLayout<T>.size
    }

    private func store(text: UnsafeBufferPointer<UInt8>) {
        store(UInt32(text.count))
        guard let source = text.baseAddress else { return }
        (base + count).copyMemory(from: source, byteCount: text.count)
        count += text.count
    }
}
