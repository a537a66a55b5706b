import Domain
import Foundation
import Testing
@testable import Store

/// Each broken input makes `open` fail with a message that says where, and changes no file.
@Suite("Malformed input")
struct MalformedInputTests {
    /// Rewrites a file of a fresh directory, then expects `open` to fail with `expected` in the
    /// message and the folder unchanged.
    private func expectRefusal(_ file: String, contains expected: [String], chinese expectedChinese: [String] = [],
                               journal: [Change] = [], edit: (String) -> String) throws {
        let directory = try StoreFixture.directory()
        if !journal.isEmpty {
            let store = try DataStore.open(at: directory.data)
            for change in journal { try store.submit(change) }
        }
        let path = directory.path(file)
        let text = try String(contentsOfFile: path, encoding: .utf8)
        try edit(text).write(toFile: path, atomically: false, encoding: .utf8)
        let before = try DirectoryContents(directory.data)
        do {
            _ = try DataStore.open(at: directory.data)
            Issue.record("open succeeded")
        } catch {
            for part in expected {
                #expect(error.description.contains(part), "\(error.description) lacks \(part)")
            }
            #expect(!error.description.contains("\n"))
            // The same place in Chinese, without the English message's words.
            let chinese = error.label.zh
            #expect(chinese.hasPrefix(error.description.prefix { $0 != " " }), "\(chinese)")
            for word in Self.englishWords { #expect(!chinese.contains(word), "\(chinese) has \(word)") }
            for part in expectedChinese { #expect(chinese.contains(part), "\(chinese) lacks \(part)") }
        }
        #expect(try DirectoryContents(directory.data) == before)
        #expect(!DataStore.check(at: directory.data).isEmpty)
    }

    static let englishWords = ["record ", "field ", "missing", "invalid", "unknown", "expected", "cannot", "must", " not ",
                               "found", "value", "journal belongs", "seq jumps"]

    private func replacing(_ target: String, with replacement: String, occurrence: Int = 1) -> (String) -> String {
        { text in
            var ranges: [Range<String.Index>] = []
            var searchStart = text.startIndex
            while let range = text.range(of: target, range: searchStart..<text.endIndex) {
                ranges.append(range)
                searchStart = range.upperBound
            }
            guard ranges.count >= occurrence else { return text }
            return text.replacingCharacters(in: ranges[occurrence - 1], with: replacement)
        }
    }

    @Test func snapshotThatIsNotJSONNamesLineAndColumn() throws {
        // Record 3 (line 5: header+cadre line, unit line… ) gets a stray character.
        try expectRefusal("snapshot.json", contains: ["snapshot.json:", "invalid JSON"],
                          edit: replacing(#""title":"路灯不亮 3""#, with: #""title":"路灯不亮 3"x"#))
    }

    @Test func syntaxErrorPositionIsExact() throws {
        let directory = try StoreFixture.directory()
        let path = directory.path("snapshot.json")
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let broken = replacing(#""title":"路灯不亮 3""#, with: #""title":"路灯不亮 3"x"#)(text)
        try broken.write(toFile: path, atomically: false, encoding: .utf8)
        let lines = broken.components(separatedBy: "\n")
        let lineIndex = try #require(lines.firstIndex { $0.contains(#""路灯不亮 3"x"#) })
        let column = try #require(lines[lineIndex].range(of: #""路灯不亮 3"x"#)).upperBound
        let expectedColumn = lines[lineIndex][..<column].count
        #expect {
            try DataStore.open(at: directory.data)
        } throws: { error in
            "\(error)".hasPrefix("\(path):\(lineIndex + 1):\(expectedColumn):")
        }
    }

    @Test func truncatedSnapshotIsRefused() throws {
        try expectRefusal("snapshot.json", contains: ["snapshot.json:", "invalid JSON"]) { String($0.prefix($0.count / 2)) }
    }

    @Test func newerSchemaVersionIsRefused() throws {
        try expectRefusal("snapshot.json", contains: ["schema version 99 is newer"],
                          edit: replacing(#"{"schemaVersion":1,"#, with: #"{"schemaVersion":99,"#))
    }

    @Test func unsupportedOlderSchemaVersionIsRefused() throws {
        try expectRefusal("snapshot.json", contains: ["schema version 0 cannot be upgraded"],
                          edit: replacing(#"{"schemaVersion":1,"#, with: #"{"schemaVersion":0,"#))
    }

    @Test func unknownStatusNamesTheRecordAndField() throws {
        try expectRefusal("snapshot.json", contains: ["record T-000003 field status", "unknown value \"done\""],
                          chinese: ["记录 T-000003 字段 status:未知取值“done”"],
                          edit: replacing(#""status":"reported""#, with: #""status":"done""#, occurrence: 3))
    }

    @Test func duplicateIDIsRefused() throws {
        try expectRefusal("snapshot.json", contains: ["snapshot.json:", "record T-000002 field id", "duplicate id T-000002"],
                          edit: replacing(#""id":"T-000003""#, with: #""id":"T-000002""#))
    }

    @Test func negativeCountIsRefused() throws {
        try expectRefusal("snapshot.json", contains: ["record T-000004 field reopenCount", "negative reopen count -1"],
                          chinese: ["记录 T-000004 字段 reopenCount:"],
                          edit: replacing(#""reopenCount":0"#, with: #""reopenCount":-1"#, occurrence: 4))
    }

    @Test func missingFieldNamesTheRecord() throws {
        try expectRefusal("snapshot.json", contains: ["record T-000002", "missing field \"title\""],
                          chinese: ["记录 T-000002:缺少字段“title”"],
                          edit: replacing(#""title":"路灯不亮 2","#, with: ""))
    }

    @Test func badJournalLineInTheMiddleNamesItsLine() throws {
        try expectRefusal("journal.jsonl", contains: ["journal.jsonl:2:"],
                          journal: (1...3).map { StoreFixture.note("T-000001", "第\($0)条") },
                          edit: replacing(#""op":"note""#, with: #""op":"nope""#, occurrence: 2))
    }

    @Test func journalLineWithBadJSONInTheMiddleNamesLineAndColumn() throws {
        try expectRefusal("journal.jsonl", contains: ["journal.jsonl:1:", "invalid JSON"],
                          journal: (1...2).map { StoreFixture.note("T-000001", "第\($0)条") },
                          edit: replacing(#""seq":1"#, with: #""seq":1,,"#))
    }

    @Test func journalEventThatCannotBeReplayedIsRefused() throws {
        try expectRefusal("journal.jsonl", contains: ["journal.jsonl:1:", "cannot be replayed", "T-000099"],
                          journal: (1...2).map { StoreFixture.note("T-000001", "第\($0)条") },
                          edit: replacing(#""record":"T-000001""#, with: #""record":"T-000099""#))
    }

    @Test func repeatedSeqIsRefused() throws {
        try expectRefusal("journal.jsonl", contains: ["journal.jsonl:2:", "seq 1 is not after"],
                          journal: (1...3).map { StoreFixture.note("T-000001", "第\($0)条") },
                          edit: replacing(#""seq":2"#, with: #""seq":1"#))
    }

    @Test func malformedConfigIsRefused() throws {
        let directory = try StoreFixture.directory()
        try #"{"operators":["alice"],"supervisor":["carol"]}"#.write(toFile: directory.path("config.json"),
                                                                     atomically: false, encoding: .utf8)
        #expect {
            try DataStore.open(at: directory.data)
        } throws: { error in
            "\(error)".contains("config.json:1:") && "\(error)".contains("unknown key \"supervisor\"")
        }
    }

    @Test func journalWithoutSnapshotIsRefused() throws {
        let directory = try StoreFixture.directory()
        try FileManager.default.removeItem(atPath: directory.path("snapshot.json"))
        let before = try DirectoryContents(directory.data)
        #expect {
            try DataStore.open(at: directory.data)
        } throws: { error in
            "\(error)".contains("snapshot.json is missing")
        }
        #expect(try DirectoryContents(directory.data) == before)
    }

    @Test func checkListsEveryProblem() throws {
        let directory = try StoreFixture.directory()
        let store = try DataStore.open(at: directory.data)
        for n in 1...4 { try store.submit(StoreFixture.note("T-000001", "第\(n)条")) }
        let path = directory.path("journal.jsonl")
        var text = try String(contentsOfFile: path, encoding: .utf8)
        text = replacing(#""op":"note""#, with: #""op":"nope""#, occurrence: 2)(text)
        text = replacing(#""record":"T-000001""#, with: #""record":"T-000099""#, occurrence: 3)(text)
        text += #"{"seq":5"#
        try text.write(toFile: path, atomically: false, encoding: .utf8)
        let problems = DataStore.check(at: directory.data).map(\.en)
        #expect(problems.count == 3, "\(problems)")
        #expect(problems.contains { $0.contains("journal.jsonl:2:") })
        #expect(problems.contains { $0.contains("journal.jsonl:3:") && $0.contains("cannot be replayed") })
        #expect(problems.contains { $0.contains("journal.jsonl:5:") && $0.contains("incomplete last line") })
    }

    @Test func checkOfASoundDirectoryIsEmpty() throws {
        let directory = try StoreFixture.directory()
        let store = try DataStore.open(at: directory.data)
        try store.submit(StoreFixture.note("T-000001", "好"))
        #expect(DataStore.check(at: directory.data) == [])
    }
}
