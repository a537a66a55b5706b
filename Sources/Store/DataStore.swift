import Domain
import Foundation

/// The data directory as one process sees it: the data set in memory, kept in step with the
/// files. Every change goes through `submit`, which makes it durable before it returns; other
/// processes' changes arrive through `refresh`. Used from one thread.
public final class DataStore {
    public let directory: URL
    /// Whom changes are recorded for: the Unix account of the real uid, or the name root passed.
    public let actor: String
    /// The real account when root acts for `actor`, else nil.
    public let via: String?
    public let permissions: Permissions
    /// What opening the store cost.
    public let loadStatistics: LoadStatistics

    let files: DataFiles
    /// The data set and how far the journal has been read, kept together so replay mutates the
    /// data set in place.
    private var state: LoadedState
    /// Records changed by others that a `submit` caught up with; `refresh` reports them.
    private var unreported: Set<String> = []
    /// Set when memory may be ahead of the files (a failed append); the next call reloads.
    private var needsReload = false
    /// False for a read-only view of the seed with no directory behind it.
    private let persistent: Bool
    /// For a store that holds only some records: the ids asked for, and the snapshot they are read
    /// from (records others' events touch are added from it as they come).
    private let scope: Set<String>?
    private var partial: SnapshotRecords?
    /// Made on first ask: a process that never waits for others' changes keeps no watch.
    private lazy var watch: FolderWatch? = persistent ? FolderWatch(directory.path) : nil

    private init(directory: URL, files: DataFiles, actor: String, via: String?, permissions: Permissions,
                 state: LoadedState, persistent: Bool, scope: Set<String>? = nil, partial: SnapshotRecords? = nil) {
        self.directory = directory
        self.scope = scope
        self.partial = partial
        self.files = files
        self.actor = actor
        self.via = via
        self.permissions = permissions
        self.persistent = persistent
        self.state = state
        loadStatistics = state.statistics
    }

    /// Every record, or for a store opened with `records:` perhaps only those (see `isPartial`).
    public var dataset: Dataset { state.dataset }

    /// True when `dataset` holds only the records asked for, the workers and the records the
    /// journal changes.
    public var isPartial: Bool { partial != nil }

    /// A descriptor that turns readable when a data file changes (inotify), for a loop that waits
    /// for other processes' changes; nil where there is no watch (poll `refresh` instead).
    public var changeDescriptor: Int32? { watch?.descriptor }

    /// The seq of the last event in `dataset`.
    public var sequence: Int { state.sequence }

    /// Things the user should know that did not stop loading (a torn last journal line, …).
    public var warnings: [Label] { state.warnings }

    /// Opens the data directory, creating it from the bundled seed on first use (unless
    /// `readOnly`, which then shows the seed without writing anything). Root alone may pass
    /// `actorOverride` to act on someone's behalf. Fails, changing no file, when the data cannot
    /// be read completely.
    ///
    /// With `records`, for a command that changes those records, the store may read only them (with
    /// the workers and every record the journal changes) when the snapshot has an index of its own
    /// (`SnapshotIndex`); otherwise it reads everything.
    public static func open(at directory: URL, readOnly: Bool = false, actorOverride: String? = nil,
                            records: Set<String>? = nil, progress: LoadProgress? = nil) throws(StoreError) -> DataStore {
        let (actor, via) = try identity(override: actorOverride)
        let files = DataFiles(directory)
        if try FileStatus.of(files.snapshot) == nil {
            if let leftover = files.dataFiles.dropFirst().first(where: { (try? FileStatus.of($0)) != nil }) {
                throw .invalidData(zh: "\(files.snapshot) 不存在,但 \(leftover) 还在;请恢复 snapshot.json(snapshot.json.bak 是上一份)或运行 zugong check",
                                   en: "\(files.snapshot) is missing but \(leftover) exists; restore snapshot.json (snapshot.json.bak holds the previous one) or run zugong check")
            }
            let seed = try seedDataset(reference: Date())
            if readOnly {
                let state = LoadedState(dataset: seed, sequence: 0, cursor: JournalCursor(),
                                        warnings: [Label(zh: "\(files.directory) 没有数据;显示内置示例数据,不保存(只读)",
                                                         en: "\(files.directory) has no data; showing the bundled seed without saving it (read-only)")])
                let permissions = Permissions.decide(actor: actor, readOnly: true, roles: nil, configPath: files.config,
                                                     directory: files.directory, owner: nil)
                return DataStore(directory: directory, files: files, actor: actor, via: via,
                                 permissions: permissions, state: state, persistent: false)
            }
            try create(at: directory, dataset: seed)
        }

        var loader = Loader(files: files, strict: true, progress: progress)
        guard let (state, partial) = try loader.load(records: records) else {
            throw .invalidData(zh: "\(files.snapshot):无法读取", en: "\(files.snapshot): cannot be read")
        }
        let roles = try RoleConfig.load(from: files.config)
        let owner = try FileStatus.of(files.directory).flatMap { UnixAccount.name(uid: $0.owner) }
        let permissions = Permissions.decide(actor: actor, readOnly: readOnly, roles: roles, configPath: files.config,
                                             directory: files.directory, owner: owner)
        let store = DataStore(directory: directory, files: files, actor: actor, via: via, permissions: permissions,
                              state: state, persistent: true, scope: records, partial: partial)
        if !permissions.isReadOnly {
            // Only now, with the data known to be readable: a failed open writes nothing.
            AtomicFile.removeStaleTemporaries(besides: files.snapshot)
            AtomicFile.removeStaleTemporaries(besides: files.journal)
            if let unindexed = state.unindexed {
                writeIndex(files, of: unindexed, dataset: state.dataset)
            }
        }
        store.state.unindexed = nil
        return store
    }

