import Foundation

/// The queue's view of every ticket as columns of small numbers plus one search buffer, built once
/// per data set and kept up to date ticket by ticket, so filtering 100,000 tickets is a scan of
/// plain arrays and sorting is a radix sort of precomputed keys. Reading `Ticket` structs in the
/// loop instead costs retain/release of a dozen fields per ticket (25–80 ms at 100,000).
public struct TicketIndex: Sendable {
    private var status: [UInt8] = []
    private var level: [UInt8] = []
    /// -1: not classified yet.
    private var category: [Int8] = []
    private var urgent: [Bool] = []
    /// The location path to each level (district, street, community, grid) as numbers.
    private var places: [[Int32]] = Array(repeating: [], count: 4)
    private var placeTables = Array(repeating: InternTable(), count: 4)
    /// The last name of each interned path, for filters that name a street, community or grid.
    private var placeNames: [[String]] = Array(repeating: [], count: 4)
    /// Each location's path numbers, by the bytes of its four names (equal bytes, equal names).
    private var locations: [LocationKey: [Int32]] = [:]
    private var people = InternTable()
    /// -1: nobody.
    private var assignee: [Int32] = []
    private var claimedBy: [Int32] = []
    private var titles = InternTable()
    private var title: [Int32] = []
    /// The number in the id, -1 when the id has none.
    private var number: [Int64] = []
    private var createdAt: [Double] = []
    private var deadline: [Double] = []
    /// NaN: never updated.
    private var updatedAt: [Double] = []
    private var reopenCount: [Int32] = []
    /// -1: not rated.
    private var rating: [Int8] = []
    /// Made on first use (a text filter, a change) or by `prepareSearch()`.
    private var text = DeferredSearchText([])

    private static let levels = TicketLevel.allCases
    private static let statuses = TicketStatus.allCases
    private static let categories = TicketCategory.allCases
    private static let placeLevels: [TicketLevel] = [.district, .street, .community, .grid]

    /// The columns are built in pieces, one per core, then joined; the search text waits until
    /// it is first needed.
    public init(_ tickets: [Ticket]) {
        self.init(tickets, columnPieces: Self.columnPieces(tickets.count))
    }

    /// With `columnPieces` pieces of columns (1 builds them in one pass, as a test's reference).
    init(_ tickets: [Ticket], columnPieces: Int) {
        let columns = Range.pieces(of: tickets.count, size: max(1, (tickets.count + columnPieces - 1) / columnPieces))
        let parts = [TicketIndex](concurrently: columns.count) { TicketIndex(columnsOf: tickets, columns[$0]) }
        for (k, part) in parts.enumerated() {
            if k == 0 { self = part } else { append(part) }
        }
        text = DeferredSearchText(tickets)
    }

    /// Whether the search text is still to be made, and nothing is making it.
    public var searchIsWaiting: Bool { text.isWaiting }

    /// Starts making the search text on another thread, so the first search does not wait: for
    /// the app once its first frame is on screen.
    public func prepareSearch() {
        text.prepare()
    }

    /// A piece per 4,096 tickets, up to two per core. Several per core, because the index is
    /// built beside other work (`sideBySide`): with one per core, one core finished early and
    /// idled for 0.03 s of the 100,000-ticket start. No more than the size asks, because each
    /// piece finds and interns every place of its own again (half the index's work at 10,000).
    private static func columnPieces(_ count: Int) -> Int {
        max(1, min(count / 4_096, 2 * ProcessInfo.processInfo.activeProcessorCount))
    }

    /// Every column but the search text, of the tickets in `range`.
    private init(columnsOf tickets: [Ticket], _ range: Range<Int>) {
        tickets.withUnsafeBufferPointer { tickets in
            for i in range { update(tickets.baseAddress! + i, at: i - range.lowerBound, withText: false) }
        }
    }

    /// Adds the next piece's columns, renumbering its names into this index's tables. Names are
    /// numbered in the order first seen, and the piece's tables list its names in that order, so
    /// the numbers come out as one pass over all the tickets would give them.
    private mutating func append(_ piece: TicketIndex) {
        for k in 0..<4 {
            let known = placeTables[k].values.count
            let numbers = Self.renumbering(piece.placeTables[k], into: &placeTables[k])
            for (id, number) in numbers.enumerated() where Int(number) >= known { placeNames[k].append(piece.placeNames[k][id]) }
            places[k] += Self.renumbered(piece.places[k], numbers)
        }
        let people = Self.renumbering(piece.people, into: &self.people)
        assignee += Self.renumbered(piece.assignee, people)
        claimedBy += Self.renumbered(piece.claimedBy, people)
        title += Self.renumbered(piece.title, Self.renumbering(piece.titles, into: &titles))
        status += piece.status
        level += piece.level
        category += piece.category
        urgent += piece.urgent
        number += piece.number
        createdAt += piece.createdAt
        deadline += piece.deadline
        updatedAt += piece.updatedAt
        reopenCount += piece.reopenCount
        rating += piece.rating
    }

