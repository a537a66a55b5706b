import Domain

/// The result of parsing journal bytes: complete lines decoded, bad lines described, and how
/// many bytes at the end were left unread because the last line is incomplete or unparseable
/// (a write in progress or torn by a crash).
struct JournalChunk {
    struct Line {
        var number: Int
        var entry: JournalEntry
    }

    var lines: [Line] = []
    /// Line numbers of complete lines that are not valid events (and are not last), with
    /// `path:line:column: message`.
    var problems: [(line: Int, message: Label)] = []
    /// Bytes up to and including the newline of the last line that was parsed or reported.
    var consumedBytes = 0
    /// Lines within `consumedBytes` (blank ones included), to number the lines after them.
    var lineCount = 0
    /// The line number of the unread tail, when there is one.
    var tailLine: Int?
    var tailBytes = 0
}