    // MARK: Changes

    /// Applies one change and makes it durable: under the exclusive lock, catches up with other
    /// processes' events, applies the change (the domain checks the revision and the life cycle),
    /// appends one journal line with a single `write` and `fsync`s it; returns only then.
    /// A refused change writes nothing.
    @discardableResult
    public func submit(_ change: Change) throws(StoreError) -> AppliedChange {
        switch try submit(contentsOf: [change])[0] {
        case .success(let applied): return applied
        case .failure(let error): throw error
        }
    }

    /// Several changes under one lock, one `write` and one `fsync`, each with its own journal
    /// line and seq; each is applied or refused on its own (in order, so a later change sees the
    /// earlier ones). With `allOrNothing`, they are first tried in order on a copy of the data,
    /// and one refusal writes none of them (the others then fail as `.rejected`). Throws only
    /// when nothing could be written.
    public func submit(contentsOf changes: [Change], allOrNothing: Bool = false) throws(StoreError) -> [Result<AppliedChange, StoreError>] {
        guard persistent else {
            let error = StoreError.notPermitted(permissions.ticketRefusal ?? Permissions.readOnly)
            return changes.map { _ in .failure(error) }
        }
        var results = [Result<AppliedChange, StoreError>?](repeating: nil, count: changes.count)
        for (position, change) in changes.enumerated() {
            if let reason = permissions.refusal(for: change.operation.target) {
                results[position] = .failure(.notPermitted(reason))
            }
        }
        if allOrNothing, results.contains(where: { $0 != nil }) { return Self.noneApplied(results) }
        if results.allSatisfy({ $0 != nil }) { return results.compactMap { $0 } }

        let lock = try LockFile.exclusive(files.lock)
        defer { lock.unlock() }
        unreported.formUnion(try catchUp(exclusive: true))
        if allOrNothing {
            var trial = state.dataset
            let at = Timestamp.normalized(Date())
            for (position, change) in changes.enumerated() {
                do throws(Refusal) {
                    _ = try trial.apply(change, actor: actor, at: at, seq: state.sequence + position + 1)
                } catch {
                    results[position] = .failure(.refused(error))
                    return Self.noneApplied(results)
                }
            }
        }
        // Opened before anything is applied, so a journal that cannot be written (permissions,
        // a missing folder) refuses the change with memory untouched.
        let journal = try PosixFile.open(files.journal, O_WRONLY | O_APPEND | O_CREAT)

        var lines = Data()
        var count = 0
        for (position, change) in changes.enumerated() where results[position] == nil {
            let seq = state.sequence + count + 1
            let at = Timestamp.normalized(Date())
            let applied: AppliedChange
            do throws(Refusal) {
                applied = try state.dataset.apply(change, actor: actor, at: at, seq: seq)
            } catch {
                results[position] = .failure(.refused(error))
                continue
            }
            // The assigned id is journaled, so replaying a create gives the same record.
            var recorded = change
            recorded.recordID = applied.recordID
            let entry = JournalEntry(seq: seq, at: at, actor: actor, via: via, change: recorded)
            do {
                lines.append(try DomainJSON.encode(entry))
            } catch {
                revertToFiles()
                throw .invalidData(zh: "\(files.journal):无法写出 seq \(seq) 的事件", en: "\(files.journal): cannot encode seq \(seq): \(error)")
            }
            lines.append(0x0A)
            count += 1
            results[position] = .success(applied)
        }
        if count > 0 {
            try append(lines, to: journal)
            state.sequence += count
            state.cursor.offset += UInt64(lines.count)
            state.cursor.lines += count
        }
        return results.compactMap { $0 }
    }

