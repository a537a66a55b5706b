/// A record array being decoded in shards (`RecordBuffer`), whatever its record type, so the
/// shards of every array can share one `concurrentPerform`.
protocol ShardedRecords: Sendable {
    /// Ranges of record positions, each decoded as one piece of work.
    var shards: [Range<Int>] { get }
    /// Runs `fill`, in which `fill(_:from:)` is called for the shards, with the storage they fill.
    func lending(_ fill: () -> Void)
    func fill(_ shard: Range<Int>, from file: PosixFile)
    /// Every shard decoded (known after `lending`).
    var isComplete: Bool { get }
    /// The first record, by place in the file, that `JSONDecoder` refuses.
    var failure: RecordFailure? { get }
}
