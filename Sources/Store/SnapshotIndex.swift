import Domain
import Foundation

/// `snapshot.index`: where each ticket, cadre, unit and worker of `snapshot.json` lies in that
/// file, so a command that changes one record reads that record instead of decoding the whole
/// data set. It is written only for a snapshot known to be whole and valid (this store wrote it,
/// or read and checked all of it), and names that snapshot by device, inode, size and the
/// nanosecond times of its last change: an index of any other file (replaced, restored, edited,
/// copied) is not used, and the command reads everything as before.
///
/// Text, one line each: a header
/// `zugong-snapshot-index 1 DEVICE INODE SIZE MTIME CTIME SEQ REFERENCE-MS RECORDS WORKERS`,
/// then `ID KIND OFFSET LENGTH` per record (kind `t`, `c`, `u` or `w`; the workers first).
struct SnapshotIndex {
    enum Kind: UInt8 {
        case ticket = 0x74, cadre = 0x63, unit = 0x75, worker = 0x77
    }

    /// What names one snapshot file: a rename, a write, `touch` or a copy each change one of them.
    struct Stamp: Equatable {
        var numbers: [Int64]

        init(_ status: FileStatus) {
            numbers = [Int64(bitPattern: status.device), Int64(bitPattern: status.inode), Int64(status.size),
                       status.modified, status.changed]
        }
    }

    /// The snapshot's `seq` and reference date.
    let seq: Int
    let referenceDate: Date
    /// The ticket with the highest `T-` number: read into every store of some records, so that a
    /// ticket created there gets the number it would get in a store of all of them.
    let highestTicket: String?
    private let bytes: [UInt8]
    private let workerCount: Int
    /// Every range must lie within the snapshot.
    private let snapshotSize: Int
    /// Where the first record line starts.
    private let entriesStart: Int

    private static let magic = "zugong-snapshot-index 1"

    /// The index at `path` if it describes the snapshot file `snapshot` and is complete; nil
    /// otherwise (missing, unreadable, of another file, cut short, malformed).
    static func read(_ path: String, describing snapshot: FileStatus) -> SnapshotIndex? {
        guard let file = try? PosixFile.openIfExists(path, O_RDONLY), let data = try? file.read(from: 0) else { return nil }
        return SnapshotIndex(Array(data), describing: snapshot)
    }

    /// Whether the index at `path` names the snapshot file `snapshot`, from its header alone: a
    /// reader that only wants to know whether to write one need not hold the whole index.
    static func names(_ path: String, snapshot: FileStatus) -> Bool {
        guard let file = try? PosixFile.openIfExists(path, O_RDONLY), let prefix = try? file.read(from: 0, count: 512)
        else { return false }
        return header(Array(prefix), describing: snapshot) != nil
    }

    /// The header's numbers after the magic words, if they name `snapshot`.
    private static func header(_ bytes: [UInt8], describing snapshot: FileStatus) -> (end: Int, numbers: [Int64])? {
        guard let end = bytes.firstIndex(of: 0x0A) else { return nil }
        let words = String(decoding: bytes[..<end], as: UTF8.self).split(separator: " ")
        guard words.count == 11, words[0...1].joined(separator: " ") == magic else { return nil }
        let numbers = words[2...].compactMap { Int64($0) }
        guard numbers.count == 9, Array(numbers[0..<5]) == Stamp(snapshot).numbers,
              numbers[5] >= 0, numbers[7] >= numbers[8], numbers[8] >= 0
        else { return nil }
        return (end, numbers)
    }

    private init?(_ bytes: [UInt8], describing snapshot: FileStatus) {
        guard bytes.last == 0x0A, let (headerEnd, numbers) = Self.header(bytes, describing: snapshot) else { return nil }
        // Counts the lines, and finds the highest ticket number on the way.
        var highest: (number: Int, id: String)?
        var lines = 0
        bytes.withUnsafeBufferPointer { buffer in
            Self.forEachLine(buffer, from: headerEnd + 1) { id, rest in
                lines += 1
                guard rest < buffer.count, buffer[rest] == Kind.ticket.rawValue else { return true }
                let text = Self.string(buffer, id)
                if let number = Dataset.ticketNumber(text), number > highest?.number ?? 0 { highest = (number, text) }
                return true
            }
        }
        guard lines == numbers[7] else { return nil }
        highestTicket = highest?.id
        self.bytes = bytes
        seq = Int(numbers[5])
        referenceDate = Date(timeIntervalSince1970: Double(numbers[6]) / 1000)
        workerCount = Int(numbers[8])
        snapshotSize = Int(numbers[2])
        entriesStart = headerEnd + 1
    }

    /// The kind and byte range of each of `ids` that the snapshot holds, in one pass over the
    /// index (ids are short, so each line's id is a string without an allocation). Nil when the
    /// line of one of them is malformed.
    func entries(_ ids: Set<String>) -> [String: (kind: Kind, range: Range<Int>)]? {
        var found: [String: (kind: Kind, range: Range<Int>)] = [:]
        guard !ids.isEmpty else { return found }
        var malformed = false
        bytes.withUnsafeBufferPointer { buffer in
            Self.forEachLine(buffer, from: entriesStart) { id, rest in
                let text = Self.string(buffer, id)
                guard ids.contains(text) else { return true }
                guard let entry = parse(buffer, from: rest) else {
                    malformed = true
                    return false
                }
                found[text] = entry
                return found.count < ids.count
            }
        }
        return malformed ? nil : found
    }

