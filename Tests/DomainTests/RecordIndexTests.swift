import Testing
@testable import Domain

/// The index keeps canonical ticket ids by number and every other id in a dictionary; either
/// way it must answer as one dictionary would, with the first record of a repeated id kept.
@Suite("Record index")
struct RecordIndexTests {
    /// What `RecordIndex` must agree with: a dictionary where the first record of an id wins.
    private struct Reference {
        var refs: [String: RecordRef] = [:]
        mutating func add(_ id: String, _ ref: RecordRef) {
            if refs[id] == nil { refs[id] = ref }
        }
    }

    @Test func canonicalAndOtherIdsAreFound() {
        var index = RecordIndex(tickets: 3, cadres: 1, units: 1)
        index.add("T-000001", .ticket(0))
        index.add("T-1234567", .ticket(1))
        index.add("T-123", .ticket(2))
        index.add("C-00001", .cadre(0))
        index.add("U-01", .unit(0))
        index.add("W-01625", .worker(0))
        #expect(index["T-000001"] == .ticket(0))
        #expect(index["T-1234567"] == .ticket(1))
        #expect(index["T-123"] == .ticket(2))
        #expect(index["T-000123"] == nil)
        #expect(index["C-00001"] == .cadre(0))
        #expect(index["U-01"] == .unit(0))
        #expect(index["W-01625"] == .worker(0))
        #expect(index["W-1625"] == nil)
        #expect(index.count == 6)
    }

    /// `T-0001234` and `T-001234` are different ids, though both say 1234: only the six-digit
    /// form is kept by number, so each finds its own record.
    @Test func leadingZerosKeepIdsApart() {
        var index = RecordIndex(tickets: 2)
        index.add("T-0001234", .ticket(0))
        index.add("T-001234", .ticket(1))
        #expect(index["T-0001234"] == .ticket(0))
        #expect(index["T-001234"] == .ticket(1))
        #expect(index.count == 2)
    }

    @Test(arguments: ["", "T-", "T-000000", "T-999999", "T-000002", "C-00002", "t-000001", "T-00000１", "T-0000001"])
    func absentIdsAreNotFound(id: String) {
        var index = RecordIndex(tickets: 1, cadres: 1)
        index.add("T-000001", .ticket(0))
        index.add("C-00001", .cadre(0))
        #expect(index[id] == nil)
    }

    @Test func theFirstRecordOfARepeatedIdWins() {
        var index = RecordIndex(tickets: 2, cadres: 2)
        index.add("T-000005", .ticket(0))
        index.add("T-000005", .ticket(1))
        index.add("C-00001", .cadre(0))
        index.add("C-00001", .cadre(1))
        #expect(index["T-000005"] == .ticket(0))
        #expect(index["C-00001"] == .cadre(0))
        #expect(index.count == 2)
    }

    /// A cadre may carry a ticket-shaped id; whichever record comes first keeps it.
    @Test func aTicketShapedIdOfAnotherKind() {
        var cadreFirst = RecordIndex(tickets: 1, cadres: 1)
        cadreFirst.add("T-000007", .cadre(0))
        cadreFirst.add("T-000007", .ticket(0))
        #expect(cadreFirst["T-000007"] == .cadre(0))
        #expect(cadreFirst.count == 1)

        var ticketFirst = RecordIndex(tickets: 1, cadres: 1)
        ticketFirst.add("T-000007", .ticket(0))
        ticketFirst.add("T-000007", .cadre(0))
        #expect(ticketFirst["T-000007"] == .ticket(0))
        #expect(ticketFirst.count == 1)
    }

    /// A few far-apart numbers go to the dictionary rather than growing the array to them.
    @Test func numbersPastTheLimitAreStillFound() {
        var index = RecordIndex(tickets: 2)
        index.add("T-000001", .ticket(0))
        index.add("T-99999999999", .ticket(1))
        index.add("T-99999999999", .ticket(2))
        #expect(index["T-000001"] == .ticket(0))
        #expect(index["T-99999999999"] == .ticket(1))
        #expect(index["T-99999999998"] == nil)
        #expect(index.count == 2)
    }

    /// Ids drawn from a small pool of every shape, with repeats, in many orders: the index and a
    /// first-wins dictionary answer alike for every id of the pool.
    @Test func agreesWithADictionary() {
        let pool = ["T-000001", "T-000002", "T-000999", "T-001000", "T-1000000", "T-123", "T-0000001",
                    "T-999999999", "C-00001", "C-00002", "C-0001", "C-100000", "U-001", "U-1", "W-00001", "W-1",
                    "", "T-", "-", "格-1", "T-000003", "T-00000a", "X-000001"]
        var state: UInt64 = 7
        func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int(state >> 33) % bound
        }
        for _ in 0..<200 {
            var index = RecordIndex(tickets: next(8), cadres: next(4), workers: next(2))
            var reference = Reference()
            for position in 0..<next(24) {
                let id = pool[next(pool.count)]
                let ref: RecordRef = switch next(4) {
                case 0: .cadre(position)
                case 1: .unit(position)
                case 2: .worker(position)
                default: .ticket(position)
                }
                index.add(id, ref)
                reference.add(id, ref)
            }
            for id in pool { #expect(index[id] == reference.refs[id], "\(id)") }
            #expect(index.count == reference.refs.count)
        }
    }
}