    /// The answer when one change of an all-or-nothing batch fails: its reason for it, "not
    /// applied" for every other.
    private static func noneApplied(_ results: [Result<AppliedChange, StoreError>?]) -> [Result<AppliedChange, StoreError>] {
        let first = (results.firstIndex { $0 != nil } ?? 0) + 1
        return results.map { result in
            result ?? .failure(.rejected(zh: "未应用:这批的第 \(first) 项被拒绝,而这批要么全部应用,要么全不应用",
                                              en: "not applied: change \(first) of the batch was refused, and the batch is all or nothing"))
        }
    }

    /// Picks up events other processes appended (a size check when there are none) and returns
    /// the ids of the records they changed. After another process compacted, the journal is a
    /// new file; when the new snapshot holds events this process has not seen, everything is
    /// reloaded.
    public func refresh() throws(StoreError) -> Set<String> {
        guard persistent else { return [] }
        watch?.drain()
        var changed = unreported
        unreported = []
        changed.formUnion(try catchUp(exclusive: false))
        return changed
    }

    /// Folds the journal into a new snapshot. The snapshot is encoded and written to a temp file
    /// without the lock (seconds for a large data set; writers must not wait that long); then,
    /// under the lock, it is put in place and the journal is replaced by the events appended
    /// meanwhile. The new snapshot records the last seq it holds, so a crash between the two
    /// renames loses nothing: replay skips the events the snapshot already has. The previous
    /// files stay as `snapshot.json.bak` and `journal.jsonl.bak`.
    public func compact() throws(StoreError) {
        guard persistent, !permissions.isReadOnly else {
            throw .notPermitted(permissions.ticketRefusal ?? Permissions.readOnly)
        }
        let first = try LockFile.exclusive(files.lock)
        // A snapshot is written from every record, never from some.
        if partial != nil { unreported.formUnion(try reload(whole: true, lockHeld: true)) }
        unreported.formUnion(try catchUp(exclusive: true))
        first.unlock()
        let base = state.cursor
        let snapshotSequence = state.sequence
        let encoded = try Snapshot(seq: snapshotSequence, dataset: state.dataset).encoded(path: files.snapshot)
        let snapshot = try AtomicFile.prepare(files.snapshot, with: encoded.pieces)

        let lock = try LockFile.exclusive(files.lock)
        defer { lock.unlock() }
        do throws(StoreError) {
            guard let journal = try PosixFile.openIfExists(files.journal, O_RDONLY),
                  try journal.status().identity == base.identity
            else {
                // Another process compacted meanwhile; its snapshot holds at least as much.
                snapshot.discard()
                return
            }
            let appended = try journal.read(from: base.offset)
            let complete = JournalParser.parse(appended, firstLine: base.lines + 1, file: files.journal).consumedBytes
            try snapshot.commit(keepBackup: true)
            try AtomicFile.replace(files.journal, with: appended.prefix(complete), keepBackup: true)
            // Under the lock, so no writer sees the new snapshot without its index.
            Self.index(files, dataset: state.dataset, seq: snapshotSequence, records: encoded.records)
        } catch {
            snapshot.discard()
            throw error
        }
        state.cursor = JournalCursor(identity: try FileStatus.of(files.journal)?.identity)
        unreported.formUnion(try catchUp(exclusive: true))
    }

    // MARK: Internals

    /// One `write` on an `O_APPEND` descriptor, then `fsync`. On failure the file is cut back to
    /// where it was and memory, which already has the changes, is read again from the files.
    private func append(_ lines: Data, to journal: PosixFile) throws(StoreError) {
        do throws(StoreError) {
            if state.cursor.identity == nil {
                try journal.setMode(0o640)
                state.cursor.identity = try journal.status().identity
            }
            try journal.write(lines)
            try journal.sync()
        } catch {
            try? journal.truncate(to: state.cursor.offset)
            try? journal.sync()
            revertToFiles()
            throw error
        }
    }

    /// Drops changes applied in memory but not written, by reading the files again (or, if that
    /// fails now, at the next call). Called under the exclusive lock.
    private func revertToFiles() {
        needsReload = true
        if let reverted = try? reload(lockHeld: true) { unreported.formUnion(reverted) }
    }

