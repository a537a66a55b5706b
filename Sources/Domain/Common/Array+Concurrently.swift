import Foundation

extension Array {
    /// `element(i)` for each `i` in `0..<count`, computed on all cores (`concurrentPerform`) and
    /// kept in order: the one way the store, the index and the command line spread a piece of
    /// work over the cores (`sideBySide` runs two unlike ones at once). `element` runs on several
    /// threads at once and must only read shared state.
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

    /// `element(range)` for consecutive ranges of `size` indices that cover `0..<count` (the
    /// last one shorter), computed on all cores and kept in order: a long list's rows made a
    /// piece at a time. `element` must only read shared state.
    public init(pieces count: Int, of size: Int, _ element: (Range<Int>) -> Element) {
        let ranges = Range.pieces(of: count, size: size)
        self.init(concurrently: ranges.count) { element(ranges[$0]) }
    }

    /// `transform` of each element, in order, computed in pieces of `piece` elements on all
    /// cores: for a command's rows over 100,000 tickets. `transform` must only read shared state.
    public func concurrentMap<T>(piece: Int = 4_096, _ transform: (Element) -> T) -> [T] {
        Array<T>([[T]](pieces: count, of: piece) { self[$0].map(transform) }.joined())
    }
}

extension Range<Int> {
    /// Consecutive ranges of `size` indices that cover `0..<count`, the last one shorter.
    public static func pieces(of count: Int, size: Int) -> [Range<Int>] {
        stride(from: 0, to: count, by: size).map { $0..<Swift.min(count, $0 + size) }
    }
}
