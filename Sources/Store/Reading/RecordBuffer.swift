import Domain
import Foundation

/// One record array of a snapshot, filled shard by shard from several threads straight into the
/// storage of the array it becomes: joining per-shard arrays, or moving the records into an
/// array at the end, would copy every record once more (40 MB at 100,000 tickets).
final class RecordBuffer<Record: Decodable & JSONReadable>: ShardedRecords, @unchecked Sendable {
    /// Each record's bytes in the file, from its `{` to its `}`.
    private let records: [Range<Int>]
    /// Records per shard: the decoder's for whole arrays, 1 for records scattered over the file
    /// (a shard reads everything from its first record to its last).
    private let shardSize: Int
    /// The array's storage while `lending` runs.
    private var storage: UnsafeMutablePointer<Record>?
    private var array: [Record] = []
    private let lock = NSLock()
    /// The shards whose records are initialized in `storage`.
    private var filled: [Range<Int>] = []
    private var failed = false
    private var firstFailure: RecordFailure?
    private(set) var isComplete = false

    init(reading records: [Range<Int>], shardSize: Int = ShardedSnapshotDecoder.shardSize) {
        self.records = records
        self.shardSize = shardSize
    }

    var shards: [Range<Int>] {
        stride(from: 0, to: records.count, by: shardSize).map { $0..<min($0 + shardSize, records.count) }
    }

    var failure: RecordFailure? { lock.withLock { firstFailure } }

    /// Runs `fill`, in which the shards are filled, with the array's storage to fill them into.
    /// The array holds the records if every shard was decoded, and none otherwise.
    func lending(_ fill: () -> Void) {
        array = Array(unsafeUninitializedCapacity: records.count) { buffer, initialized in
            storage = buffer.baseAddress
            fill()
            lock.withLock {
                isComplete = !failed && filled.reduce(0) { $0 + $1.count } == records.count
                if isComplete {
                    initialized = records.count
                } else {
                    for shard in filled { (buffer.baseAddress! + shard.lowerBound).deinitialize(count: shard.count) }
                }
                filled = []
                storage = nil
            }
        }
    }

    /// Reads the shard's bytes and decodes them, by the fast path where it is sure, else with
    /// `JSONDecoder`.
    func fill(_ shard: Range<Int>, from file: PosixFile) {
        let first = records[shard.lowerBound].lowerBound
        let count = records[shard.upperBound - 1].upperBound - first
        var decoded = false
        var failure: RecordFailure?
        if let bytes = try? file.mapped(from: UInt64(first), count: count), bytes.count == count {
            do {
                decoded = try readFast(bytes, into: shard) || decodeSlowly(bytes, into: shard)
            } catch {
                failure = firstFailure(in: bytes, shard: shard)
            }
        }
        lock.withLock {
            if decoded { filled.append(shard) } else { failed = true }
            if let failure, failure.offset < firstFailure?.offset ?? .max { firstFailure = failure }
        }
    }

    /// The shard's first record that `JSONDecoder` refuses on its own, if one is; none when the
    /// bytes are more than one record.
    private func firstFailure(in bytes: Data, shard: Range<Int>) -> RecordFailure? {
        let base = records[shard.lowerBound].lowerBound
        let decoder = DomainJSON.makeDecoder()
        for index in shard {
            let range = records[index]
            let record = bytes.subdata(in: (range.lowerBound - base)..<(range.upperBound - base))
            do {
                _ = try decoder.decode(Record.self, from: record)
            } catch DecodingError.dataCorrupted(let context) where context.codingPath.isEmpty
                        && JSONLocator.syntaxError(in: record)?.afterValue != false {
                // Not one record (two on a line): the file is read the ordinary way.
                return nil
            } catch {
                return RecordFailure(offset: range.lowerBound, bytes: record, error: error)
            }
        }
        return nil
    }

    /// The records, after `lending`: all of them when `isComplete`, else none.
    func take() -> [Record] {
        defer { array = [] }
        return array
    }

    private func readFast(_ bytes: Data, into shard: Range<Int>) -> Bool {
        bytes.withUnsafeBytes { raw in
            let histories = HistoryArena()
            var reader = JSONReader(raw.bindMemory(to: UInt8.self), strings: StringTable(), histories: histories)
            var initialized = 0
            do throws(JSONReader.Unreadable) {
                try reader.forEachElement { reader throws(JSONReader.Unreadable) in
                    guard initialized < shard.count else { throw JSONReader.Unreadable() }
                    (storage! + shard.lowerBound + initialized).initialize(to: try Record(reading: &reader))
                    initialized += 1
                }
                guard initialized == shard.count else { throw JSONReader.Unreadable() }
                histories.seal()
                return true
            } catch {
                (storage! + shard.lowerBound).deinitialize(count: initialized)
                return false
            }
        }
    }

    /// False when the records are not one per line (the whole file is then decoded at once);
    /// throws when `JSONDecoder` refuses them.
    private func decodeSlowly(_ bytes: Data, into shard: Range<Int>) throws -> Bool {
        var json = Data(capacity: bytes.count + 2)
        json.append(UInt8(ascii: "["))
        json.append(bytes)
        json.append(UInt8(ascii: "]"))
        let decoded = try DomainJSON.makeDecoder().decode([Record].self, from: json)
        guard decoded.count == shard.count else { return false }
        decoded.withUnsafeBufferPointer { (storage! + shard.lowerBound).initialize(from: $0.baseAddress!, count: $0.count) }
        return true
    }
}
