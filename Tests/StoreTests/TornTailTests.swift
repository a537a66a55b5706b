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
        "{\"actor\":\"alice\",\"at\":\"2018-11-20T08:00:00Z\",\"op\":\"note\"}",
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
        #expect(reader.warnings.first?.en.contains("journal.jsonl:3: ignored an incomplete last line") == true)
        #expect(try DirectoryContents(directory.data) == before, "a read-only open writes nothing")

        let next = try DataStore.open(at: directory.data)
        try next.submit(StoreFixture.note("T-000001", "第三条"))
        #expect(next.warnings.contains { $0.en.contains("removed an incomplete last line") })
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

    /// A well-formed event line for seq `seq` on T-000001, with `extra` spliced into it.
    private func line(seq: String, op: String = "note", text: String = "x") -> String {
        #"{"seq":\#(seq),"actor":"alice","at":"2018-11-20T08:00:00Z","record":"T-000001","op":"\#(op)","fields":{"text":"\#(text)"}}"# + "\n"
    }

    @Test("a complete, newline-terminated last line that cannot be applied is an error at its line and column, kept, and no write goes ahead",
          arguments: ["unknown op", "string seq", "huge seq", "raw control", "invalid UTF-8", "deep nesting"])
    func completeBadLastLine(kind: String) throws {
        let directory = try StoreFixture.directory()
        let writer = try DataStore.open(at: directory.data)
        try writer.submit(StoreFixture.note("T-000001", "第一条"))
        let journal = directory.path("journal.jsonl")
        var bytes: Data
        switch kind {
        case "unknown op": bytes = Data(line(seq: "2", op: "teleport").utf8)
        case "string seq": bytes = Data(line(seq: "\"2\"").utf8)
        case "huge seq": bytes = Data(line(seq: "99999999999999999999999").utf8)
        case "raw control": bytes = Data(line(seq: "2", text: "a\u{7}b").utf8)
        case "invalid UTF-8":
            bytes = Data(line(seq: "2", text: "AB").utf8)
            bytes[bytes.firstIndex(of: UInt8(ascii: "A"))!] = 0xFF
        default: bytes = Data((String(repeating: "[", count: 5_000) + String(repeating: "]", count: 5_000) + "\n").utf8)
        }
        let handle = try #require(FileHandle(forWritingAtPath: journal))
        try handle.seekToEnd()
        try handle.write(contentsOf: bytes)
        try handle.close()
        let before = try DirectoryContents(directory.data)
        #expect(throws: StoreError.self) { try DataStore.open(at: directory.data) }
        let problems = DataStore.check(at: directory.data).map(\.en)
        #expect(problems.contains { $0.hasPrefix("\(directory.path("journal.jsonl")):2:") || $0.contains("journal.jsonl:2:") }, "\(problems)")
        #expect(!problems.contains { $0.contains("incomplete last line") })
        #expect(try DirectoryContents(directory.data) == before, "the line is kept")
    }

    @Test("the column of a bad line is where it goes wrong, not always 1")
    func badLineColumn() throws {
        let directory = try StoreFixture.directory()
        let handle = try #require(FileHandle(forWritingAtPath: directory.path("journal.jsonl")))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(#"{"seq":1,"actor":"alice","at":"2018-11-20T08:00:00Z","record":"T-000001","op":"note","fields":{"text":"a"},,}"#.utf8 + [0x0A]))
        try handle.close()
        let problem = try #require(DataStore.check(at: directory.data).map(\.en).first)
        let position = problem.components(separatedBy: "journal.jsonl:1:").last?.prefix { $0.isNumber } ?? ""
        #expect((Int(position) ?? 1) > 1, "\(problem)")
    }

    @Test("a snapshot whose seq is ahead of its journal is refused with both numbers; a seq gap is an error")
    func snapshotAheadAndGaps() throws {
        let directory = try StoreFixture.directory()
        let writer = try DataStore.open(at: directory.data)
        for n in 1...4 { try writer.submit(StoreFixture.note("T-000001", "第\(n)条")) }
        let snapshot = directory.path("snapshot.json")
        var text = try String(contentsOfFile: snapshot, encoding: .utf8)
        text = text.replacingOccurrences(of: #""seq":0"#, with: #""seq":99"#)
        try text.write(toFile: snapshot, atomically: true, encoding: .utf8)
        #expect(DataStore.check(at: directory.data).map(\.en).contains { $0.contains("ends at seq 4") && $0.contains("seq 99") })
        #expect(throws: StoreError.self) { try DataStore.open(at: directory.data) }

        let gap = try StoreFixture.directory()
        let handle = try #require(FileHandle(forWritingAtPath: gap.path("journal.jsonl")))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data((line(seq: "1") + line(seq: "3")).utf8))
        try handle.close()
        #expect(DataStore.check(at: gap.data).map(\.en).contains { $0.contains("seq jumps from 1 to 3") })
        #expect(throws: StoreError.self) { try DataStore.open(at: gap.data) }
    }

    @Test("\\u0000 inside a JSON string is valid JSON: accepted with the bidirectional override beside it (the screen and the CLI show both as symbols)")
    func nulInAString() throws {
        let directory = try StoreFixture.directory()
        let handle = try #require(FileHandle(forWritingAtPath: directory.path("journal.jsonl")))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(line(seq: "1", text: #"a\u0000b\u202Ec"#).utf8))
        try handle.close()
        let store = try DataStore.open(at: directory.data)
        #expect(store.dataset.ticket("T-000001")?.notes.last?.text == "a\u{0}b\u{202E}c")
    }
}
