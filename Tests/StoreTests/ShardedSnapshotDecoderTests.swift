import Domain
import Foundation
import Testing
@testable import Store

@Suite("Sharded snapshot decoding")
struct ShardedSnapshotDecoderTests {
    /// Several shards per array (4,096 records each), compared with one ordinary decode.
    @Test func shardsGiveTheSameDataSetAsOneDecode() throws {
        let dataset = Dataset.generate(tickets: 9_000, cadres: 300, seed: 3, reference: StoreFixture.t0)
        let data = try Snapshot(seq: 12, dataset: dataset).encoded(path: "snapshot.json")
        let header = Data(#"{"schemaVersion":1,"seq":12,"dataset":"#.utf8)
        #expect(data.starts(with: header))
        let sharded = try #require(ShardedSnapshotDecoder.decode(data, bodyStart: header.count))
        #expect(sharded == dataset)
        #expect(try Snapshot.decode(data, path: "snapshot.json").dataset == dataset)
    }

    /// Two records on one line still decode, in a shard or the ordinary way; a field the decoder
    /// does not know sends the file to the ordinary decoder rather than being dropped.
    @Test func otherLayoutsDecodeToTheSameDataSet() throws {
        let data = try Snapshot(seq: 0, dataset: StoreFixture.dataset()).encoded(path: "snapshot.json")
        let bodyStart = Data(#"{"schemaVersion":1,"seq":0,"dataset":"#.utf8).count
        var twoPerLine = data
        if let range = twoPerLine.range(of: Data("},\n{".utf8)) { twoPerLine.replaceSubrange(range, with: Data("},{".utf8)) }
        #expect(try Snapshot.decode(twoPerLine, path: "snapshot.json").dataset == StoreFixture.dataset())
        var extraField = data
        if let range = extraField.range(of: Data(#""referenceDate":"#.utf8)) {
            extraField.replaceSubrange(range, with: Data(#""future":1,"referenceDate":"#.utf8))
        }
        #expect(ShardedSnapshotDecoder.decode(extraField, bodyStart: bodyStart) == nil)
    }
}
