import Domain
import Foundation
import Testing
@testable import Store

@Suite("Torn journal tail")
struct TornTailTests {
    private func appendRaw(_ text: String, to path: String) throws {
        let handle = try #require(FileHandle(forWritingAtPath: path))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(text.utf8))
        try handle.close()
    }

    @Test(arguments: [
        #"{"actor":"alice","at":"2018-11-20T08:00:00Z","fields":{"te"#,
        "{\"actor\":\"alice\",\"at\":\"2018-11-20T08:00:00Z\",\"op\":\"note\"}\n",
        "\u{0}\u{0}\u{0}\u{0}",
    ])
    func tornLastLineIsIgnoredWithAWarningAndTheNextAppendIsClean(fragment: String) throws {
        let directory = try StoreFixture.directory()
        let writer = try DataStore.open(at: directory.data)
        try writer.submit(StoreFixture.note("T-000001", "第一条"))
        try writer.submit(StoreFixture.note("T-000001", "第二条"))
        try appendRaw(fragment, to: directory.path("journal.jsonl"))

        let before = try DirectoryContents(directory.data)
        let reader = try DataStore.open(at: directory.data, readOnly: true)
        #expect(reader.dataset == writer.dataset)
        #expect(reader.sequence == 2)
        #expect(reader.warnings.count == 1)
        #expect(reader.warnings.first?.contains("journal.jsonl:3: ignored an incomplete last line") == true)
        #expect(try DirectoryContents(directory.data) == before, "a read-only open writes nothing")

        let next = try DataStore.open(at: directory.data)
        try next.submit(StoreFixture.note("T-000001", "第三条"))
        #expect(next.warnings.contains { $0.contains("removed an incomplete last line") })
        let lines = try String(contentsOfFile: directory.path("journal.jsonl"), encoding: .utf8)
            .split(separator: "\n")
        #expect(lines.count == 3)
        let reopened = try DataStore.open(at: directory.data)
        #expect(reopened.warnings.isEmpty)
        #expect(reopened.sequence == 3)
        #expect(reopened.dataset == next.dataset)
        #expect(reopened.dataset.ticket("T-000001")?.notes.map(\.text) == ["第一条", "第二条", "第三条"])
    }

    @Test func aWriterInAnotherStoreAlsoCutsTheTornTail() throws {
        let directory = try StoreFixture.directory()
        let first = try DataStore.open(at: directory.data)
        let second = try DataStore.open(at: directory.data)
        try first.submit(StoreFixture.note("T-000002", "甲"))
        try appendRaw(#"{"seq":2,"#, to: directory.path("journal.jsonl"))
        // `second` has read nothing yet; catching up under the lock finds and removes the tail.
        try second.submit(StoreFixture.note("T-000002", "乙"))
        #expect(try first.refresh() == ["T-000002"])
        #expect(first.dataset == second.dataset)
        #expect(try DataStore.open(at: directory.data).warnings.isEmpty)
    }
}
