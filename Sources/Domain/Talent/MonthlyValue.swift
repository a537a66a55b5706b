/// One point of a monthly series; cumulative series grow toward the reported value.
public struct MonthlyValue: Codable, Sendable, Equatable {
    public var month: Month
    public var value: Double
    public var source: Source

    public init(month: Month, value: Double, source: Source) {
        self.month = month
        self.value = value
        self.source = source
    }
}