    /// The number in `own` of each of `table`'s names, by the table's numbers; new names are added.
    private static func renumbering(_ table: InternTable, into own: inout InternTable) -> [Int32] {
        table.values.map { own.intern($0) }
    }

    /// A column in another table's numbers; negative numbers (nobody) stay.
    private static func renumbered(_ column: [Int32], _ numbers: [Int32]) -> [Int32] {
        column.map { $0 < 0 ? $0 : numbers[Int($0)] }
    }

    public var count: Int { status.count }

    /// Each ticket's district as a number, and the districts' names by number, so a count by
    /// district hashes no name per ticket.
    public var districts: (ids: [Int32], names: [String]) { (places[0], placeNames[0]) }

    /// Takes in a changed ticket, or appends a created one when `index == count`.
    public mutating func update(_ ticket: Ticket, at index: Int) {
        withUnsafePointer(to: ticket) { update($0, at: index, withText: true) }
    }

    /// By pointer, each field read where it is needed: passing a ticket from an array, even to a
    /// `borrowing` parameter, copies it and retains each of its strings and arrays.
    private mutating func update(_ t: UnsafePointer<Ticket>, at index: Int, withText: Bool) {
        precondition(index <= count, "ticket index \(index) beyond the index's \(count)")
        let appending = index == count
        func set<T>(_ column: inout [T], _ value: T) {
            if appending { column.append(value) } else { column[index] = value }
        }
        set(&status, UInt8(Self.statuses.firstIndex(of: t.pointee.status)!))
        set(&level, UInt8(Self.levels.firstIndex(of: t.pointee.level)!))
        set(&category, t.pointee.category.flatMap { Self.categories.firstIndex(of: $0) }.map(Int8.init) ?? -1)
        set(&urgent, t.pointee.urgent)
        let placeIDs = placeIDs(of: t.pointee.location)
        for k in 0..<4 { set(&places[k], placeIDs[k]) }
        set(&assignee, t.pointee.assignee.map { people.intern($0) } ?? -1)
        set(&claimedBy, t.pointee.claimedBy.map { people.intern($0) } ?? -1)
        set(&title, titles.intern(t.pointee.title))
        set(&number, Dataset.ticketNumber(t.pointee.id).map(Int64.init) ?? -1)
        set(&createdAt, t.pointee.createdAt.timeIntervalSinceReferenceDate)
        set(&deadline, t.pointee.deadline.timeIntervalSinceReferenceDate)
        set(&updatedAt, t.pointee.updatedAt?.timeIntervalSinceReferenceDate ?? .nan)
        set(&reopenCount, Int32(clamping: t.pointee.reopenCount))
        set(&rating, t.pointee.rating.map { Int8(clamping: $0.score) } ?? -1)
        guard withText else { return }
        if !isKnownUniquelyReferenced(&text) { text = text.copy() }
        let fields = t.pointee.searchFields
        text.withText { text in
            if appending { text.append(fields) } else { text.replace(fields, at: index) }
        }
    }

    /// The numbers of a location's path at each level. Tickets share a few hundred locations, so
    /// the paths are built and interned once per location, not per ticket.
    private mutating func placeIDs(of location: TicketLocation) -> [Int32] {
        let key = LocationKey(location)
        if let known = locations[key] { return known }
        let ids = Self.placeLevels.enumerated().map { k, level in
            let id = placeTables[k].intern(location.path(to: level))
            if Int(id) == placeNames[k].count { placeNames[k].append(location.name(at: level)) }
            return id
        }
        locations[key] = ids
        return ids
    }

    /// A location by the bytes of its names; a cache key, where bytes that differ may still name
    /// the same place (the intern tables then give both the same numbers). The four names are
    /// hashed once, together, and compared only when the hashes agree: hashing each with
    /// `Hasher` was most of the index's cost per ticket.
    private struct LocationKey: Hashable {
        /// First, so the synthesized `==` compares it before any name.
        let digest: UInt64
        let district, street, community, grid: UTF8Key

        init(_ l: borrowing TicketLocation) {
            (district, street, community, grid) = (UTF8Key(l.district), UTF8Key(l.street), UTF8Key(l.community), UTF8Key(l.grid))
            var hash = ByteHash()
            district.withBytes { hash.add(UnsafeRawBufferPointer($0)) }
            street.withBytes { hash.add(UnsafeRawBufferPointer($0)) }
            community.withBytes { hash.add(UnsafeRawBufferPointer($0)) }
            grid.withBytes { hash.add(UnsafeRawBufferPointer($0)) }
            digest = hash.value
        }

        func hash(into hasher: inout Hasher) { hasher.combine(digest) }
    }