    /// Applies events appended since the cursor. With the exclusive lock held, a torn tail is no
    /// write in progress: it is cut off so the next line does not join it.
    private func catchUp(exclusive: Bool) throws(StoreError) -> Set<String> {
        if needsReload { return try reload(lockHeld: exclusive) }
        let flags = exclusive ? O_RDWR : O_RDONLY
        guard let journal = try PosixFile.openIfExists(files.journal, flags) else {
            return state.cursor.identity == nil ? [] : try reload(lockHeld: exclusive)
        }
        let status = try journal.status()
        if status.identity != state.cursor.identity {
            // A compaction: the new journal holds every event after the new snapshot's seq, so
            // reading it from the start (skipping what we have) suffices unless the snapshot
            // holds events we have not seen. A store of some records reads them again from the
            // new snapshot.
            guard partial == nil, try Snapshot.sequence(at: files.snapshot) <= state.sequence else {
                return try reload(lockHeld: exclusive)
            }
            state.cursor = JournalCursor(identity: status.identity)
        }
        if status.size < state.cursor.offset { return try reload(lockHeld: exclusive) }
        guard status.size > state.cursor.offset else { return [] }

        let data = try journal.read(from: state.cursor.offset)
        let chunk = JournalParser.parse(data, firstLine: state.cursor.lines + 1, file: files.journal)
        if let partial {
            let touched = chunk.lines.flatMap { SnapshotRecords.records(touchedBy: $0.entry.change) }
            guard partial.add(touched, to: &state.dataset) else { return try reload(whole: true, lockHeld: exclusive) }
        }
        var loader = Loader(files: files, strict: true)
        let base = state.sequence
        let changed: Set<String>
        do {
            changed = try loader.replay(chunk, into: &state, snapshotSequence: base)
        } catch {
            needsReload = true
            throw error
        }
        if exclusive, let line = chunk.tailLine {
            try journal.truncate(to: state.cursor.offset)
            try journal.sync()
            state.warnings.append(Label(zh: "\(files.journal):\(line): 已删除被中断的写入留下的不完整末行(\(chunk.tailBytes) 字节)",
                                        en: "\(files.journal):\(line): removed an incomplete last line (\(chunk.tailBytes) bytes) left by an interrupted write"))
        }
        return changed
    }

    /// Reads the files again (only the records in scope when the store holds some, unless
    /// `whole`); returns the ids of records whose revision differs. `lockHeld` when the caller
    /// holds the exclusive lock: taking the shared one besides would wait for ever.
    private func reload(whole: Bool = false, lockHeld: Bool) throws(StoreError) -> Set<String> {
        var loader = Loader(files: files, strict: true, lockHeld: lockHeld)
        guard let (read, some) = try loader.load(records: whole ? nil : scope) else { return [] }
        var loaded = read
        loaded.unindexed = nil
        let changed = Self.changedRecords(from: state.dataset, to: loaded.dataset)
        loaded.warnings = state.warnings + loaded.warnings
        state = loaded
        partial = some
        needsReload = false
        return changed
    }

    /// Writes the index of the snapshot this process has just written from `dataset` at `seq`,
    /// its records at `records`. Best effort, like every index write: without one, commands read
    /// everything, as before.
    static func index(_ files: DataFiles, dataset: Dataset, seq: Int, records: [String: [Range<Int>]]) {
        guard let status = try? FileStatus.of(files.snapshot) else { return }
        write(files, index: UnindexedSnapshot(status: status, seq: seq, records: records), dataset: dataset)
    }

    /// Writes the index of a snapshot read whole, under the lock, if it is still the one in place.
    private static func writeIndex(_ files: DataFiles, of snapshot: UnindexedSnapshot, dataset: Dataset) {
        guard let lock = try? LockFile.exclusive(files.lock) else { return }
        defer { lock.unlock() }
        guard let current = try? FileStatus.of(files.snapshot), SnapshotIndex.Stamp(current) == SnapshotIndex.Stamp(snapshot.status)
        else { return }
        write(files, index: snapshot, dataset: dataset)
    }

    private static func write(_ files: DataFiles, index snapshot: UnindexedSnapshot, dataset: Dataset) {
        guard let data = SnapshotIndex.encode(describing: snapshot.status, seq: snapshot.seq, dataset: dataset, ranges: snapshot.records)
        else { return }
        try? AtomicFile.replace(files.index, with: data)
    }

    private static func changedRecords(from old: Dataset, to new: Dataset) -> Set<String> {
        var changed = Set<String>()
        for ticket in new.tickets where old.revision(of: ticket.id) != ticket.revision { changed.insert(ticket.id) }
        for cadre in new.cadres where old.revision(of: cadre.id) != cadre.revision { changed.insert(cadre.id) }
        for unit in new.units where old.revision(of: unit.id) != unit.revision { changed.insert(unit.id) }
        return changed
    }

    /// The actor and, when root acts for someone, the real account.
    private static func identity(override: String?) throws(StoreError) -> (actor: String, via: String?) {
        let real = UnixAccount.realUserName()
        guard let override, override != real else { return (real, nil) }
        guard UnixAccount.isRoot else {
            throw .rejected(zh: "只有 root 能代他人操作(--actor);你是 \(real)", en: "only root may act for another user (--actor); you are \(real)")
        }
        guard !override.isEmpty, override.unicodeScalars.allSatisfy({ !CharacterSet.whitespacesAndNewlines.contains($0) && !CharacterSet.controlCharacters.contains($0) })
        else {
            throw .rejected(zh: "--actor 需要不含空格和控制字符的用户名", en: "--actor needs a user name without spaces or control characters")
        }
        return (override, real)
    }
}
