import Foundation

/// The lower-cased text of every ticket (id, title, description, notes) in one buffer, each
/// followed by a zero byte, so a search is one `memchr`-driven scan over the whole queue rather than a
/// `String` operation per ticket.
struct SearchText: Sendable {
    private var bytes: [UInt8] = []
    /// Where each ticket's text starts; the last entry is the end of the buffer.
    private var starts: [Int] = [0]

    init(_ tickets: [Ticket]) {
        for ticket in tickets { append(ticket) }
    }

    var count: Int { starts.count - 1 }

    mutating func append(_ ticket: Ticket) {
        bytes += Self.text(of: ticket)
        bytes.append(0)
        starts.append(bytes.count)
    }

    /// Replaces one ticket's text; the tickets after it move along.
    mutating func replace(_ ticket: Ticket, at index: Int) {
        let new = Self.text(of: ticket) + [0]
        let range = starts[index]..<starts[index + 1]
        let delta = new.count - range.count
        bytes.replaceSubrange(range, with: new)
        if delta != 0 {
            for k in (index + 1)..<starts.count { starts[k] += delta }
        }
    }

    /// Marks in `into` the tickets whose text contains `needle` (from `normalized(_:)`).
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
        if text.utf8.contains(where: { (0xC3...0xD4).contains($0) }) {
            bytes += text.lowercased().utf8.filter { $0 != 0 }
            return
        }
        for byte in text.utf8 where byte != 0 {
            bytes.append((0x41...0x5A).contains(byte) ? byte | 0x20 : byte)
        }
    }

    private static func text(of ticket: Ticket) -> [UInt8] {
        var bytes: [UInt8] = []
        append(ticket.id, to: &bytes)
        for part in [ticket.title, ticket.description] + ticket.notes.map(\.text) {
            bytes.append(0x0A)
            append(part, to: &bytes)
        }
        return bytes
    }
}
