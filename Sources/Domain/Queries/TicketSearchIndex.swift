/// Lower-cased UTF-8 text of each ticket (id, title, description, notes), built once per data set
/// change so a search is a byte scan, not a `String` operation per ticket.
public struct TicketSearchIndex: Sendable {
    private var texts: [[UInt8]]

    public init(_ tickets: [Ticket]) {
        texts = tickets.map(Self.text)
    }

    public var count: Int { texts.count }

    /// Refreshes one ticket after a change (or appends a created one).
    public mutating func update(_ ticket: Ticket, at index: Int) {
        if index == texts.count {
            texts.append(Self.text(ticket))
        } else {
            texts[index] = Self.text(ticket)
        }
    }

    /// Whether ticket `index` contains `needle`, which must come from `normalized(_:)`.
    func contains(_ index: Int, _ needle: [UInt8]) -> Bool {
        let hay = texts[index]
        guard !needle.isEmpty else { return true }
        guard hay.count >= needle.count else { return false }
        return hay.withUnsafeBufferPointer { h in
            needle.withUnsafeBufferPointer { n in
                let first = n[0]
                let last = h.count - n.count
                var i = 0
                while i <= last {
                    if h[i] == first {
                        var k = 1
                        while k < n.count && h[i + k] == n[k] { k += 1 }
                        if k == n.count { return true }
                    }
                    i += 1
                }
                return false
            }
        }
    }

    static func normalized(_ text: String) -> [UInt8] { Array(text.lowercased().utf8) }

    private static func text(_ ticket: Ticket) -> [UInt8] {
        var text = ticket.id + "\n" + ticket.title + "\n" + ticket.description
        for note in ticket.notes { text += "\n" + note.text }
        return normalized(text)
    }
}
