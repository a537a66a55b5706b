/// Where each record is, by id. An id as this program numbers them (`T-000123`, `C-00042`,
/// `U-007`, `W-01625`) is found by its number in an array; every other id by hashing it.
/// Hashing all 111,000 ids of the 100,000-ticket set into one dictionary took 0.025 s of its
/// opening, on one core, most of it cache misses; `validate()` then looks up every assignee.
struct RecordIndex: Sendable {
    /// The records whose ids have one prefix letter, by number.
    private struct Numbered: Sendable {
        let prefix: UInt8
        /// The digits the program writes (`zeroPadded`): an id has exactly these, or more with no
        /// leading zero, so that each number has one spelling (`T-0001234` is not `T-001234`).
        let width: Int
        /// Numbers from here on are hashed, so that a few far-apart ones cannot make `slots` large.
        let limit: Int
        /// `slot(ref)` of the record with number `n` at `n`; 0 for none.
        var slots: [Int] = []
    }

    private var numbered: [Numbered]
    private var others: [String: RecordRef] = [:]
    /// Ids held: fewer than the records added when an id repeats.
    private(set) var count = 0

    init(tickets: Int = 0, cadres: Int = 0, units: Int = 0, workers: Int = 0) {
        func numbered(_ prefix: Character, width: Int, records: Int) -> Numbered {
            Numbered(prefix: prefix.asciiValue!, width: width, limit: 4 * records + 1024)
        }
        self.numbered = [numbered("T", width: 6, records: tickets), numbered("C", width: 5, records: cadres),
                         numbered("U", width: 3, records: units), numbered("W", width: 5, records: workers)]
        self.numbered[0].slots.reserveCapacity(tickets + 1)
    }

    subscript(id: String) -> RecordRef? {
        guard let (table, number) = numberedPlace(id), number < numbered[table].limit else { return others[id] }
        return number < numbered[table].slots.count ? Self.ref(numbered[table].slots[number]) : nil
    }

    /// Adds the record, unless its id is held already: the first record keeps it.
    mutating func add(_ id: String, _ ref: RecordRef) {
        if let (table, number) = numberedPlace(id), number < numbered[table].limit {
            let held = numbered[table].slots.count
            if number >= held {
                numbered[table].slots.append(contentsOf: repeatElement(0, count: max(number + 1, 2 * held) - held))
            }
            guard numbered[table].slots[number] == 0 else { return }
            numbered[table].slots[number] = Self.slot(ref)
            count += 1
            return
        }
        // One hash per record; only a repeated id, which `validate()` refuses, takes a second.
        if let first = others.updateValue(ref, forKey: id) {
            others[id] = first
            return
        }
        count += 1
    }

    /// The table and number of an id as the program writes it: a prefix letter, `-`, then the
    /// table's width of digits, or more (at most 15) with no leading zero.
    private func numberedPlace(_ id: String) -> (table: Int, number: Int)? {
        var id = id
        return id.withUTF8 { bytes in
            guard bytes.count > 2, bytes[1] == UInt8(ascii: "-"),
                  let table = numbered.firstIndex(where: { $0.prefix == bytes[0] })
            else { return nil }
            let digits = bytes.count - 2, width = numbered[table].width
            guard digits == width || (digits > width && digits <= 15 && bytes[2] != UInt8(ascii: "0")) else { return nil }
            var number = 0
            for byte in bytes[2...] {
                guard byte >= 48, byte <= 57 else { return nil }
                number = number * 10 + Int(byte - 48)
            }
            return (table, number)
        }
    }

    /// A record's place as one number: its position plus one, times four, plus its kind.
    private static func slot(_ ref: RecordRef) -> Int {
        let (kind, position) = switch ref {
        case .ticket(let i): (0, i)
        case .cadre(let i): (1, i)
        case .unit(let i): (2, i)
        case .worker(let i): (3, i)
        }
        return (position + 1) << 2 | kind
    }

    private static func ref(_ slot: Int) -> RecordRef? {
        guard slot != 0 else { return nil }
        let position = Int(slot >> 2) - 1
        return switch slot & 3 {
        case 0: .ticket(position)
        case 1: .cadre(position)
        case 2: .unit(position)
        default: .worker(position)
        }
    }
}
