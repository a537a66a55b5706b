import Domain
import Foundation
import Testing
@testable import Store

/// `DataStore.open(records:)`: a command that changes a few records reads them through the
/// snapshot's index, and must behave exactly as if it had read everything.
@Suite("Opening some records through the snapshot index")
struct SnapshotIndexTests {
    static let reference = Timestamp.date(year: 2018, month: 11, day: 20)
    static let dataset = Dataset.generate(tickets: 300, cadres: 30, seed: 3, reference: reference)

    static func directory() throws -> TemporaryDirectory {
        let directory = try TemporaryDirectory()
        try DataStore.create(at: directory.data, dataset: dataset)
        return directory
    }

    /// The journal with each event's time taken out, to compare two runs of the same changes.
    static func journalWithoutTimes(_ directory: TemporaryDirectory) throws -> [String] {
        try String(contentsOfFile: directory.path("journal.jsonl"), encoding: .utf8)
            .split(separator: "\n").map { String($0.replacing(/"at":"[^"]*",/, with: "")) }
    }

    static func describe(_ result: Result<AppliedChange, StoreError>) -> String {
        switch result {
        case .success(let applied): "\(applied.recordID) seq \(applied.event.seq) rev \(applied.revision)"
        case .failure(let error): "refused: \(error)"
        }
    }

    @Test func aNewDirectoryIsIndexedAndOneRecordIsReadAlone() throws {
        let directory = try Self.directory()
        #expect(FileManager.default.fileExists(atPath: directory.path("snapshot.index")))
        let some = try DataStore.open(at: directory.data, records: ["T-000007"])
        let all = try DataStore.open(at: directory.data)
        #expect(some.isPartial)
        #expect(!all.isPartial)
        // With the highest-numbered ticket, which fixes the number of the next one.
        #expect(some.dataset.tickets.map(\.id) == ["T-000007", "T-000300"])
        #expect(some.dataset.ticket("T-000007") == all.dataset.ticket("T-000007"))
        #expect(some.dataset.workers == all.dataset.workers)
        #expect(some.dataset.cadres.isEmpty && some.dataset.units.isEmpty)
        #expect(some.sequence == all.sequence)

        let cadre = Self.dataset.cadres[4].id
        let unit = Self.dataset.units[2].id
        let mixed = try DataStore.open(at: directory.data, records: [cadre, unit, "T-000300", "T-999999"])
        #expect(mixed.dataset.cadre(cadre) == all.dataset.cadre(cadre))
        #expect(mixed.dataset.unit(unit) == all.dataset.unit(unit))
        #expect(mixed.dataset.tickets.map(\.id) == ["T-000300"])
        let none = try DataStore.open(at: directory.data, records: [])
        #expect(none.isPartial && none.dataset.tickets.map(\.id) == ["T-000300"])
    }

    /// Every kind of outcome, each from a fresh process-like open, against the same changes made
    /// by stores that read everything: the same answers and the same journal.
    @Test func changesThroughSomeRecordsEqualChangesThroughAll() throws {
        let some = try Self.directory()
        let all = try Self.directory()
        let open = Self.dataset.tickets.filter(\.isOpen).map(\.id)
        let closed = try #require(Self.dataset.tickets.first { !$0.isOpen }?.id)
        let earlier = [StoreFixture.note(open[0], "先前一"), StoreFixture.note(open[1], "先前二"),
                       Change(recordID: open[2], operation: .closeDuplicate(of: open[3]))]
        for directory in [some, all] {
            _ = try DataStore.open(at: directory.data).submit(contentsOf: earlier)
        }
        let revision = try #require(Self.dataset.ticket(open[4])?.revision)
        let new = Change(recordID: "", operation: .create(NewTicket(title: "新报的工单", description: "", location: StoreFixture.location,
                                                                   reporterName: "王芳", reporterPhone: "13800000000")))
        let next = Dataset.ticketID(Self.dataset.tickets.compactMap { Dataset.ticketNumber($0.id) }.max()! + 1)
        let changes = [
            new,
            StoreFixture.note(next, "日志里新建的工单"),
            new,
            StoreFixture.note(open[4], "现场已核实"),
            StoreFixture.note(open[4], "过时的修订号", revision: revision),
            StoreFixture.note(open[0], "日志里改过的工单"),
            Change(recordID: open[5], operation: .closeDuplicate(of: open[6])),
            Change(recordID: open[7], operation: .closeDuplicate(of: "T-999999")),
            Change(recordID: closed, operation: .escalate(reason: "已关闭")),
            StoreFixture.note("T-999999", "没有这张工单"),
            StoreFixture.note(Self.dataset.cadres[0].id, "干部不能这样备注"),
        ]
        for change in changes {
            let records = Set(SnapshotRecords.records(touchedBy: change))
            let partial = try DataStore.open(at: some.data, records: records)
            #expect(partial.isPartial)
            let whole = try DataStore.open(at: all.data)
            let answers = try [partial, whole].map { Self.describe(try $0.submit(contentsOf: [change])[0]) }
            #expect(answers[0] == answers[1], "\(change.operation.name) \(change.recordID)")
        }
        #expect(try Self.journalWithoutTimes(some) == Self.journalWithoutTimes(all))
        let reread = try [some, all].map { try DataStore.open(at: $0.data).dataset }
        #expect(reread[0].tickets.map(\.revision) == reread[1].tickets.map(\.revision))
        #expect(reread[0].tickets.map(\.status) == reread[1].tickets.map(\.status))
    }

    @Test func anIndexThatDoesNotDescribeTheSnapshotIsNotUsed() throws {
        let pristine = try Self.directory()
        let expected = try DataStore.open(at: pristine.data).dataset
        let spoilers: [(String, (TemporaryDirectory) throws -> Void)] = [
            ("snapshot touched", { directory in
                var times = [timespec(tv_sec: 1_500_000_000, tv_nsec: 0), timespec(tv_sec: 1_500_000_000, tv_nsec: 0)]
                #expect(utimensat(AT_FDCWD, directory.path("snapshot.json"), &times, 0) == 0)
            }),
            ("index removed", { directory in try FileManager.default.removeItem(atPath: directory.path("snapshot.index")) }),
            ("index cut short", { directory in
                let data = try Data(contentsOf: URL(fileURLWithPath: directory.path("snapshot.index")))
                try data.prefix(data.count - 30).write(to: URL(fileURLWithPath: directory.path("snapshot.index")))
            }),
            ("index pointing at another record", { directory in
                var lines = try String(contentsOfFile: directory.path("snapshot.index"), encoding: .utf8).split(separator: "\n")
                let first = try #require(lines.firstIndex { $0.hasPrefix("T-000007 ") })
                let second = try #require(lines.firstIndex { $0.hasPrefix("T-000008 ") })
                let ranges = [first, second].map { lines[$0].split(separator: " ").dropFirst(2).joined(separator: " ") }
                lines[first] = "T-000007 t " + ranges[1]
                lines[second] = "T-000008 t " + ranges[0]
                try (lines.joined(separator: "\n") + "\n").write(toFile: directory.path("snapshot.index"), atomically: false, encoding: .utf8)
            }),
            ("index pointing into a record", { directory in
                try Self.rewrite(directory) { line in
                    let words = line.split(separator: " ")
                    guard line.hasPrefix("T-000007 "), let offset = Int(words[2]) else { return String(line) }
                    return "T-000007 t \(offset + 5) \(words[3])"
                }
            }),
            ("index with a worker beyond the snapshot's end", { directory in
                try Self.rewrite(directory) { line in line.hasPrefix("W-") && line.contains(" w ") ? line.split(separator: " ")[0] + " w 9 999999999999" : String(line) }
            }),
            ("index of garbage", { directory in try Data("zugong-snapshot-index 1 x\n".utf8).write(to: URL(fileURLWithPath: directory.path("snapshot.index"))) }),
        ]
        for (name, spoil) in spoilers {
            let directory = try Self.directory()
            try spoil(directory)
            let store = try DataStore.open(at: directory.data, readOnly: true, records: ["T-000007"])
            #expect(!store.isPartial, "\(name)")
            #expect(store.dataset.tickets.count == expected.tickets.count, "\(name)")
            let same = store.dataset == expected
            #expect(same, "\(name)")
            // A writer that has read and checked everything indexes the snapshot again.
            _ = try DataStore.open(at: directory.data, records: ["T-000007"])
            let again = try DataStore.open(at: directory.data, records: ["T-000007"])
            #expect(again.isPartial, "\(name)")
            #expect(again.dataset.ticket("T-000007") == expected.ticket("T-000007"), "\(name)")
        }
    }

    /// Rewrites each record line of the index (the header is kept).
    static func rewrite(_ directory: TemporaryDirectory, _ change: (Substring) -> String) throws {
        let lines = try String(contentsOfFile: directory.path("snapshot.index"), encoding: .utf8).split(separator: "\n")
        let text = ([String(lines[0])] + lines.dropFirst().map(change)).joined(separator: "\n") + "\n"
        try text.write(toFile: directory.path("snapshot.index"), atomically: false, encoding: .utf8)
    }

    @Test func aReaderWritesNoIndex() throws {
        let directory = try Self.directory()
        try FileManager.default.removeItem(atPath: directory.path("snapshot.index"))
        _ = try DataStore.open(at: directory.data, readOnly: true)
        #expect(!FileManager.default.fileExists(atPath: directory.path("snapshot.index")))
    }

    @Test func idsTheIndexCannotHoldLeaveTheSnapshotUnindexed() throws {
        let directory = try TemporaryDirectory()
        var dataset = StoreFixture.dataset()
        dataset = Dataset(referenceDate: dataset.referenceDate, tickets: dataset.tickets, cadres: dataset.cadres,
                          units: dataset.units, workers: [GridWorker(id: "W 1", name: "李娜", level: .grid,
                                                                     location: StoreFixture.location, phone: "1", source: .synthetic)])
        try DataStore.create(at: directory.data, dataset: dataset)
        #expect(!FileManager.default.fileExists(atPath: directory.path("snapshot.index")))
        let store = try DataStore.open(at: directory.data, records: ["T-000001"])
        #expect(!store.isPartial)
        #expect(store.dataset.tickets.count == 5)
    }

    @Test func othersChangesBetweenOpenAndSubmitAreCaughtUp() throws {
        let directory = try Self.directory()
        let target = "T-000002"
        let some = try DataStore.open(at: directory.data, records: [target])
        let start = try #require(some.dataset.ticket(target)?.revision)
        let other = try DataStore.open(at: directory.data)
        try other.submit(StoreFixture.note(target, "别人先写"))
        try other.submit(StoreFixture.note("T-000003", "别的工单"))

        let applied = try some.submit(StoreFixture.note(target, "后写"))
        #expect(applied.event.seq == 3)
        #expect(applied.revision == start + 2)
        #expect(some.dataset.ticket("T-000003") == other.dataset.ticket("T-000003"))
        #expect(throws: StoreError.self) { try some.submit(StoreFixture.note(target, "过时", revision: start)) }

        // Another process compacts: the new snapshot comes with its index, read again.
        try other.compact()
        try other.submit(StoreFixture.note(target, "压缩之后"))
        let after = try some.submit(StoreFixture.note(target, "再写"))
        #expect(after.event.seq == 5)
        #expect(after.revision == start + 4)
        #expect(some.isPartial)
        #expect(try DataStore.open(at: directory.data).dataset.ticket(target) == some.dataset.ticket(target))
    }

    @Test func aStoreOfSomeRecordsCompactsEveryRecord() throws {
        let directory = try Self.directory()
        let some = try DataStore.open(at: directory.data, records: ["T-000002"])
        try some.submit(StoreFixture.note("T-000002", "一"))
        let expected = try DataStore.open(at: directory.data).dataset
        try some.compact()
        #expect(!some.isPartial)
        let compacted = some.dataset == expected
        let reread = try DataStore.open(at: directory.data).dataset == expected
        #expect(compacted && reread)
        let reopened = try DataStore.open(at: directory.data, records: ["T-000002"])
        #expect(reopened.isPartial)
        #expect(reopened.sequence == 1)
        #expect(reopened.dataset.ticket("T-000002") == expected.ticket("T-000002"))
    }
}
