import Domain
import Foundation

/// Reads a data directory: the snapshot, then the journal replayed on top. Strict (for `open`)
/// it throws at the first problem; otherwise (for `check`) it goes on and lists every problem.
struct Loader {
    let files: DataFiles
    let strict: Bool
    /// Told each step and how far the records are decoded, for a loading screen.
    let progress: LoadProgress?
    private(set) var problems: [Label] = []
    /// Set when the snapshot's index could not be used (missing, of another snapshot, cut short,
    /// naming a record wrongly): a writer that then reads everything indexes it again.
    private var indexIsWrong = false

    /// True when the caller holds the exclusive lock, so no shared one is taken.
    let lockHeld: Bool

    init(files: DataFiles, strict: Bool, progress: LoadProgress? = nil, lockHeld: Bool = false) {
        self.files = files
        self.strict = strict
        self.progress = progress
        self.lockHeld = lockHeld
    }

    /// Everything, or with `ids` only those records (see `load(only:)`) when the snapshot has an
    /// index of its own; the snapshot comes with the state when it holds some. The files are
    /// opened and read once either way. Nil only when not strict and the snapshot could not be
    /// read (the problems say why).
    mutating func load(records ids: Set<String>? = nil) throws(StoreError) -> (state: LoadedState, partial: SnapshotRecords?)? {
        var started = ContinuousClock.now
        let opened = try openFiles()
        if let ids, let some = try load(only: ids, from: opened, started: started) { return (some.state, some.records) }
        return try load(from: opened, started: &started).map { ($0, nil) }
    }

    private mutating func load(from opened: OpenedFiles, started: inout ContinuousClock.Instant) throws(StoreError) -> LoadedState? {
        var statistics = LoadStatistics()
        let (snapshotFile, snapshotStatus, journalIdentity, journalData) = opened
        statistics.snapshotBytes = Int(snapshotStatus.size)
        statistics.journalBytes = journalData.count
        statistics.readSeconds = Self.seconds(since: &started)

        let snapshot: Snapshot
        do {
            snapshot = try Snapshot.decode(snapshotFile, path: files.snapshot, progress: progress)
        } catch {
            try report(error.label)
            return nil
        }
        progress?.begin(.checking, total: snapshot.dataset.recordCount)
        let invalid = snapshot.dataset.validate()
        if !invalid.isEmpty {
            // Only now is the whole file needed in memory, to say where each problem is.
            let snapshotData = try snapshotFile.read(from: 0)
            if strict {
                let first = Self.describe(invalid[0], in: snapshotData, file: files.snapshot)
                guard invalid.count > 1 else { throw .invalidData(first) }
                throw .invalidData(zh: first.zh + "(另有 \(invalid.count - 1) 个问题,zugong check 会全部列出)",
                                   en: first.en + " (and \(invalid.count - 1) more problems; zugong check lists them)")
            }
            problems.append(contentsOf: invalid.map { Self.describe($0, in: snapshotData, file: files.snapshot) })
        }
        statistics.decodeSeconds = Self.seconds(since: &started)

        let snapshotSequence = snapshot.seq
        // Checked whole and valid: an index of it may be written, unless it has one already.
        let unindexed = invalid.isEmpty && (indexIsWrong || !SnapshotIndex.names(files.index, snapshot: snapshotStatus))
            ? snapshot.records.map { UnindexedSnapshot(status: snapshotStatus, seq: snapshotSequence, records: $0) } : nil
        // Consumed, so the state holds the only reference and replay changes records in place
        // instead of copying every array on the first change.
        var state = LoadedState(dataset: (consume snapshot).dataset, sequence: snapshotSequence,
                                cursor: JournalCursor(identity: journalIdentity))
        state.unindexed = unindexed
        let chunk = JournalParser.parse(journalData, firstLine: 1, file: files.journal)
        statistics.events = try replayJournal(chunk, into: &state, snapshotSequence: snapshotSequence)
        statistics.replaySeconds = Self.seconds(since: &started)
        state.statistics = statistics
        return state
    }

