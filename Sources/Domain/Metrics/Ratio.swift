/// A share with its counts, so a panel can show "37 / 50" as well as "74%".
public struct Ratio: Sendable, Hashable {
    public var numerator: Int
    public var denominator: Int

    public init(numerator: Int, denominator: Int) {
        self.numerator = numerator
        self.denominator = denominator
    }

    /// Nil when nothing was counted: no data is not 0%.
    public var value: Double? { denominator == 0 ? nil : Double(numerator) / Double(denominator) }
}
