import Foundation

/// The lower-cased searchable text of every record (a ticket's id, title, description and notes; a
/// cadre's name, id, unit and post) in one buffer, each followed by a zero byte, so a search is one
/// `memchr`-driven scan over all of them rather than a `String` operation per record.
public struct SearchText: Sendable {
    private var bytes: [UInt8] = []
    /// Where each record's text starts; the last entry is the end of the buffer.
    private var starts: [Int] = [0]

    /// The text of `count` records, each given as its fields by position.
    public init(count: Int, fields: (Int) -> [String]) {
        for i in 0..<count { append(fields(i)) }
    }

    /// The records of `parts`, in order, as one text.
    public init(joining parts: [SearchText]) {
        bytes.reserveCapacity(parts.reduce(0) { $0 + $1.bytes.count })
        starts.reserveCapacity(parts.reduce(1) { $0 + $1.count })
        for part in parts {
            let offset = bytes.count
            bytes += part.bytes
            starts += part.starts.dropFirst().map { $0 + offset }
        }
    }

    public var count: Int { starts.count - 1 }

    public mutating func append(_ fields: [String]) {
        Self.append(fields, to: &bytes)
        bytes.append(0)
        starts.append(bytes.count)
    }

    /// Replaces one record's text; the records after it move along.
    public mutating func replace(_ fields: [String], at index: Int) {
        let new = Self.text(fields) + [0]
        let range = starts[index]..<starts[index + 1]
        let delta = new.count - range.count
        bytes.replaceSubrange(range, with: new)
        if delta != 0 {
            for k in (index + 1)..<starts.count { starts[k] += delta }
        }
    }

    /// Whether each record's text contains `query` (lower-cased, trimmed).
    public func matches(_ query: String) -> [Bool] {
        var keep = [Bool](repeating: false, count: count)
        mark(Self.normalized(query.trimmingCharacters(in: .whitespaces)), into: &keep)
        return keep
    }

    /// Marks in `into` the records whose text contains `needle` (from `normalized(_:)`).
    func mark(_ needle: [UInt8], into matches: inout [Bool]) {
        guard !needle.isEmpty else { return }
        bytes.withUnsafeBytes { hay in
            needle.withUnsafeBytes { pattern in
                guard let base = hay.baseAddress, let pattern = pattern.baseAddress else { return }
                let length = needle.count
                let last = Int32(needle[length - 1])
                var position = length - 1
                var ticket = 0
                // memchr for the needle's last byte (in UTF-8 Chinese a continuation byte, which
                // varies more than a lead byte), then compare the bytes before it.
                while position < hay.count, let found = memchr(base + position, last, hay.count - position) {
                    let end = base.distance(to: UnsafeRawPointer(found))
                    let start = end - (length - 1)
                    guard memcmp(base + start, pattern, length) == 0 else {
                        position = end + 1
                        continue
                    }
                    while starts[ticket + 1] <= start { ticket += 1 }
                    matches[ticket] = true
                    // One hit is enough: go on from the next ticket.
                    position = starts[ticket + 1] + length - 1
                }
            }
        }
    }

    /// Lower case, without zero bytes (the separator), as UTF-8.
    static func normalized(_ text: String) -> [UInt8] {
        var bytes: [UInt8] = []
        append(text, to: &bytes)
        return bytes
    }

    /// Appends `text` lower-cased. ASCII and CJK text (nearly all of it) is folded byte by byte;
    /// text with other letters that have case (Latin-1 and beyond, Greek, Cyrillic: lead bytes
    /// 0xC3–0xD4) goes through `lowercased()`. The byte path is what keeps building the index of
    /// 100,000 tickets fast.
    private static func append(_ text: String, to bytes: inout [UInt8]) {
        var contiguous = text
        contiguous.withUTF8 { utf8 in
            if utf8.contains(where: { (0xC3...0xD4).contains($0) }) {
                bytes += text.lowercased().utf8.filter { $0 != 0 }
                return
            }
            // Copied whole, then folded in place: a byte at a time through `append` is slower.
            let start = bytes.count
            bytes.append(contentsOf: utf8)
            var zeros = false
            bytes.withUnsafeMutableBufferPointer { folded in
                for i in start..<folded.count {
                    if (0x41...0x5A).contains(folded[i]) { folded[i] |= 0x20 } else if folded[i] == 0 { zeros = true }
                }
            }
            if zeros { bytes.replaceSubrange(start..., with: bytes[start...].filter { $0 != 0 }) }
        }
    }

    /// The fields, lower-cased, one line each.
    private static func append(_ fields: [String], to bytes: inout [UInt8]) {
        for (i, field) in fields.enumerated() {
            if i > 0 { bytes.append(0x0A) }
            append(field, to: &bytes)
        }
    }

    private static func text(_ fields: [String]) -> [UInt8] {
        var bytes: [UInt8] = []
        append(fields, to: &bytes)
        return bytes
    }
}
