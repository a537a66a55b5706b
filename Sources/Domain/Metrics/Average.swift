/// A mean with its count; nil value when there was nothing to average.
public struct Average: Sendable, Hashable {
    public var sum: Double
    public var count: Int

    public init(sum: Double = 0, count: Int = 0) {
        self.sum = sum
        self.count = count
    }

    public var value: Double? { count == 0 ? nil : sum / Double(count) }

    mutating func add(_ x: Double) {
        sum += x
        count += 1
    }
}
