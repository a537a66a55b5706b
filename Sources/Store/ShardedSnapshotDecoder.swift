import Domain
import Foundation

/// Decodes the data set of a snapshot in the layout `Snapshot.encoded` writes (one record per
/// line) in shards on all cores, reading each shard from the file when it is decoded. Against one
/// `JSONDecoder` pass over the whole file this cuts the time on two cores, and the file is never
/// in memory at once: only the shards being decoded are, so the peak is little more than the
/// decoded records.
///
/// JSON strings cannot hold a raw newline, so every line break is structural: a line is one
/// record followed by `,` or by the keys between two arrays (`],"figures":[`). Any other layout
/// (a hand-edited file, a field the data set gained) gives nil, and the caller decodes the whole
/// file the ordinary way, which also produces the located error message when the file is bad.
enum ShardedSnapshotDecoder {
    /// `bodyStart` is the offset of the data set object (after `"dataset":`).
    static func decode(_ file: PosixFile, bodyStart: Int) -> Dataset? {
        guard let lines = try? scanLines(file, from: bodyStart),
              let layout = layout(of: lines),
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
        let results = ShardSlots<Records>(count: shards.count)
        let work = shards
        DispatchQueue.concurrentPerform(iterations: work.count) { index in
            results.set(index, work[index].decode(from: file))
        }
        var dataset = (tickets: [Ticket](), cadres: [Cadre](), units: [AssessmentUnit](), talent: [TalentIndicator](),
                       figures: [ReportedFigure](), workers: [GridWorker]())
        for index in shards.indices {
            switch results.take(index) {
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
    static let shardSize = 4096

    /// Bytes read at a time while looking for line breaks.
    private static let chunkSize = 8 << 20

    /// What the layout needs to know about one line, without keeping the line.
    private struct Line {
        /// File offsets of the line, without its newline.
        var start: Int
        var end: Int
        /// Just past the line's last `}`, if it has one.
        var afterLastBrace: Int?
        /// The bytes after the last `}` (the whole line when there is none), unless just `,`.
        var tail: Data
        /// The line's last four bytes, to recognise the end of the file (`}]}}`).
        var suffix: Data
    }

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

        func decode(from file: PosixFile) -> Records? {
            guard let records = try? file.read(from: UInt64(first), count: last - first),
                  records.count == last - first
            else { return nil }
            var json = Data(capacity: records.count + 2)
            json.append(UInt8(ascii: "["))
            json.append(records)
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
    /// Reads the file in chunks and describes each non-empty line from `start` on.
    private static func scanLines(_ file: PosixFile, from start: Int) throws(StoreError) -> [Line] {
        var lines: [Line] = []
        var pending = Data()
        var pendingStart = start
        var offset = start
        while true {
            let chunk = try file.read(from: UInt64(offset), count: chunkSize)
            offset += chunk.count
            pending.append(chunk)
            let atEnd = chunk.count < chunkSize
            let consumed = pending.withUnsafeBytes { raw -> Int in
                let bytes = raw.bindMemory(to: UInt8.self)
                guard let base = bytes.baseAddress else { return 0 }
                var lineStart = 0
                while lineStart < bytes.count {
                    let found = memchr(base + lineStart, 0x0A, bytes.count - lineStart)
                    guard let found else {
                        if !atEnd { return lineStart }
                        describe(bytes, lineStart..<bytes.count, base: pendingStart, into: &lines)
                        return bytes.count
                    }
                    let lineEnd = UnsafeRawPointer(found) - UnsafeRawPointer(base)
                    describe(bytes, lineStart..<lineEnd, base: pendingStart, into: &lines)
                    lineStart = lineEnd + 1
                }
                return bytes.count
            }
            pending = Data(pending.dropFirst(consumed))
            pendingStart += consumed
            if atEnd { return lines }
        }
    }

    private static func describe(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, base: Int,
                                 into lines: inout [Line]) {
        guard !range.isEmpty else { return }
        let lastBrace = range.last { bytes[$0] == brace }
        let tailStart = lastBrace.map { $0 + 1 } ?? range.lowerBound
        let isComma = range.upperBound - tailStart == 1 && bytes[tailStart] == UInt8(ascii: ",")
        lines.append(Line(
            start: base + range.lowerBound, end: base + range.upperBound,
            afterLastBrace: lastBrace.map { base + $0 + 1 },
            tail: isComma ? Data() : Data(UnsafeBufferPointer(rebasing: bytes[tailStart..<range.upperBound])),
            suffix: Data(UnsafeBufferPointer(rebasing: bytes[max(range.lowerBound, range.upperBound - 4)..<range.upperBound]))))
    }

    /// The record ranges of each array and the skeleton, from the lines.
    private static func layout(of lines: [Line]) -> Layout? {
        guard lines.count >= 2, let first = lines.first, first.afterLastBrace == nil,
              let firstKey = openedArray(first.tail), let final = lines.last,
              final.suffix == Data("}]}}".utf8)
        else { return nil }
        var layout = Layout()
        layout.skeleton.append(first.tail)
        var array = (key: firstKey, records: [Range<Int>]())
        for line in lines.dropFirst().dropLast() {
            guard let recordEnd = line.afterLastBrace else { return nil }
            array.records.append(line.start..<recordEnd)
            if line.tail.isEmpty { continue }
            guard line.tail.first == UInt8(ascii: "]"), let key = openedArray(line.tail) else { return nil }
            layout.arrays.append(array)
            layout.skeleton.append(line.tail)
            array = (key: key, records: [])
        }
        // The last line ends the record, its array, the data set and the envelope: `…}]}}`.
        array.records.append(final.start..<(final.end - 3))
        layout.arrays.append(array)
        layout.skeleton.append(contentsOf: Array("]}".utf8))
        return layout
    }

    private static let brace = UInt8(ascii: "}")

    /// `KEY` when the bytes end with `"KEY":[` (an array whose records start on the next line).
    private static func openedArray(_ bytes: Data) -> String? {
        let text = Array(bytes)
        let u = text.count
        guard u >= 5, text[u - 1] == UInt8(ascii: "["), text[u - 2] == UInt8(ascii: ":"),
              text[u - 3] == UInt8(ascii: "\""),
              let opening = text[..<(u - 3)].lastIndex(of: UInt8(ascii: "\""))
        else { return nil }
        return String(decoding: text[(opening + 1)..<(u - 3)], as: UTF8.self)
    }
}
