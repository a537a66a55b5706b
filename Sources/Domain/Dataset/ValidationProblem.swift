/// Something wrong in a data set, named by record id and field (e.g. `T-000012`, `ratings[0].score`).
public struct ValidationProblem: Sendable, Equatable, CustomStringConvertible {
    public var recordID: String
    public var field: String
    public var message: Label

    public init(recordID: String, field: String, en: String, zh: String) {
        self.recordID = recordID
        self.field = field
        self.message = Label(zh: zh, en: en)
    }

    /// `T-000012 ratings[0].score: rating 7 is outside 1…5`.
    public var description: String { "\(recordID.isEmpty ? "dataset" : recordID) \(field): \(message.en)" }
}
