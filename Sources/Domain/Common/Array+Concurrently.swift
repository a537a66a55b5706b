import Foundation

extension Array {
    /// `element(i)` for each `i` in `0..<count`, computed on all cores (`concurrentPerform`) and
    /// kept in order: the one way the store, the index and the command line spread work over
    /// the cores. `element` runs on several threads at once and must only read shared state.
    public init(concurrently count: Int, _ element: (Int) -> Element) {
        guard count > 0 else {
            self = []
            return
        }
        self = withoutActuallyEscaping(element) { element in
            // Unchecked: each thread initializes its own slot, and `element` only reads.
            nonisolated(unsafe) let element = element
            return Array(unsafeUninitializedCapacity: count) { buffer, initialized in
                nonisolated(unsafe) let slots = buffer.baseAddress!
                DispatchQueue.concurrentPerform(iterations: count) { i in (slots + i).initialize(to: element(i)) }
                initialized = count
            }
        }
    }

    /// `transform` of each element, in order, computed in pieces of `piece` elements on all
    /// cores: for a command's rows over 100,000 tickets. `transform` must only read shared state.
    public func concurrentMap<T>(piece: Int = 4_096, _ transform: (Element) -> T) -> [T] {
        let pieces = [[T]](concurrently: (count + piece - 1) / piece) { k in
            self[(k * piece)..<Swift.min(count, (k + 1) * piece)].map(transform)
        }
        return Array<T>(pieces.joined())
    }
}
