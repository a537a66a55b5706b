import Foundation

/// One slot per shard for work spread over the cores (`DispatchQueue.concurrentPerform`): each
/// shard fills its own, the caller takes them in order afterwards.
final class ShardSlots<Value>: @unchecked Sendable {
    private var slots: [Value?]
    private let lock = NSLock()

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ value: Value?) { lock.withLock { slots[index] = value } }

    /// The slot's value, released from the slot so it is not held twice.
    func take(_ index: Int) -> Value? {
        lock.withLock {
            defer { slots[index] = nil }
            return slots[index]
        }
    }
}
