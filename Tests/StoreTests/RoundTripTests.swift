import Domain
import Foundation
import Testing
@testable import Store

@Suite("Round trip and replay")
struct RoundTripTests {
    @Test func createdDirectoryOpensToTheSameDataSet() throws {
        let directory = try StoreFixture.directory()
        let store = try DataStore.open(at: directory.data)
        #expect(store.dataset == StoreFixture.dataset())
        #expect(store.sequence == 0)
        #expect(store.warnings.isEmpty)
    }

    @Test func filesAndFolderGetTheirModes() throws {
        let directory = try StoreFixture.directory()
        let fm = FileManager.default
        func mode(_ path: String) throws -> Int { try fm.attributesOfItem(atPath: path)[.posixPermissions] as? Int ?? -1 }
        #expect(try mode(directory.data.path) == 0o750)
        for name in ["snapshot.json", "journal.jsonl", "lock"] {
            #expect(try mode(directory.path(name)) == 0o640, "\(name)")
        }
    }

    @Test func replayEqualsTheLiveState() throws {
        let directory = try StoreFixture.directory()
        let store = try DataStore.open(at: directory.data)
        try store.submit(StoreFixture.note("T-000001", "已联系居民"))
        try store.submit(Change(recordID: "T-000002", expectedRevision: 1,
                                operation: .classify(category: .utilities, level: .grid)))
        try store.submit(Change(recordID: "T-000002", expectedRevision: 2, operation: .assign(to: "W-0001")))
        let created = try store.submit(Change(recordID: "", operation: .create(NewTicket(
            title: "噪音扰民", description: "夜间施工", location: StoreFixture.location,
            reporterName: "李强", reporterPhone: "13900000000"))))
        #expect(created.recordID == "T-000006")
        #expect(store.sequence == 4)

        let reopened = try DataStore.open(at: directory.data)
        #expect(reopened.dataset == store.dataset)
        #expect(reopened.sequence == 4)
        #expect(reopened.loadStatistics.events == 4)
        #expect(reopened.dataset.ticket("T-000002")?.assignee == "W-0001")
    }

    /// A snapshot rewritten by another tool (here pretty-printed, keys in another order) loads the
    /// ordinary way instead of in shards, to the same data set.
    @Test func snapshotInAnotherLayoutLoads() throws {
        let directory = try StoreFixture.directory(tickets: 40)
        let store = try DataStore.open(at: directory.data)
        let url = URL(fileURLWithPath: directory.path("snapshot.json"))
        let object = try JSONSerialization.jsonObject(with: Data(contentsOf: url))
        try JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted]).write(to: url)
        #expect(try DataStore.open(at: directory.data).dataset == store.dataset)
    }

    @Test func journalLinesHaveTheDocumentedShape() throws {
        let directory = try StoreFixture.directory()
        let store = try DataStore.open(at: directory.data)
        try store.submit(StoreFixture.note("T-000003", "上门查看", revision: 1))
        let text = try String(contentsOfFile: directory.path("journal.jsonl"), encoding: .utf8)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == 2 && lines[1].isEmpty)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any])
        #expect(Set(object.keys) == ["seq", "at", "actor", "record", "rev", "op", "fields"])
        #expect(object["seq"] as? Int == 1)
        #expect(object["record"] as? String == "T-000003")
        #expect(object["rev"] as? Int == 1)
        #expect(object["op"] as? String == "note")
        #expect((object["fields"] as? [String: String]) == ["text": "上门查看"])
        #expect(object["actor"] as? String == store.actor)
        // Keys are sorted, so the line is byte-stable.
        #expect(lines[0].hasPrefix(#"{"actor":"#))
    }

    @Test func batchSubmitWritesOneLinePerAcceptedChange() throws {
        let directory = try StoreFixture.directory()
        let store = try DataStore.open(at: directory.data)
        let results = try store.submit(contentsOf: [
            StoreFixture.note("T-000001", "一"),
            StoreFixture.note("T-000001", "二", revision: 1),
            StoreFixture.note("T-000002", "三"),
        ])
        #expect(results.count == 3)
        #expect((try? results[0].get())?.revision == 2)
        #expect(results[1].refusal?.code == .revisionConflict)
        #expect((try? results[2].get())?.revision == 2)
        #expect(store.sequence == 2)
        let reopened = try DataStore.open(at: directory.data)
        #expect(reopened.dataset == store.dataset)
    }

    @Test func refusedChangeWritesNothing() throws {
        let directory = try StoreFixture.directory()
        let store = try DataStore.open(at: directory.data)
        let before = try DirectoryContents(directory.data)
        #expect(throws: StoreError.self) {
            try store.submit(Change(recordID: "T-000001", operation: .resolve(note: "已修好")))
        }
        #expect(try DirectoryContents(directory.data) == before)
        #expect(store.sequence == 0)
    }

    @Test func firstUseCreatesTheDirectoryFromTheSeed() throws {
        let directory = try TemporaryDirectory()
        let store = try DataStore.open(at: directory.data)
        #expect(!store.dataset.tickets.isEmpty)
        #expect(FileManager.default.fileExists(atPath: directory.path("snapshot.json")))
        #expect(try DataStore.open(at: directory.data).dataset == store.dataset)
    }

    @Test func readOnlyFirstUseShowsTheSeedAndWritesNothing() throws {
        let directory = try TemporaryDirectory()
        let store = try DataStore.open(at: directory.data, readOnly: true)
        #expect(!store.dataset.tickets.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: directory.data.path))
        #expect(store.permissions.isReadOnly)
    }

    @Test func initializeRefusesToOverwrite() throws {
        let directory = try StoreFixture.directory()
        let before = try DirectoryContents(directory.data)
        #expect {
            try DataStore.initialize(at: directory.data, empty: true, reference: StoreFixture.t0)
        } throws: { error in
            "\(error)".contains("refusing to overwrite")
        }
        #expect(try DirectoryContents(directory.data) == before)
    }

    @Test func initializeEmptyHasNoRecords() throws {
        let directory = try TemporaryDirectory()
        try DataStore.initialize(at: directory.data, empty: true, reference: StoreFixture.t0)
        let store = try DataStore.open(at: directory.data)
        #expect(store.dataset.tickets.isEmpty && store.dataset.cadres.isEmpty)
        #expect(store.dataset.referenceDate == StoreFixture.t0)
    }
}

extension Result where Failure == StoreError {
    var refusal: Refusal? {
        if case .failure(let error) = self { return error.refusal }
        return nil
    }
}
