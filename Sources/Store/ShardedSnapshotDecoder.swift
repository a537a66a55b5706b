import Domain
import Foundation

/// Decodes the data set of a snapshot in the layout `Snapshot.encoded` writes (one record per
/// line) in shards on all cores, mapping each shard's bytes when it is decoded. Against one
/// `JSONDecoder` pass over the whole file this cuts the time on two cores, and the file is never
/// in memory at once: only the shards being decoded are (the line scan before them drops the
/// pages it has passed), so the peak is little more than the decoded records.
///
/// JSON strings cannot hold a raw newline, so every line break is structural: a line is one
/// record followed by `,` or by the keys between two arrays (`],"figures":[`). Any other layout
/// (a hand-edited file, a field the data set gained) gives nil, and the caller decodes the whole
/// file the ordinary way. A record that cannot be decoded is reported from its own bytes, at its
/// line and column in the file, without decoding the whole file again.
enum ShardedSnapshotDecoder {
    /// `bodyStart` is the offset of the data set object (after `"dataset":`); `path` names the
    /// file in the message for a record that cannot be decoded. Gives the data set and where each
    /// record lies in the file, by array key.
    static func decode(_ file: PosixFile, bodyStart: Int, path: String,
                       progress: LoadProgress? = nil) throws(StoreError) -> (dataset: Dataset, records: [String: [Range<Int>]])? {
        guard let layout = try? layout(file, from: bodyStart),
              let skeleton = DatasetSkeleton(readingAll: layout.skeleton)
        else { return nil }

        func records(_ key: String) -> [Range<Int>] { layout.arrays.first { $0.key == key }?.records ?? [] }
        let size = shardSize(records: layout.arrays.reduce(0) { $0 + $1.records.count })
        let tickets = RecordBuffer<Ticket>(reading: records("tickets"), shardSize: size)
        let cadres = RecordBuffer<Cadre>(reading: records("cadres"), shardSize: size)
        let units = RecordBuffer<AssessmentUnit>(reading: records("units"), shardSize: size)
        let talent = RecordBuffer<TalentIndicator>(reading: records("talent"), shardSize: size)
        let figures = RecordBuffer<ReportedFigure>(reading: records("figures"), shardSize: size)
        let workers = RecordBuffer<GridWorker>(reading: records("workers"), shardSize: size)
        guard try fill([tickets, cadres, units, talent, figures, workers], from: file, path: path, progress: progress) else { return nil }
        let dataset = Dataset(schemaVersion: skeleton.schemaVersion, referenceDate: skeleton.referenceDate,
                              tickets: tickets.take(), cadres: cadres.take(), units: units.take(),
                              talent: talent.take(), figures: figures.take(), workers: workers.take())
        return (dataset, Dictionary(layout.arrays.map { ($0.key, $0.records) }, uniquingKeysWith: { first, _ in first }))
    }

    /// The records of a snapshot of this layout at the given ranges, each read and decoded on its
    /// own; nil when one is not a record of its kind.
    static func records(at ranges: [SnapshotIndex.Kind: [Range<Int>]],
                        from file: PosixFile) -> (tickets: [Ticket], cadres: [Cadre], units: [AssessmentUnit], workers: [GridWorker])? {
        let tickets = RecordBuffer<Ticket>(reading: ranges[.ticket] ?? [], shardSize: 1)
        let cadres = RecordBuffer<Cadre>(reading: ranges[.cadre] ?? [], shardSize: 1)
        let units = RecordBuffer<AssessmentUnit>(reading: ranges[.unit] ?? [], shardSize: 1)
        let workers = RecordBuffer<GridWorker>(reading: ranges[.worker] ?? [], shardSize: 1)
        guard (try? fill([tickets, cadres, units, workers], from: file, path: file.path)) == true else { return nil }
        return (tickets.take(), cadres.take(), units.take(), workers.take())
    }

    /// Decodes every shard of the buffers on all cores. Throws for the first record, by place in
    /// the file, that cannot be decoded; false when the records are not one per line.
    private static func fill(_ buffers: [any ShardedRecords], from file: PosixFile, path: String,
                             progress: LoadProgress? = nil) throws(StoreError) -> Bool {
        let shards = buffers.indices.flatMap { buffer in buffers[buffer].shards.map { (buffer, $0) } }
        progress?.begin(.decoding, total: shards.reduce(0) { $0 + $1.1.count })
        lending(buffers[...]) {
            DispatchQueue.concurrentPerform(iterations: shards.count) { index in
                let (buffer, shard) = shards[index]
                buffers[buffer].fill(shard, from: file)
                progress?.advance(by: shard.count)
            }
        }
        if let failure = buffers.compactMap(\.failure).min(by: { $0.offset < $1.offset }) {
            let line = try lineNumber(of: failure.offset, in: file)
            throw .invalidData(DecodingFailure.message(for: failure.error, in: failure.bytes, file: path,
                                                       lineOffset: line - 1, recordAtRoot: true))
        }
        return buffers.allSatisfy(\.isComplete)
    }

    /// Runs `fill` inside every buffer's `lending`, so all their storage is there at once.
    private static func lending(_ buffers: ArraySlice<any ShardedRecords>, _ fill: () -> Void) {
        guard let first = buffers.first else { return fill() }
        first.lending { lending(buffers.dropFirst(), fill) }
    }

