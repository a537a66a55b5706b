import Foundation

/// `first()` on this thread while `second()` runs on another, for two unlike pieces of work that
/// share nothing they change. `Array(concurrently:)` cannot hold both when `first` spreads its
/// own work over the cores: an apply nested in another runs on one thread.
public func sideBySide<First, Second>(_ first: () -> First, _ second: @escaping @Sendable () -> Second) -> (First, Second) {
    // Unchecked: `second` writes it once, and it is read only after the group has waited.
    nonisolated(unsafe) var other: Second?
    let group = DispatchGroup()
    DispatchQueue.global().async(group: group) { other = second() }
    let result = first()
    group.wait()
    return (result, other!)
}
