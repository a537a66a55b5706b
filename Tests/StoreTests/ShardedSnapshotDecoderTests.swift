import Domain
import Foundation
import Testing
@testable import Store

@Suite("Sharded snapshot decoding")
struct ShardedSnapshotDecoderTests {
    private static let header = Data(#"{"schemaVersion":1,"seq":12,"dataset":"#.utf8)

    private func file(_ data: Data, in directory: TemporaryDirectory) throws -> PosixFile {
        let path = directory.url.appending(path: "snapshot.json").path
        try data.write(to: URL(fileURLWithPath: path))
        return try PosixFile.open(path, O_RDONLY)
    }

    /// Several shards per array (4,096 records each) and lines split across read chunks,
    /// compared with one ordinary decode.
    @Test func shardsGiveTheSameDataSetAsOneDecode() throws {
        let directory = try TemporaryDirectory()
        let dataset = Dataset.generate(tickets: 9_000, cadres: 300, seed: 3, reference: StoreFixture.t0)
        let encoded = try Snapshot(seq: 12, dataset: dataset).encoded(path: "snapshot.json")
        let data = Data(encoded.pieces.joined())
        #expect(data.starts(with: Self.header))
        let snapshot = try file(data, in: directory)
        let sharded = try #require(try ShardedSnapshotDecoder.decode(snapshot, bodyStart: Self.header.count, path: "snapshot.json"))
        #expect(sharded.dataset == dataset)
        // The writer and the reader agree on where every record lies (the snapshot's index).
        #expect(sharded.records["tickets"]?.count == dataset.tickets.count && sharded.records["workers"]?.count == dataset.workers.count)
        #expect(sharded.records == encoded.records)
        let decoded = try Snapshot.decode(snapshot, path: "snapshot.json")
        #expect(decoded.dataset == dataset && decoded.seq == 12)
    }

    /// Two records on one line still decode, in a shard or the ordinary way; a field the decoder
    /// does not know sends the file to the ordinary decoder rather than being dropped.
    @Test func otherLayoutsDecodeToTheSameDataSet() throws {
        let directory = try TemporaryDirectory()
        let data = Data(try Snapshot(seq: 12, dataset: StoreFixture.dataset()).encoded(path: "snapshot.json").pieces.joined())
        var twoPerLine = data
        if let range = twoPerLine.range(of: Data("},\n{".utf8)) { twoPerLine.replaceSubrange(range, with: Data("},{".utf8)) }
        #expect(try Snapshot.decode(file(twoPerLine, in: directory), path: "snapshot.json").dataset == StoreFixture.dataset())
        var extraField = data
        if let range = extraField.range(of: Data(#""referenceDate":"#.utf8)) {
            extraField.replaceSubrange(range, with: Data(#""future":1,"referenceDate":"#.utf8))
        }
        #expect(try ShardedSnapshotDecoder.decode(try file(extraField, in: directory), bodyStart: Self.header.count, path: "snapshot.json") == nil)
        // A record the fast reader steps aside on is decoded by JSONDecoder within its shard.
        var floatRevision = data
        if let range = floatRevision.range(of: Data(#""revision":1,"#.utf8)) {
            floatRevision.replaceSubrange(range, with: Data(#""revision":1.0,"#.utf8))
        }
        #expect(floatRevision != data)
        #expect(try ShardedSnapshotDecoder.decode(try file(floatRevision, in: directory), bodyStart: Self.header.count, path: "snapshot.json")?.dataset == StoreFixture.dataset())
        #expect(try Snapshot.decode(file(extraField, in: directory), path: "snapshot.json").dataset == StoreFixture.dataset())
    }

    /// A bad record deep in a large file is reported from its own bytes: the same line, column
    /// and words as decoding the whole file, in both languages, for a bad value and bad syntax.
    @Test("a bad record in the third shard: the whole-file decoder's message, found from the record alone")
    func badRecordIsLocatedFromItsShard() throws {
        let directory = try TemporaryDirectory()
        let dataset = Dataset.generate(tickets: 9_000, cadres: 300, seed: 3, reference: StoreFixture.t0)
        let text = String(decoding: Data(try Snapshot(seq: 12, dataset: dataset).encoded(path: "snapshot.json").pieces.joined()), as: UTF8.self)
        let edits = [("T-008765", #""status":"[a-z_]+""#, #""status":"done""#), ("T-008766", #""urgent":(true|false)"#, #""urgent":"yes""#),
                     ("T-008767", #""title":"[^"]*""#, #""title":5"#), ("T-008768", #""title":"([^"]*)""#, #""title":"$1"y"#)]
        for (id, pattern, replacement) in edits {
            var lines = text.components(separatedBy: "\n")
            let index = try #require(lines.firstIndex { $0.contains("\"id\":\"\(id)\"") })
            lines[index] = lines[index].replacingOccurrences(of: pattern, with: replacement, options: .regularExpression)
            let edited = Data(lines.joined(separator: "\n").utf8)
            let snapshot = try file(edited, in: directory)
            let whole: StoreError
            do {
                _ = try Snapshot.decode(edited, path: "snapshot.json")
                Issue.record("decoded \(id)")
                continue
            } catch { whole = error }
            do {
                _ = try ShardedSnapshotDecoder.decode(snapshot, bodyStart: Self.header.count, path: "snapshot.json")
                Issue.record("decoded \(id) in shards")
            } catch {
                #expect(error.label == whole.label, "\(error.label) vs \(whole.label)")
                #expect(error.label.en.hasPrefix("snapshot.json:\(index + 1):"), "\(error.label.en)")
                #expect(error.label.en.contains(id == "T-008768" ? "invalid JSON: expected ',' or '}'" : "record \(id) field "), "\(error.label.en)")
            }
        }
    }
}

/// The sharded encoder writes exactly the one-pass encoding with a line break before each record,
/// so the sharded decoder reads it and removing the breaks gives `JSONEncoder`'s bytes back.
@Suite("Sharded snapshot encoding")
struct ShardedSnapshotEncoderTests {
    @Test("the seed and a generated set of several shards: the one-pass bytes, one record per line, read back the same", arguments: [0, 9_000])
    func matchesOnePass(tickets: Int) throws {
        let reference = Date(timeIntervalSince1970: 1_795_000_000)
        let dataset = tickets == 0 ? StoreFixture.dataset() : Dataset.generate(tickets: tickets, cadres: 300, seed: 7, reference: reference)
        let sharded = Data(try ShardedSnapshotEncoder.encode(dataset).pieces.joined())
        let onePass = try DomainJSON.makeEncoder().encode(dataset)
        #expect(Data(sharded.filter { $0 != 0x0A }) == onePass)
        let lines = sharded.split(separator: 0x0A)
        #expect(lines.count == 1 + dataset.tickets.count + dataset.cadres.count + dataset.units.count + dataset.talent.count
                + dataset.figures.count + dataset.workers.count)
        let directory = try TemporaryDirectory()
        let path = directory.url.appending(path: "snapshot.json").path
        try Data(try Snapshot(seq: 3, dataset: dataset).encoded(path: path).pieces.joined()).write(to: URL(fileURLWithPath: path))
        let file = try PosixFile.open(path, O_RDONLY)
        let decoded = try Snapshot.decode(file, path: path)
        #expect(decoded.dataset == dataset && decoded.seq == 3)
    }
}