    /// The 1-based line of a byte offset: one more than the line breaks before it.
    private static func lineNumber(of offset: Int, in file: PosixFile) throws(StoreError) -> Int {
        guard offset > 0 else { return 1 }
        let mapped = try file.mapped(from: 0, count: offset)
        return mapped.withUnsafeBytes { bytes in
            guard let base = bytes.baseAddress else { return 1 }
            var line = 1
            var position = 0
            while let found = memchr(base + position, 0x0A, bytes.count - position) {
                line += 1
                position = UnsafeRawPointer(found) - base + 1
            }
            return line
        }
    }

    /// Records per shard in the encoder: enough shards to keep every core busy, few enough that
    /// the fixed cost of a writer call does not matter.
    static let shardSize = 4096

    /// Records per shard in the decoder: at most `shardSize`, and small enough that each core gets
    /// several shards, so no core waits on the last big one (at 10,000 tickets, three shards of
    /// 4,096 kept one core idle for a third of the decode).
    static func shardSize(records: Int) -> Int {
        min(shardSize, max(256, records / (ProcessInfo.processInfo.activeProcessorCount * 8)))
    }

    /// What the layout needs to know about one line, without keeping the line.
    private struct Line {
        /// File offsets of the line, without its newline.
        var start: Int
        var end: Int
        /// Just past the line's last `}`, if it has one.
        var afterLastBrace: Int?
        /// The bytes after the last `}` (the whole line when there is none), unless just `,`.
        var tail: Data
        /// Whether the line ends as the file does: `}]}}`.
        var endsFile: Bool
    }

    private struct Layout {
        /// The data set object with every record array emptied.
        var skeleton = Data()
        var arrays: [(key: String, records: [Range<Int>])] = []
    }

    /// The layout of the file's lines from `start` on; nil for another layout.
    private static func layout(_ file: PosixFile, from start: Int) throws(StoreError) -> Layout? {
        layout(of: try scanLines(file, from: start))
    }

    /// Describes each non-empty line from `start` on, over a read-only mapping of the file: no
    /// copy, and the pages already scanned are dropped as it goes, so the scan never holds the
    /// whole file in memory. The file is scanned in one piece per core (at least two for a large
    /// file), each piece from the first line that starts in it; the pieces' lines are returned as
    /// they are, in order, because joining them into one array took 0.02 s at 100,000 tickets.
    private static func scanLines(_ file: PosixFile, from start: Int) throws(StoreError) -> [[Line]] {
        let size = Int(try file.status().size)
        guard size > start else { return [] }
        let mapped = try file.mapped(from: 0, count: size, populate: false)
        return mapped.withUnsafeBytes { raw in
            let bytes = raw.bindMemory(to: UInt8.self)
            guard let mapping = bytes.baseAddress else { return [] }
            // At least two pieces past one window, so every machine takes the same path.
            let pieceCount = size - start < Self.scanWindow ? 1 : max(2, ProcessInfo.processInfo.activeProcessorCount)
            let piece = (size - start + pieceCount - 1) / pieceCount
            return [[Line]](concurrently: pieceCount) { k in
                // A piece's lines are those that start in it; the first piece's first starts at `start`.
                var lineStart = k == 0 ? start : start + k * piece
                let pieceEnd = min(size, start + (k + 1) * piece)
                if k > 0 {
                    guard lineStart < size, let found = memchr(mapping + lineStart - 1, 0x0A, size - lineStart + 1) else { return [] }
                    lineStart = UnsafePointer(found.assumingMemoryBound(to: UInt8.self)) - mapping + 1
                }
                var lines: [Line] = []
                var kept = lineStart / PosixFile.pageSize * PosixFile.pageSize
                while lineStart < pieceEnd {
                    let found = memchr(mapping + lineStart, 0x0A, bytes.count - lineStart)
                    let lineEnd = found.map { UnsafePointer($0.assumingMemoryBound(to: UInt8.self)) - mapping } ?? bytes.count
                    describe(bytes, lineStart..<lineEnd, base: 0, into: &lines)
                    lineStart = lineEnd + 1
                    if lineStart - kept >= Self.scanWindow {
                        let passed = lineStart / PosixFile.pageSize * PosixFile.pageSize
                        madvise(UnsafeMutableRawPointer(mutating: mapping + kept), passed - kept, MADV_DONTNEED)
                        kept = passed
                    }
                }
                return lines
            }
        }
    }

    /// How far a scan goes before it drops the pages behind it.
    private static let scanWindow = 8 << 20

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
            endsFile: range.count >= 4 && bytes[(range.upperBound - 4)..<range.upperBound].elementsEqual(fileEnd)))
    }

    /// The record ranges of each array and the skeleton, from the lines, piece by piece.
    private static func layout(of pieces: [[Line]]) -> Layout? {
        let count = pieces.reduce(0) { $0 + $1.count }
        guard count >= 2, let first = pieces.first(where: { !$0.isEmpty })?.first, first.afterLastBrace == nil,
              let firstKey = openedArray(first.tail), let final = pieces.last(where: { !$0.isEmpty })?.last,
              final.endsFile
        else { return nil }
        var layout = Layout()
        layout.skeleton.append(first.tail)
        var array = (key: firstKey, records: [Range<Int>]())
        for line in pieces.joined().dropFirst().prefix(count - 2) {
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
    private static let fileEnd = Array("}]}}".utf8)

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
