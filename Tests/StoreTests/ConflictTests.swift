import Domain
import Foundation
import Testing
@testable import Store

/// Two stores on one folder stand for two processes: each has its own memory and descriptors.
@Suite("Revision conflicts between stores")
struct ConflictTests {
    @Test func secondWriterIsRefusedWithWhoAndWhenThenSeesTheChange() throws {
        let directory = try StoreFixture.directory()
        let first = try DataStore.open(at: directory.data)
        let second = try DataStore.open(at: directory.data)
        let revision = try #require(second.dataset.revision(of: "T-000001"))

        try first.submit(Change(recordID: "T-000001", expectedRevision: revision,
                                operation: .classify(category: .roads, level: .grid)))
        let before = try DirectoryContents(directory.data)
        #expect {
            try second.submit(Change(recordID: "T-000001", expectedRevision: revision,
                                     operation: .closeInvalid(reason: "重复上报")))
        } throws: { error in
            guard let refusal = (error as? StoreError)?.refusal else { return false }
            return refusal.code == .revisionConflict
                && refusal.description.contains("T-000001 was changed by \(first.actor) at ")
                && refusal.description.contains("(revision 2, you had 1)")
        }
        #expect(try DirectoryContents(directory.data) == before)

        // The refused submit already caught up; refresh reports what it picked up.
        #expect(try second.refresh() == ["T-000001"])
        #expect(second.dataset == first.dataset)
        #expect(try second.refresh() == [])
        try second.submit(Change(recordID: "T-000001", expectedRevision: 2, operation: .closeInvalid(reason: "重复上报")))
        #expect(try first.refresh() == ["T-000001"])
        #expect(first.dataset.ticket("T-000001")?.status == .closed)
    }

    @Test func refreshPicksUpOnlyNewEvents() throws {
        let directory = try StoreFixture.directory()
        let writer = try DataStore.open(at: directory.data)
        let reader = try DataStore.open(at: directory.data, readOnly: true)
        #expect(try reader.refresh() == [])
        try writer.submit(StoreFixture.note("T-000004", "一"))
        try writer.submit(StoreFixture.note("T-000005", "二"))
        #expect(try reader.refresh() == ["T-000004", "T-000005"])
        #expect(reader.sequence == 2)
        #expect(try reader.refresh() == [])
        #expect(reader.dataset == writer.dataset)
    }

    @Test func createsFromTwoStoresGetDistinctIDs() throws {
        let directory = try StoreFixture.directory()
        let first = try DataStore.open(at: directory.data)
        let second = try DataStore.open(at: directory.data)
        let new = NewTicket(title: "积水", description: "雨后积水", location: StoreFixture.location,
                            reporterName: "赵敏", reporterPhone: "13700000000")
        let a = try first.submit(Change(recordID: "", operation: .create(new)))
        let b = try second.submit(Change(recordID: "", operation: .create(new)))
        #expect(a.recordID == "T-000006" && b.recordID == "T-000007")
        _ = try first.refresh()
        #expect(first.dataset == second.dataset)
        #expect(try DataStore.open(at: directory.data).dataset == first.dataset)
    }
}
