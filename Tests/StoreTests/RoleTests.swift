import Domain
import Foundation
import Testing
@testable import Store

/// The tests run as root (the only account that may pass `actorOverride`), so other users are
/// played through it.
@Suite("Roles and permissions")
struct RoleTests {
    private let cadreChange = Change(recordID: "C-00001", operation: .review)
    private let ticketChange = StoreFixture.note("T-000001", "看过")

    private func writeConfig(_ json: String, in directory: TemporaryDirectory) throws {
        try json.write(toFile: directory.path("config.json"), atomically: false, encoding: .utf8)
    }

    @Test(.enabled(if: getuid() == 0, "needs root to act as other users"))
    func ownerMayDoEverythingOthersOnlyRead() throws {
        let directory = try StoreFixture.directory()
        let owner = try DataStore.open(at: directory.data)
        #expect(owner.permissions == .everything)
        try owner.submit(ticketChange)

        let other = try DataStore.open(at: directory.data, actorOverride: "bob")
        #expect(other.actor == "bob" && other.via == "root")
        #expect(other.permissions.isReadOnly)
        #expect {
            try other.submit(StoreFixture.note("T-000001", "我也来"))
        } throws: { error in
            "\(error)".hasPrefix("read-only: bob does not own \(directory.data.path)")
        }
    }

    @Test(.enabled(if: getuid() == 0, "needs root to act as other users"))
    func configNamesOperatorsAndSupervisors() throws {
        let directory = try StoreFixture.directory()
        try writeConfig(#"{"operators":["alice"],"supervisors":["carol"]}"#, in: directory)
        let config = directory.path("config.json")

        let alice = try DataStore.open(at: directory.data, actorOverride: "alice")
        #expect(alice.permissions.canChangeTickets && !alice.permissions.canChangeCadres)
        let applied = try alice.submit(ticketChange)
        #expect(applied.event.actor == "alice")
        #expect {
            try alice.submit(cadreChange)
        } throws: { error in
            "\(error)" == "alice is an operator, not a supervisor, in \(config): only supervisors change cadres and report cards"
        }

        let carol = try DataStore.open(at: directory.data, actorOverride: "carol")
        #expect(carol.permissions == .everything)
        try carol.submit(cadreChange)
        try carol.submit(StoreFixture.note("T-000002", "督导"))

        let bob = try DataStore.open(at: directory.data, actorOverride: "bob")
        #expect {
            try bob.submit(StoreFixture.note("T-000003", "路过"))
        } throws: { error in
            "\(error)" == "read-only: bob is not an operator in \(config)"
        }
        // With a config file, owning the folder is no longer enough.
        #expect(try DataStore.open(at: directory.data).permissions.isReadOnly)
    }

    @Test(.enabled(if: getuid() == 0, "needs root to act as other users"))
    func rootActingForSomeoneIsRecordedWithBothNames() throws {
        let directory = try StoreFixture.directory()
        try writeConfig(#"{"operators":["alice"]}"#, in: directory)
        let store = try DataStore.open(at: directory.data, actorOverride: "alice")
        try store.submit(ticketChange)
        let line = try String(contentsOfFile: directory.path("journal.jsonl"), encoding: .utf8)
        #expect(line.contains(#""actor":"alice""#) && line.contains(#""via":"root""#))
        #expect(try DataStore.open(at: directory.data).dataset.ticket("T-000001")?.updatedBy == "alice")
    }

    @Test func readOnlyRefusesEveryChangeAndWritesNothing() throws {
        let directory = try StoreFixture.directory()
        let before = try DirectoryContents(directory.data)
        let store = try DataStore.open(at: directory.data, readOnly: true)
        #expect(store.permissions.isReadOnly)
        for change in [ticketChange, cadreChange] {
            #expect {
                try store.submit(change)
            } throws: { error in
                "\(error)" == "read-only: the data was opened read-only"
            }
        }
        #expect(throws: StoreError.self) { try store.compact() }
        #expect(try DirectoryContents(directory.data) == before)
    }

    @Test func actorIsTheAccountOfTheRealUID() throws {
        let directory = try StoreFixture.directory()
        let store = try DataStore.open(at: directory.data)
        let account = try #require(getpwuid(getuid())?.pointee.pw_name).map { String(cString: $0) }
        #expect(store.actor == account)
        #expect(store.via == nil)
    }

    @Test(.enabled(if: getuid() != 0, "root may act for others"))
    func onlyRootMayActForSomeoneElse() throws {
        let directory = try StoreFixture.directory()
        #expect(throws: StoreError.self) { try DataStore.open(at: directory.data, actorOverride: "alice") }
    }
}
