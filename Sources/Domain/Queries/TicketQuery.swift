import Foundation

/// Filtering and sorting of tickets into index arrays: the table keeps indices and draws only the
/// visible rows. Keys are computed once per call, never inside a comparison.
public enum TicketQuery {
    /// Indices of `tickets` matching `filter`, ascending. `search` is needed only for a text filter
    /// and must have been built from the same tickets.
    public static func filter(_ tickets: [Ticket], _ filter: TicketFilter, now: Date,
                              search: TicketSearchIndex? = nil) -> [Int] {
        let needle = TicketSearchIndex.normalized(filter.text.trimmingCharacters(in: .whitespaces))
        let index = needle.isEmpty ? nil : (search ?? TicketSearchIndex(tickets))
        precondition(index.map { $0.count == tickets.count } ?? true, "search index is stale")
        var result: [Int] = []
        result.reserveCapacity(tickets.count)
        for (i, t) in tickets.enumerated() {
            if !filter.statuses.isEmpty && !filter.statuses.contains(t.status) { continue }
            if !filter.levels.isEmpty && !filter.levels.contains(t.level) { continue }
            if !filter.categories.isEmpty && !(t.category.map(filter.categories.contains) ?? false) { continue }
            if let d = filter.district, t.location.district != d { continue }
            if let s = filter.street, t.location.street != s { continue }
            if let c = filter.community, t.location.community != c { continue }
            if let g = filter.grid, t.location.grid != g { continue }
            if filter.openOnly && !t.isOpen { continue }
            if filter.overdueOnly && !t.isOverdue(now: now) { continue }
            if let who = filter.claimedBy, t.claimedBy != who { continue }
            if filter.unassignedOnly && !(t.isOpen && t.assignee == nil) { continue }
            if let index, !index.contains(i, needle) { continue }
            result.append(i)
        }
        return result
    }

    /// `indices` reordered by `key`. Ties keep ascending index order, so the result is
    /// deterministic; missing values (no assignee, no rating, no running clock) go last either way.
    public static func sort(_ indices: [Int], of tickets: [Ticket], by key: TicketSortKey,
                            ascending: Bool = true, now: Date) -> [Int] {
        func text(_ value: (Ticket) -> String?) -> [Int] {
            let keys: [[UInt8]?] = indices.map { value(tickets[$0]).map { Array($0.utf8) } }
            return order(indices, count: keys.count, ascending: ascending, isMissing: { keys[$0] == nil }) { a, b in
                compareBytes(keys[a]!, keys[b]!)
            }
        }
        func number(_ value: (Ticket) -> Double?) -> [Int] {
            let keys: [Double?] = indices.map { value(tickets[$0]) }
            return order(indices, count: keys.count, ascending: ascending, isMissing: { keys[$0] == nil }) { a, b in
                keys[a]! < keys[b]! ? -1 : (keys[a]! > keys[b]! ? 1 : 0)
            }
        }
        switch key {
        case .id: return number { Dataset.ticketNumber($0.id).map(Double.init) }
        case .title: return text { $0.title }
        case .category: return number { t in t.category.flatMap { TicketCategory.allCases.firstIndex(of: $0) }.map(Double.init) }
        case .level: return number { Double($0.level.rank) }
        case .status: return number { t in TicketStatus.allCases.firstIndex(of: t.status).map(Double.init) }
        case .urgent: return number { $0.urgent ? 1 : 0 }
        case .district: return text { $0.location.district }
        case .street: return text { $0.location.path(to: .street) }
        case .community: return text { $0.location.path(to: .community) }
        case .grid: return text { $0.location.path(to: .grid) }
        case .assignee: return text { $0.assignee }
        case .claimedBy: return text { $0.claimedBy }
        case .createdAt: return number { $0.createdAt.timeIntervalSince1970 }
        case .deadline: return number { $0.deadline.timeIntervalSince1970 }
        case .timeLeft: return number { $0.timeLeft(now: now) }
        case .updatedAt: return number { $0.updatedAt?.timeIntervalSince1970 }
        case .reopenCount: return number { Double($0.reopenCount) }
        case .rating: return number { $0.rating.map { Double($0.score) } }
        }
    }

    /// Sorts positions `0..<count` with `compare` (negative, zero, positive) and maps them back.
    private static func order(_ indices: [Int], count: Int, ascending: Bool, isMissing: (Int) -> Bool,
                              compare: (Int, Int) -> Int) -> [Int] {
        let positions = (0..<count).sorted { a, b in
            let ma = isMissing(a)
            let mb = isMissing(b)
            if ma != mb { return mb }
            if !ma {
                let c = compare(a, b)
                if c != 0 { return ascending ? c < 0 : c > 0 }
            }
            return indices[a] < indices[b]
        }
        return positions.map { indices[$0] }
    }

    /// Byte order of UTF-8, which is Unicode code point order.
    private static func compareBytes(_ a: [UInt8], _ b: [UInt8]) -> Int {
        a.withUnsafeBufferPointer { pa in
            b.withUnsafeBufferPointer { pb in
                let n = min(pa.count, pb.count)
                if n > 0, let x = pa.baseAddress, let y = pb.baseAddress {
                    let c = memcmp(x, y, n)
                    if c != 0 { return Int(c) }
                }
                return pa.count - pb.count
            }
        }
    }
}
