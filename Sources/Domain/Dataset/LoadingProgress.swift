/// How far opening a data directory has got, for the loading screen: which step, and for the
/// steps that count records or events, how many of how many.
public struct LoadingProgress: Sendable, Equatable {
    public enum Phase: Sendable, Equatable {
        /// Opening the files and finding where each record is.
        case opening
        /// Decoding the snapshot's records: `done` of `total`.
        case decoding
        /// Checking the `total` records for consistency.
        case checking
        /// Applying the journal's `total` events on top.
        case replaying
    }

    public var phase: Phase
    public var done: Int
    public var total: Int

    public init(phase: Phase = .opening, done: Int = 0, total: Int = 0) {
        self.phase = phase
        self.done = done
        self.total = total
    }

    /// The share done, for a bar; nil for a step that counts nothing.
    public var fraction: Double? {
        guard phase == .decoding, total > 0 else { return nil }
        return Double(done) / Double(total)
    }
}