    /// Only the records `ids`, every record the journal changes, the workers and the ticket with
    /// the highest number (so a new ticket gets the next one), read from the snapshot through its
    /// index, with the journal replayed on them. Nil when the snapshot has no usable index of its
    /// own (the caller then reads everything).
    private mutating func load(only ids: Set<String>, from opened: OpenedFiles,
                               started: ContinuousClock.Instant) throws(StoreError) -> (state: LoadedState, records: SnapshotRecords)? {
        var statistics = LoadStatistics()
        var started = started
        let (snapshotFile, snapshotStatus, journalIdentity, journalData) = opened
        guard let index = SnapshotIndex.read(files.index, describing: snapshotStatus) else {
            indexIsWrong = true
            return nil
        }
        statistics.snapshotBytes = Int(snapshotStatus.size)
        statistics.journalBytes = journalData.count
        statistics.readSeconds = Self.seconds(since: &started)

        let records = SnapshotRecords(file: snapshotFile, index: index)
        let chunk = JournalParser.parse(journalData, firstLine: 1, file: files.journal)
        var wanted = ids
        if let highest = index.highestTicket { wanted.insert(highest) }
        for line in chunk.lines where line.entry.seq > index.seq {
            wanted.formUnion(SnapshotRecords.records(touchedBy: line.entry.change))
        }
        guard let dataset = records.dataset(holding: wanted) else {
            indexIsWrong = true
            return nil
        }
        statistics.decodeSeconds = Self.seconds(since: &started)
        var state = LoadedState(dataset: dataset, sequence: index.seq, cursor: JournalCursor(identity: journalIdentity))
        statistics.events = try replayJournal(chunk, into: &state, snapshotSequence: index.seq)
        statistics.replaySeconds = Self.seconds(since: &started)
        state.statistics = statistics
        return (state, records)
    }

    private typealias OpenedFiles = (snapshot: PosixFile, snapshotStatus: FileStatus, journalIdentity: FileIdentity?, journal: Data)

    /// The snapshot (its descriptor keeps the file readable even if a compaction replaces it while
    /// it is decoded) and the journal, opened and read under a shared lock so that no writer or
    /// compaction is half done.
    private func openFiles() throws(StoreError) -> OpenedFiles {
        let lock = lockHeld ? nil : LockFile.shared(files.lock)
        defer { lock?.unlock() }
        let snapshotFile = try PosixFile.open(files.snapshot, O_RDONLY)
        let journalFile = try PosixFile.openIfExists(files.journal, O_RDONLY)
        return (snapshotFile, try snapshotFile.status(), try journalFile?.status().identity, try journalFile?.read(from: 0) ?? Data())
    }

    /// Replays the whole journal on the snapshot's data set; returns how many events it holds.
    private mutating func replayJournal(_ chunk: JournalChunk, into state: inout LoadedState,
                                        snapshotSequence: Int) throws(StoreError) -> Int {
        progress?.begin(.replaying, total: chunk.lines.count)
        // A journal that ends before the snapshot's seq is not this snapshot's: replaying would
        // skip its events and the next change would reuse a seq (and a ticket id) already given.
        if let last = chunk.lines.last?.entry.seq, last < snapshotSequence {
            try report(Label(zh: "\(files.journal) 止于 seq \(last),而 \(files.snapshot) 已到 seq \(snapshotSequence):"
                                 + "日志属于另一份快照;请恢复成对的两个文件",
                             en: "\(files.journal): ends at seq \(last) but \(files.snapshot) is already at seq \(snapshotSequence): "
                                 + "the journal belongs to another snapshot; restore the pair that belongs together"))
        }
        try replay(chunk, into: &state, snapshotSequence: snapshotSequence)
        if let line = chunk.tailLine {
            let message = Label(zh: "\(files.journal):\(line): 忽略了不完整的末行(\(chunk.tailBytes) 字节),多半是写入被中断所致;之前的事件完好",
                                en: "\(files.journal):\(line): ignored an incomplete last line (\(chunk.tailBytes) bytes), probably torn by an interrupted write; the events before it are intact")
            if strict {
                state.warnings.append(message)
            } else {
                problems.append(message)
            }
        }
        return chunk.lines.count
    }

