import Domain
import Foundation

/// Decodes the data set of a snapshot in the layout `Snapshot.encoded` writes (one record per
/// line) in shards on all cores. Against one `JSONDecoder` pass over the whole file this cuts
/// the time on two cores, and only the shards being decoded have a parse tree in memory.
///
/// JSON strings cannot hold a raw newline, so every line break is structural: a line is one
/// record followed by `,` or by the keys between two arrays (`],"figures":[`). Any other layout
/// (a hand-edited file, a field the data set gained) gives nil, and the caller decodes the whole
/// file the ordinary way, which also produces the located error message when the file is bad.
enum ShardedSnapshotDecoder {
    /// `bodyStart` is the offset of the data set object (after `"dataset":`).
    static func decode(_ data: Data, bodyStart: Int) -> Dataset? {
        guard let layout = data.withUnsafeBytes({ scan($0.bindMemory(to: UInt8.self), bodyStart: bodyStart) }),
              let skeleton = try? DomainJSON.makeDecoder().decode(Dataset.self, from: layout.skeleton),
              let object = try? JSONSerialization.jsonObject(with: layout.skeleton) as? [String: Any],
              Set(object.keys) == knownKeys
        else { return nil }

        var shards: [Shard] = []
        for array in layout.arrays {
            for start in stride(from: 0, to: array.records.count, by: shardSize) {
                let end = min(start + shardSize, array.records.count)
                shards.append(Shard(key: array.key, first: array.records[start].lowerBound,
                                    last: array.records[end - 1].upperBound))
            }
        }
        let results = ShardResults(count: shards.count)
        let work = shards
        DispatchQueue.concurrentPerform(iterations: work.count) { index in
            results.set(index, work[index].decode(from: data))
        }
        var dataset = (tickets: [Ticket](), cadres: [Cadre](), units: [AssessmentUnit](), talent: [TalentIndicator](),
                       figures: [ReportedFigure](), workers: [GridWorker]())
        for index in shards.indices {
            switch results.get(index) {
            case .tickets(let records): dataset.tickets += records
            case .cadres(let records): dataset.cadres += records
            case .units(let records): dataset.units += records
            case .talent(let records): dataset.talent += records
            case .figures(let records): dataset.figures += records
            case .workers(let records): dataset.workers += records
            case nil: return nil
            }
        }
        return Dataset(schemaVersion: skeleton.schemaVersion, referenceDate: skeleton.referenceDate,
                       tickets: dataset.tickets, cadres: dataset.cadres, units: dataset.units,
                       talent: dataset.talent, figures: dataset.figures, workers: dataset.workers)
    }

    /// The keys of the data set object; another key means a field this decoder would drop.
    private static let knownKeys: Set = ["schemaVersion", "referenceDate", "tickets", "cadres", "units", "talent",
                                         "figures", "workers"]

    /// Records per shard: enough shards to keep every core busy, few enough that the fixed cost
    /// of a decoder call does not matter.
    private static let shardSize = 4096

    private struct Layout {
        /// The data set object with every record array emptied.
        var skeleton = Data()
        var arrays: [(key: String, records: [Range<Int>])] = []
    }

    private enum Records {
        case tickets([Ticket]), cadres([Cadre]), units([AssessmentUnit]), talent([TalentIndicator])
        case figures([ReportedFigure]), workers([GridWorker])
    }

    private struct Shard: Sendable {
        var key: String
        /// From the first record's `{` to the last record's `}`: records with `,\n` between them.
        var first: Int
        var last: Int