    /// For each ticket, whether it passes `filter` at `now`.
    public func matches(_ filter: TicketFilter, now: Date) -> [Bool] {
        let needle = SearchText.normalized(filter.text.trimmingCharacters(in: .whitespaces))
        var keep = [Bool](repeating: needle.isEmpty, count: count)
        if !needle.isEmpty { text.withText { $0.mark(needle, into: &keep) } }
        let statusMask = filter.statuses.isEmpty ? nil : Self.statuses.map(filter.statuses.contains)
        let levelMask = filter.levels.isEmpty ? nil : Self.levels.map(filter.levels.contains)
        let categoryMask = filter.categories.isEmpty ? nil : Self.categories.map(filter.categories.contains)
        let placeMasks: [[Bool]?] = [filter.district, filter.street, filter.community, filter.grid].enumerated().map { k, name in
            name.map { name in placeNames[k].map { $0 == name } }
        }
        let open = Self.statuses.map(\.isOpen)
        // A claimer nobody has claimed anything as matches no ticket.
        let claimer = filter.claimedBy.map { people.id(of: $0) ?? -2 }
        let seconds = now.timeIntervalSinceReferenceDate
        for i in keep.indices where keep[i] {
            let s = Int(status[i])
            var pass = statusMask?[s] ?? true
            pass = pass && (levelMask?[Int(level[i])] ?? true)
            if pass, let categoryMask { pass = category[i] >= 0 && categoryMask[Int(category[i])] }
            for k in 0..<4 where pass { pass = placeMasks[k]?[Int(places[k][i])] ?? true }
            if filter.openOnly || filter.overdueOnly || filter.unassignedOnly { pass = pass && open[s] }
            if filter.overdueOnly { pass = pass && seconds > deadline[i] }
            if filter.unassignedOnly { pass = pass && assignee[i] < 0 }
            if let claimer { pass = pass && claimedBy[i] == claimer }
            keep[i] = pass
        }
        return keep
    }

    /// Indices of the tickets that pass `filter`, ascending.
    public func filter(_ filter: TicketFilter, now: Date) -> [Int] {
        let keep = matches(filter, now: now)
        return keep.indices.filter { keep[$0] }
    }

    /// `indices` ordered by `key`. Equal keys keep the order of `indices`; tickets without a value
    /// (no assignee, no rating, no running clock) go last either way, in the order given.
    public func sorted(_ indices: [Int], by key: TicketSortKey, ascending: Bool = true) -> [Int] {
        var present: [Int] = []
        var keys: [UInt64] = []
        var missing: [Int] = []
        present.reserveCapacity(indices.count)
        keys.reserveCapacity(indices.count)
        let value = keyFunction(key)
        for i in indices {
            if let k = value(i) {
                present.append(i)
                keys.append(ascending ? k : ~k)
            } else {
                missing.append(i)
            }
        }
        return RadixSort.order(keys).map { present[Int($0)] } + missing
    }

    /// The sort key of ticket `i`, or nil when it has no value for this column.
    private func keyFunction(_ key: TicketSortKey) -> (Int) -> UInt64? {
        func ranked(_ column: [Int32], _ table: InternTable) -> (Int) -> UInt64? {
            let ranks = table.ranks()
            return { column[$0] < 0 ? nil : ranks[Int(column[$0])] }
        }
        func time(_ column: [Double]) -> (Int) -> UInt64? {
            { column[$0].isNaN ? nil : RadixSort.key(column[$0]) }
        }
        switch key {
        case .id: return { number[$0] < 0 ? nil : UInt64(number[$0]) }
        case .title: return ranked(title, titles)
        case .category: return { category[$0] < 0 ? nil : UInt64(category[$0]) }
        case .level:
            let ranks = Self.levels.map { UInt64($0.rank) }
            return { ranks[Int(level[$0])] }
        case .status: return { UInt64(status[$0]) }
        case .urgent: return { urgent[$0] ? 1 : 0 }
        case .district: return ranked(places[0], placeTables[0])
        case .street: return ranked(places[1], placeTables[1])
        case .community: return ranked(places[2], placeTables[2])
        case .grid: return ranked(places[3], placeTables[3])
        case .assignee: return ranked(assignee, people)
        case .claimedBy: return ranked(claimedBy, people)
        case .handler:
            let ranks = people.ranks()
            return { i in
                let who = claimedBy[i] >= 0 ? claimedBy[i] : assignee[i]
                return who < 0 ? nil : ranks[Int(who)]
            }
        case .createdAt: return time(createdAt)
        case .deadline: return time(deadline)
        case .timeLeft:
            // Time left is the deadline minus now for every open ticket: the same order, at any now.
            let open = Self.statuses.map(\.isOpen)
            return { open[Int(status[$0])] ? RadixSort.key(deadline[$0]) : nil }
        case .updatedAt: return time(updatedAt)
        case .reopenCount: return { UInt64(reopenCount[$0]) }
        case .rating: return { rating[$0] < 0 ? nil : UInt64(rating[$0]) }
        }
    }
}

extension Ticket {
    /// What the queue's search looks in: the id, title, description and every note.
    var searchFields: [String] { [id, title, description] + notes.map(\.text) }
}
