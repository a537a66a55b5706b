import Domain
import Foundation

/// Encodes a data set in the layout `ShardedSnapshotDecoder` reads (one record per line), in
/// shards of 4,096 records on all cores. The bytes are the one-pass encoding with a line break
/// before every record: JSON strings hold no raw line break, so removing them gives that
/// encoding back exactly.
enum ShardedSnapshotEncoder {
    static func encode(_ dataset: Dataset) throws -> Data {
        let skeleton = Dataset(schemaVersion: dataset.schemaVersion, referenceDate: dataset.referenceDate, tickets: [], cadres: [],
                               units: [], talent: [], figures: [], workers: [])
        let frame = try DomainJSON.encode(skeleton)
        // Each array's shards, as `{record},\n{record}` without the brackets.
        let arrays: [(key: String, count: Int, encode: @Sendable (Range<Int>) throws -> Data)] = [
            ("cadres", dataset.cadres.count, { [records = dataset.cadres] in try chunk(records[$0]) }),
            ("figures", dataset.figures.count, { [records = dataset.figures] in try chunk(records[$0]) }),
            ("talent", dataset.talent.count, { [records = dataset.talent] in try chunk(records[$0]) }),
            ("tickets", dataset.tickets.count, { [records = dataset.tickets] in try chunk(records[$0]) }),
            ("units", dataset.units.count, { [records = dataset.units] in try chunk(records[$0]) }),
            ("workers", dataset.workers.count, { [records = dataset.workers] in try chunk(records[$0]) }),
        ]
        var shards: [(array: Int, range: Range<Int>)] = []
        for (index, array) in arrays.enumerated() {
            for start in stride(from: 0, to: array.count, by: ShardedSnapshotDecoder.shardSize) {
                shards.append((index, start..<min(start + ShardedSnapshotDecoder.shardSize, array.count)))
            }
        }
        var results = [Result<Data, any Error>](concurrently: shards.count) { index in
            Result { try arrays[shards[index].array].encode(shards[index].range) }
        }
        var bodies = [Data](repeating: Data(), count: arrays.count)
        for index in shards.indices {
            let data = try results[index].get()
            // Released once copied, so the shards are not held twice.
            results[index] = .success(Data())
            if !bodies[shards[index].array].isEmpty { bodies[shards[index].array].append(UInt8(ascii: ",")) }
            bodies[shards[index].array].append(data)
        }
        // Each empty array in the frame (`"tickets":[]`) gets its records.
        var output = Data()
        output.reserveCapacity(bodies.reduce(frame.count) { $0 + $1.count })
        var rest = frame[...]
        for (index, array) in arrays.enumerated() {
            let marker = Data("\"\(array.key)\":[]".utf8)
            guard let found = rest.range(of: marker) else { throw EncodingError.invalidValue(array.key, .init(codingPath: [], debugDescription: "no \(array.key) in the data set's encoding")) }
            output.append(rest[..<found.upperBound].dropLast())
            output.append(bodies[index])
            output.append(UInt8(ascii: "]"))
            rest = rest[found.upperBound...]
        }
        output.append(rest)
        return output
    }

    /// Records as `\n{…},\n{…}`, each written on its own by one writer.
    private static func chunk<T: Encodable>(_ records: ArraySlice<T>) throws -> Data {
        let writer = JSONValueWriter()
        var out: [UInt8] = []
        for record in records {
            out.append(contentsOf: out.isEmpty ? [0x0A] : [0x2C, 0x0A])
            try writer.append(record, to: &out)
        }
        return Data(out)
    }
}