        func decode(from data: Data) -> Records? {
            var json = Data([UInt8(ascii: "[")])
            json.append(data[(data.startIndex + first)..<(data.startIndex + last)])
            json.append(UInt8(ascii: "]"))
            let decoder = DomainJSON.makeDecoder()
            do {
                switch key {
                case "tickets": return .tickets(try decoder.decode([Ticket].self, from: json))
                case "cadres": return .cadres(try decoder.decode([Cadre].self, from: json))
                case "units": return .units(try decoder.decode([AssessmentUnit].self, from: json))
                case "talent": return .talent(try decoder.decode([TalentIndicator].self, from: json))
                case "figures": return .figures(try decoder.decode([ReportedFigure].self, from: json))
                case "workers": return .workers(try decoder.decode([GridWorker].self, from: json))
                default: return nil
                }
            } catch {
                return nil
            }
        }
    }

    /// Filled by the shard workers, each in its own slot.
    private final class ShardResults: @unchecked Sendable {
        private var slots: [Records?]
        private let lock = NSLock()

        init(count: Int) { slots = Array(repeating: nil, count: count) }

        func set(_ index: Int, _ value: Records?) { lock.withLock { slots[index] = value } }

        func get(_ index: Int) -> Records? { lock.withLock { slots[index] } }
    }

    /// The record ranges of each array and the skeleton, from the line structure.
    private static func scan(_ bytes: UnsafeBufferPointer<UInt8>, bodyStart: Int) -> Layout? {
        guard let base = bytes.baseAddress, bodyStart < bytes.count else { return nil }
        var lines: [Range<Int>] = []
        var start = bodyStart
        while start < bytes.count {
            let found = memchr(base + start, 0x0A, bytes.count - start)
            let end = found.map { UnsafeRawPointer($0) - UnsafeRawPointer(base) } ?? bytes.count
            if end > start { lines.append(start..<end) }
            start = end + 1
        }
        // Without the envelope's closing brace, the last line ends the data set: `…}]}`.
        guard lines.count >= 2, let final = lines.last, final.count >= 4, bytes[final.upperBound - 1] == brace
        else { return nil }
        lines[lines.count - 1] = final.lowerBound..<(final.upperBound - 1)

        guard let firstKey = openedArray(bytes, lines[0]) else { return nil }
        var layout = Layout()
        layout.skeleton.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[lines[0]]))
        var array = (key: firstKey, records: [Range<Int>]())
        for (number, line) in lines.enumerated().dropFirst() {
            let isLast = number == lines.count - 1
            let recordEnd: Int
            if isLast {
                let u = line.upperBound
                guard line.count >= 3, bytes[u - 1] == brace, bytes[u - 2] == UInt8(ascii: "]"), bytes[u - 3] == brace
                else { return nil }
                recordEnd = u - 2
            } else {
                // The record runs to the line's last `}`; after it come `,` or keys and scalars.
                guard let lastBrace = line.last(where: { bytes[$0] == brace }) else { return nil }
                recordEnd = lastBrace + 1
            }
            guard bytes[line.lowerBound] == UInt8(ascii: "{") else { return nil }
            array.records.append(line.lowerBound..<recordEnd)
            let tail = recordEnd..<line.upperBound
            if !isLast, tail.count == 1, bytes[tail.lowerBound] == UInt8(ascii: ",") { continue }
            layout.arrays.append(array)
            layout.skeleton.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[tail]))
            if isLast { break }
            guard bytes[tail.lowerBound] == UInt8(ascii: "]"), let key = openedArray(bytes, tail) else { return nil }
            array = (key: key, records: [])
        }
        return layout
    }

    private static let brace = UInt8(ascii: "}")

    /// `KEY` when the bytes end with `"KEY":[` (an array whose records start on the next line).
    private static func openedArray(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String? {
        let u = range.upperBound
        guard range.count >= 5, bytes[u - 1] == UInt8(ascii: "["), bytes[u - 2] == UInt8(ascii: ":"),
              bytes[u - 3] == UInt8(ascii: "\""),
              let opening = (range.lowerBound..<(u - 3)).last(where: { bytes[$0] == UInt8(ascii: "\"") })
        else { return nil }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[(opening + 1)..<(u - 3)]), as: UTF8.self)
    }
}
