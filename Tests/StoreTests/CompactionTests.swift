import Domain
import Foundation
import Testing
@testable import Store

@Suite("Compaction")
struct CompactionTests {
    @Test func compactionThenReplayEqualsTheLiveState() throws {
        let directory = try StoreFixture.directory()
        let store = try DataStore.open(at: directory.data)
        for n in 1...5 { try store.submit(StoreFixture.note("T-00000\(n)", "注\(n)")) }
        let before = store.dataset
        try store.compact()
        #expect(store.dataset == before)
        #expect(try Data(contentsOf: URL(fileURLWithPath: directory.path("journal.jsonl"))).isEmpty)
        #expect(try String(contentsOfFile: directory.path("journal.jsonl.bak"), encoding: .utf8)
            .split(separator: "\n").count == 5)
        #expect(FileManager.default.fileExists(atPath: directory.path("snapshot.json.bak")))

        try store.submit(StoreFixture.note("T-000001", "压缩之后"))
        let reopened = try DataStore.open(at: directory.data)
        #expect(reopened.dataset == store.dataset)
        #expect(reopened.sequence == 6)
        #expect(reopened.loadStatistics.events == 1)
    }

    @Test func snapshotHeaderComesFirstAndRecordsStartLines() throws {
        let directory = try StoreFixture.directory()
        let store = try DataStore.open(at: directory.data)
        try store.submit(StoreFixture.note("T-000001", "一"))
        try store.compact()
        let text = try String(contentsOfFile: directory.path("snapshot.json"), encoding: .utf8)
        #expect(text.hasPrefix(#"{"schemaVersion":1,"seq":1,"dataset":{"#))
        let lines = text.split(separator: "\n")
        #expect(lines.filter { $0.contains(#""id":"T-00000"#) }.count == 5)
        #expect(try JSONSerialization.jsonObject(with: Data(text.utf8)) is [String: Any])
    }

    /// A crash after the new snapshot is in place but before the journal is replaced leaves a
    /// journal whose events the snapshot already holds: they must not be applied twice.
    @Test func crashBetweenSnapshotAndJournalLosesNothingAndDoublesNothing() throws {
        let directory = try StoreFixture.directory()
        let store = try DataStore.open(at: directory.data)
        for n in 1...3 { try store.submit(StoreFixture.note("T-000001", "注\(n)")) }
        let journal = try Data(contentsOf: URL(fileURLWithPath: directory.path("journal.jsonl")))
        try store.compact()
        // Put the old journal back, as if the crash came before its replacement.
        try journal.write(to: URL(fileURLWithPath: directory.path("journal.jsonl")))

        let reopened = try DataStore.open(at: directory.data)
        #expect(reopened.dataset == store.dataset)
        #expect(reopened.sequence == 3)
        try reopened.submit(StoreFixture.note("T-000001", "注4"))
        let again = try DataStore.open(at: directory.data)
        #expect(again.dataset.ticket("T-000001")?.notes.map(\.text) == ["注1", "注2", "注3", "注4"])
        #expect(again.sequence == 4)
    }

    @Test func anotherProcessSeesACompactionWithoutReloading() throws {
        let directory = try StoreFixture.directory()
        let writer = try DataStore.open(at: directory.data)
        let reader = try DataStore.open(at: directory.data)
        try writer.submit(StoreFixture.note("T-000001", "一"))
        #expect(try reader.refresh() == ["T-000001"])
        try writer.compact()
        try writer.submit(StoreFixture.note("T-000002", "二"))
        #expect(try reader.refresh() == ["T-000002"])
        #expect(reader.dataset == writer.dataset)
    }

    @Test func aReaderThatMissedEventsBeforeACompactionReloads() throws {
        let directory = try StoreFixture.directory()
        let writer = try DataStore.open(at: directory.data)
        let reader = try DataStore.open(at: directory.data)
        try writer.submit(StoreFixture.note("T-000001", "一"))
        try writer.submit(StoreFixture.note("T-000003", "三"))
        try writer.compact()
        try writer.submit(StoreFixture.note("T-000002", "二"))
        #expect(try reader.refresh() == ["T-000001", "T-000002", "T-000003"])
        #expect(reader.dataset == writer.dataset)
        #expect(reader.sequence == 3)
    }

    /// The same, found by a change rather than a refresh: the reload happens under the writer's
    /// own exclusive lock, and once waited for ever for a shared lock beside it.
    @Test func aWriterThatMissedEventsBeforeACompactionReloadsUnderItsLock() throws {
        let directory = try StoreFixture.directory()
        let late = try DataStore.open(at: directory.data)
        let writer = try DataStore.open(at: directory.data)
        try writer.submit(StoreFixture.note("T-000001", "一"))
        try writer.compact()
        let applied = try late.submit(StoreFixture.note("T-000001", "二"))
        #expect(applied.event.seq == 2)
        #expect(applied.revision == 3)
        #expect(try DataStore.open(at: directory.data).dataset == late.dataset)
    }
}
