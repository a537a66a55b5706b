/// Where a record id lives in a `Dataset`: which array and at which position.
public enum RecordRef: Sendable, Equatable {
    case ticket(Int)
    case cadre(Int)
    case unit(Int)
    case worker(Int)
}
