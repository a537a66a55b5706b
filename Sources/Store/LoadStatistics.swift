/// What opening the store cost, for `zugong-bench` and the status line.
public struct LoadStatistics: Sendable, Equatable {
    public var snapshotBytes = 0
    public var journalBytes = 0
    /// Journal events applied on top of the snapshot.
    public var events = 0
    /// Opening both files and reading the journal (under the shared lock).
    public var readSeconds = 0.0
    /// Reading and decoding the snapshot, including checks of the decoded records.
    public var decodeSeconds = 0.0
    /// Parsing and applying the journal.
    public var replaySeconds = 0.0

    public init() {}
}