    /// Applies a chunk's events after `state.sequence`, moving the cursor past it. Returns the ids
    /// of the records that changed. Events up to `snapshotSequence` are already in the snapshot
    /// (a compaction that stopped before replacing the journal) and are skipped.
    @discardableResult
    mutating func replay(_ chunk: JournalChunk, into state: inout LoadedState,
                         snapshotSequence: Int) throws(StoreError) -> Set<String> {
        for problem in chunk.problems {
            try report(problem.message)
        }
        // A gap right after an unreadable line is that line's event, already reported.
        let unreadable = Set(chunk.problems.map(\.line))
        var changed = Set<String>()
        for line in chunk.lines {
            let entry = line.entry
            guard entry.seq > snapshotSequence else { continue }
            let place = "\(files.journal):\(line.number)"
            if entry.seq <= state.sequence {
                try report(Label(zh: "\(place): seq \(entry.seq) 不在上一个事件的 seq \(state.sequence) 之后",
                                 en: "\(place): seq \(entry.seq) is not after the previous event's seq \(state.sequence)"))
                continue
            }
            if entry.seq != state.sequence + 1, !unreadable.contains(line.number - 1) {
                // Not a warning: a writer that went on would hand out the missing seqs again.
                try report(Label(zh: "\(place): seq 从 \(state.sequence) 跳到 \(entry.seq),中间的事件缺失",
                                 en: "\(place): seq jumps from \(state.sequence) to \(entry.seq); events in between are missing"))
            }
            do throws(Refusal) {
                let applied = try state.dataset.apply(entry.change, actor: entry.actor, at: entry.at, seq: entry.seq)
                changed.insert(applied.recordID)
            } catch {
                let what = "seq \(entry.seq) (\(entry.change.operation.name) \(entry.change.recordID))"
                try report(Label(zh: "\(place): \(what) 无法重放:\(error.message.zh)",
                                 en: "\(place): \(what) cannot be replayed: \(error.description)"))
            }
            state.sequence = entry.seq
        }
        state.cursor.offset += UInt64(chunk.consumedBytes)
        state.cursor.lines += chunk.lineCount
        return changed
    }

    /// `path:line:column: record T-000012 field ratings[0].score: …`, at the record's `"id"`
    /// (its second occurrence for a duplicate id).
    private static func describe(_ problem: ValidationProblem, in data: Data, file: String) -> Label {
        let subject = RecordField(recordID: problem.recordID, field: problem.field).label
        let text = Label(zh: subject.zh + problem.message.zh, en: subject.en + problem.message.en)
        guard !problem.recordID.isEmpty else {
            return Label(zh: "\(file): " + text.zh, en: "\(file): " + text.en)
        }
        let needle = Data("\"id\":\"\(problem.recordID)\"".utf8)
        var offset: Int?
        var searchStart = data.startIndex
        let occurrences = problem.field == "id" ? 2 : 1
        for _ in 0..<occurrences {
            guard let range = data.range(of: needle, in: searchStart..<data.endIndex) else { break }
            offset = range.lowerBound - data.startIndex
            searchStart = range.upperBound
        }
        guard let offset else { return Label(zh: "\(file): " + text.zh, en: "\(file): " + text.en) }
        return DecodingFailure.located(offset, in: data, file: file, lineOffset: 0, text: text)
    }

    private mutating func report(_ message: Label) throws(StoreError) {
        if strict { throw .invalidData(message) }
        problems.append(message)
    }

    private static func seconds(since start: inout ContinuousClock.Instant) -> Double {
        let now = ContinuousClock.now
        let elapsed = start.duration(to: now).components
        start = now
        return Double(elapsed.seconds) + Double(elapsed.attoseconds) * 1e-18
    }
}
