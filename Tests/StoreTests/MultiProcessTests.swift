import Domain
import Foundation
import Testing
@testable import Store

/// Several real `zugong` processes append to one data directory at once. They need the
/// executable's `ticket note` subcommand:
///
///     zugong ticket note ID TEXT [--rev N] --data DIR
///
/// exit 0 printing `seq S rev R` (the journal seq and the ticket's new revision) once the change
/// is durable; exit 1 with a one-line reason on stderr when refused (a revision conflict says
/// "revision R"). Skipped until `.build/debug/zugong` exists (or `ZUGONG_BINARY` names one).
@Suite("Several processes", .serialized)
struct MultiProcessTests {
    static let binary: String? = {
        if let path = ProcessInfo.processInfo.environment["ZUGONG_BINARY"] { return path }
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let path = root.appending(path: ".build/debug/zugong").path
        return FileManager.default.isExecutableFile(atPath: path) ? path : nil
    }()

    static let tickets = ["T-000001", "T-000002", "T-000003"]

    @Test(.enabled(if: binary != nil, "needs .build/debug/zugong with `ticket note`"))
    func concurrentWritersLoseNothingAndDuplicateNothing() throws {
        let directory = try StoreFixture.directory()
        let log = WriterLog()
        runWriters(count: 4, changes: 50, directory: directory, log: log)
        try verify(directory, log: log)
        // How many win depends on how the four interleave (100 of 200 under a loaded test run): a quarter is plenty.
        #expect(log.acknowledged.count >= 4 * 50 / 4, "many changes succeed")
        #expect(log.refusedByRevision > 0, "stale revisions are refused")
    }

    @Test("eight writers × 50 notes to one ticket without --rev: a caller that stated no revision is never refused as stale; all 400 land once",
          .enabled(if: binary != nil, "needs .build/debug/zugong with `ticket note`"))
    func writersWithoutARevisionAllLand() throws {
        let directory = try StoreFixture.directory()
        let log = WriterLog()
        runWriters(count: 8, changes: 50, directory: directory, log: log, tickets: [Self.tickets[0]], claimRevisions: false)
        #expect(log.acknowledged.count == 400, "\(400 - log.acknowledged.count) refused")
        #expect(log.refusedByRevision == 0)
        try verify(directory, log: log)
    }

    @Test(.enabled(if: binary != nil, "needs .build/debug/zugong with `ticket note`"))
    func writersKilledMidStreamLeaveAConsistentJournal() throws {
        let directory = try StoreFixture.directory()
        let log = WriterLog()
        let killer = Thread {
            for _ in 0..<40 {
                usleep(UInt32.random(in: 5_000...40_000))
                if let pid = log.runningProcesses.randomElement() { kill(pid, SIGKILL) }
            }
        }
        killer.start()
        runWriters(count: 4, changes: 50, directory: directory, log: log)
        #expect(log.killed > 0)
        try verify(directory, log: log)
    }

    /// Every acknowledged change is in the journal exactly once with the seq it was given, the
    /// seqs run 1…n, and replay opens cleanly to the same state another replay gives.
    private func verify(_ directory: TemporaryDirectory, log: WriterLog) throws {
        let store = try DataStore.open(at: directory.data)
        #expect(store.warnings.isEmpty, "\(store.warnings)")
        let text = try String(contentsOfFile: directory.path("journal.jsonl"), encoding: .utf8)
        let decoder = DomainJSON.makeDecoder()
        let entries = try text.split(separator: "\n").map { try decoder.decode(JournalEntry.self, from: Data($0.utf8)) }
        #expect(entries.map(\.seq) == entries.indices.map { $0 + 1 })
        var seqByText: [String: [Int]] = [:]
        for entry in entries {
            if case .note(let note) = entry.change.operation { seqByText[note, default: []].append(entry.seq) }
        }
        for (note, seq) in log.acknowledged {
            #expect(seqByText[note] == [seq], "\(note) acknowledged as seq \(seq)")
        }
        #expect(seqByText.values.allSatisfy { $0.count == 1 })
        #expect(store.sequence == entries.count)
        let notes = Self.tickets.flatMap { store.dataset.ticket($0)?.notes.map(\.text) ?? [] }
        #expect(Set(notes) == Set(seqByText.keys))
        #expect(try DataStore.open(at: directory.data).dataset == store.dataset)
    }

    private func runWriters(count: Int, changes: Int, directory: TemporaryDirectory, log: WriterLog,
                            tickets: [String] = MultiProcessTests.tickets, claimRevisions: Bool = true) {
        let data = directory.data.path
        let done = DispatchSemaphore(value: 0)
        for writer in 0..<count {
            Thread {
                var knownRevision: [String: Int] = [:]
                for index in 0..<changes {
                    let ticket = tickets[(writer + index) % tickets.count]
                    let note = "w\(writer)-\(index)"
                    var arguments = ["ticket", "note", ticket, note, "--data", data]
                    // Every other change claims a revision, often stale by the time it lands.
                    if claimRevisions, index % 2 == 1, let revision = knownRevision[ticket] { arguments += ["--rev", String(revision)] }
                    let outcome = Self.run(arguments, log: log)
                    switch outcome {
                    case .acknowledged(let seq, let revision):
                        log.acknowledge(note, seq: seq)
                        knownRevision[ticket] = revision
                    case .refused(let reason):
                        if let current = Self.number(after: "revision ", in: reason) {
                            log.refusedByRevision(1)
                            knownRevision[ticket] = current
                        }
                    case .killed:
                        log.kill()
                    }
                }
                done.signal()
            }.start()
        }
        for _ in 0..<count { done.wait() }
    }

    private enum Outcome {
        case acknowledged(seq: Int, revision: Int)
        case refused(String)
        case killed
    }

    private static func run(_ arguments: [String], log: WriterLog) -> Outcome {
        guard let binary else { return .killed }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = arguments
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        do {
            try process.run()
        } catch {
            return .refused("cannot start \(binary): \(error)")
        }
        log.started(process.processIdentifier)
        let out = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let err = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        log.finished(process.processIdentifier)
        if process.terminationReason == .uncaughtSignal { return .killed }
        if process.terminationStatus == 0, let seq = number(after: "seq ", in: out), let revision = number(after: "rev ", in: out) {
            return .acknowledged(seq: seq, revision: revision)
        }
        return .refused(err)
    }

    private static func number(after prefix: String, in text: String) -> Int? {
        guard let range = text.range(of: prefix) else { return nil }
        return Int(text[range.upperBound...].prefix { $0.isNumber })
    }
}

/// What the writer threads saw, shared between them.
private final class WriterLog: @unchecked Sendable {
    private let lock = NSLock()
    private var notes: [String: Int] = [:]
    private var refusals = 0
    private var kills = 0
    private var running: Set<Int32> = []

    var acknowledged: [String: Int] { lock.withLock { notes } }
    var refusedByRevision: Int { lock.withLock { refusals } }
    var killed: Int { lock.withLock { kills } }
    var runningProcesses: [Int32] { lock.withLock { Array(running) } }

    func acknowledge(_ note: String, seq: Int) { lock.withLock { notes[note] = seq } }
    func refusedByRevision(_ count: Int) { lock.withLock { refusals += count } }
    func kill() { lock.withLock { kills += 1 } }
    func started(_ pid: Int32) { lock.withLock { _ = running.insert(pid) } }
    func finished(_ pid: Int32) { lock.withLock { _ = running.remove(pid) } }
}
