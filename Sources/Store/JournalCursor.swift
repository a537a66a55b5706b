/// How far this process has read the journal: which file (a compaction swaps in a new one), the
/// byte offset just past the last complete line applied, and how many lines that was (for
/// line numbers in messages).
struct JournalCursor {
    var identity: FileIdentity?
    var offset: UInt64 = 0
    var lines = 0
}