    /// The byte range of every worker, in the snapshot's order; nil when a worker line is malformed.
    var workers: [Range<Int>]? {
        var ranges: [Range<Int>] = []
        guard workerCount > 0 else { return ranges }
        bytes.withUnsafeBufferPointer { buffer in
            Self.forEachLine(buffer, from: entriesStart) { _, rest in
                guard let (kind, range) = parse(buffer, from: rest), kind == .worker else { return false }
                ranges.append(range)
                return ranges.count < workerCount
            }
        }
        return ranges.count == workerCount ? ranges : nil
    }

    /// Calls `body` with each line's id (up to its first space) and where the rest of the line
    /// starts, from `start` to the last newline, while `body` returns true.
    private static func forEachLine(_ buffer: UnsafeBufferPointer<UInt8>, from start: Int,
                                    _ body: (_ id: Range<Int>, _ rest: Int) -> Bool) {
        let base = buffer.baseAddress!
        var line = start
        while line < buffer.count, let found = memchr(base + line, 0x0A, buffer.count - line) {
            let end = UnsafePointer(found.assumingMemoryBound(to: UInt8.self)) - base
            let idEnd = buffer[line..<end].firstIndex(of: 0x20) ?? end
            // A line without a space has no rest: its newline, which no kind matches.
            guard body(line..<idEnd, min(idEnd + 1, end)) else { return }
            line = end + 1
        }
    }

    private static func string(_ buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: buffer[range]), as: UTF8.self)
    }

    /// `KIND OFFSET LENGTH\n` from `position`, a range within the snapshot.
    private func parse(_ buffer: UnsafeBufferPointer<UInt8>, from position: Int) -> (Kind, Range<Int>)? {
        var position = position
        guard position + 1 < buffer.count, let kind = Kind(rawValue: buffer[position]), buffer[position + 1] == 0x20 else { return nil }
        position += 2
        func number(endingWith terminator: UInt8) -> Int? {
            var value = 0
            let start = position
            while position < buffer.count, buffer[position] >= 0x30, buffer[position] <= 0x39, position - start < 15 {
                value = value * 10 + Int(buffer[position] - 0x30)
                position += 1
            }
            guard position > start, position < buffer.count, buffer[position] == terminator else { return nil }
            position += 1
            return value
        }
        guard let offset = number(endingWith: 0x20), let length = number(endingWith: 0x0A), length > 0,
              offset + length <= snapshotSize else { return nil }
        return (kind, offset..<(offset + length))
    }

    /// An id this format can hold: no space, control character or DEL.
    private static func writable(_ id: String) -> Bool {
        id.utf8.allSatisfy { $0 > 0x20 && $0 != 0x7F }
    }

    /// The index of `snapshot`, whose record arrays lie at `ranges` (by array key, as the
    /// snapshot decoder found them) and hold the records of `dataset` in the same order (a
    /// replayed journal only changes records in place and appends). Nil when an id cannot be
    /// written in this format or the counts do not agree.
    static func encode(describing snapshot: FileStatus, seq: Int, dataset: Dataset,
                       ranges: [String: [Range<Int>]]) -> Data? {
        var arrays: [(Kind, [String], [Range<Int>])] = []
        func add(_ kind: Kind, _ key: String, _ ids: [String]) -> Bool {
            let found = ranges[key] ?? []
            guard found.count <= ids.count else { return false }
            arrays.append((kind, Array(ids.prefix(found.count)), found))
            return true
        }
        guard add(.worker, "workers", dataset.workers.map(\.id)), add(.ticket, "tickets", dataset.tickets.map(\.id)),
              add(.cadre, "cadres", dataset.cadres.map(\.id)), add(.unit, "units", dataset.units.map(\.id)),
              arrays.allSatisfy({ $0.1.allSatisfy { !$0.isEmpty && writable($0) } })
        else { return nil }
        let records = arrays.reduce(0) { $0 + $1.1.count }
        let milliseconds = Int64((dataset.referenceDate.timeIntervalSince1970 * 1000).rounded())
        var text = [UInt8]()
        text.reserveCapacity(records * 32 + 128)
        let header = ([magic] + (Stamp(snapshot).numbers + [Int64(seq), milliseconds, Int64(records), Int64(arrays[0].1.count)])
            .map { String($0) }).joined(separator: " ")
        text.append(contentsOf: header.utf8)
        text.append(0x0A)
        for (kind, ids, found) in arrays {
            for (id, range) in zip(ids, found) {
                text.append(contentsOf: id.utf8)
                text.append(0x20)
                text.append(kind.rawValue)
                text.append(0x20)
                text.append(contentsOf: String(range.lowerBound).utf8)
                text.append(0x20)
                text.append(contentsOf: String(range.count).utf8)
                text.append(0x0A)
            }
        }
        return Data(text)
    }
}
