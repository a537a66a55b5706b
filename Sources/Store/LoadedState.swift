import Domain

/// The data set as read from a directory, and where reading stopped.
struct LoadedState {
    var dataset: Dataset
    /// The seq of the last event in `dataset` (the snapshot's when the journal adds none).
    var sequence: Int
    var cursor: JournalCursor
    var statistics = LoadStatistics()
    /// Torn tail and seq gaps: the data is usable but someone should know.
    var warnings: [Label] = []
    /// The snapshot read, when it was checked whole and has no index yet, for a writer to index.
    var unindexed: UnindexedSnapshot?
}

/// What `SnapshotIndex.encode` needs of a snapshot besides the data set.
struct UnindexedSnapshot {
    var status: FileStatus
    var seq: Int
    var records: [String: [Range<Int>]]
}
