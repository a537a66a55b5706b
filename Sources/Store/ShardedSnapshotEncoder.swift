import Domain
import Foundation

/// Encodes a data set in the layout `ShardedSnapshotDecoder` reads (one record per line), in
/// shards of 4,096 records on all cores. The bytes are the one-pass encoding with a line break
/// before every record: JSON strings hold no raw line break, so removing them gives that
/// encoding back exactly.
enum ShardedSnapshotEncoder {
    /// The encoding in pieces, to be written one after another: the frame's parts and the
    /// shards as they were written, none copied into one buffer (at 100,000 tickets each copy
    /// of 145 MB costs a tenth of a second in page faults alone). With where each record lies in
    /// the joined pieces, by array key, for the snapshot's index.
    static func encode(_ dataset: Dataset) throws -> (pieces: [Data], records: [String: [Range<Int>]]) {
        let skeleton = Dataset(schemaVersion: dataset.schemaVersion, referenceDate: dataset.referenceDate, tickets: [], cadres: [],
                               units: [], talent: [], figures: [], workers: [])
        let frame = try DomainJSON.encode(skeleton)
        // Each array's shards, as `{record},\n{record}` without the brackets, a shard after the
        // first starting with the comma that joins it to the one before.
        let arrays: [(key: String, count: Int, encode: @Sendable (Range<Int>) throws -> Chunk)] = [
            ("cadres", dataset.cadres.count, { [records = dataset.cadres] in chunk(records[$0]) }),
            ("figures", dataset.figures.count, { [records = dataset.figures] in try chunk(records[$0]) }),
            ("talent", dataset.talent.count, { [records = dataset.talent] in try chunk(records[$0]) }),
            ("tickets", dataset.tickets.count, { [records = dataset.tickets] in chunk(records[$0]) }),
            ("units", dataset.units.count, { [records = dataset.units] in try chunk(records[$0]) }),
            ("workers", dataset.workers.count, { [records = dataset.workers] in try chunk(records[$0]) }),
        ]
        var shards: [(array: Int, range: Range<Int>)] = []
        for (index, array) in arrays.enumerated() {
            for start in stride(from: 0, to: array.count, by: ShardedSnapshotDecoder.shardSize) {
                shards.append((index, start..<min(start + ShardedSnapshotDecoder.shardSize, array.count)))
            }
        }
        let results = [Result<Chunk, any Error>](concurrently: shards.count) { index in
            Result { try arrays[shards[index].array].encode(shards[index].range) }
        }
        // Each empty array in the frame (`"tickets":[]`) gets its records.
        var pieces: [Data] = []
        var records: [String: [Range<Int>]] = [:]
        var offset = 0
        func append(_ piece: Data) {
            pieces.append(piece)
            offset += piece.count
        }
        var rest = frame[...]
        var shard = 0
        for (index, array) in arrays.enumerated() {
            let marker = Data("\"\(array.key)\":[]".utf8)
            guard let found = rest.range(of: marker) else { throw EncodingError.invalidValue(array.key, .init(codingPath: [], debugDescription: "no \(array.key) in the data set's encoding")) }
            append(Data(rest[..<found.upperBound].dropLast()))
            var ranges: [Range<Int>] = []
            ranges.reserveCapacity(array.count)
            while shard < shards.count, shards[shard].array == index {
                let chunk = try results[shard].get()
                ranges.append(contentsOf: chunk.records.lazy.map { [offset] in ($0.lowerBound + offset)..<($0.upperBound + offset) })
                append(chunk.bytes)
                shard += 1
            }
            records[array.key] = ranges
            rest = rest[found.upperBound...]
            append(Data("]".utf8))
        }
        append(Data(rest))
        return (pieces, records)
    }

    /// A shard's bytes and where each of its records lies in them, from `{` to `}`.
    private struct Chunk {
        var bytes: Data
        var records: [Range<Int>]
    }

    /// Records as `\n{…},\n{…}` (`,\n{…}` when they follow others), each written by `write`.
    private static func chunk<T>(_ records: ArraySlice<T>, _ write: (T, inout JSONOutput) throws -> Void) rethrows -> Chunk {
        var out = JSONOutput(pretty: false)
        var ranges: [Range<Int>] = []
        ranges.reserveCapacity(records.count)
        for (index, record) in zip(records.indices, records) {
            out.bytes.append(contentsOf: index == 0 ? [0x0A] : [0x2C, 0x0A])
            let start = out.bytes.count
            try write(record, &out)
            ranges.append(start..<out.bytes.count)
        }
        return Chunk(bytes: Data(out.bytes), records: ranges)
    }

    /// Records through the `Encoder` that writes JSONEncoder's bytes, one writer for the shard.
    private static func chunk<T: Encodable>(_ records: ArraySlice<T>) throws -> Chunk {
        let writer = JSONValueWriter()
        return try chunk(records) { record, out in try writer.append(record, to: &out.bytes) }
    }

    /// Records that write themselves.
    private static func chunk<T: Encodable & JSONWritable>(_ records: ArraySlice<T>) -> Chunk {
        chunk(records) { record, out in record.write(to: &out) }
    }
}
