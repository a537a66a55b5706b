import Foundation
import Testing
@testable import Store

@Suite("Atomic snapshot writes")
struct AtomicFileTests {
    @Test func preparedContentIsInvisibleUntilCommitted() throws {
        let directory = try TemporaryDirectory()
        let path = directory.url.appending(path: "file.json").path
        try AtomicFile.replace(path, with: Data("old".utf8))
        let prepared = try AtomicFile.prepare(path, with: [Data("new".utf8)])
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "old")
        try prepared.commit(keepBackup: true)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "new")
        #expect(try String(contentsOfFile: path + ".bak", encoding: .utf8) == "old")
        let dropped = try AtomicFile.prepare(path, with: [Data("newer".utf8)])
        dropped.discard()
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "new")
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.url.path).sorted() == ["file.json", "file.json.bak"])
    }


    private func mode(_ path: String) throws -> Int {
        try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int ?? -1
    }

    @Test func newFileGets0640WhateverTheUmask() throws {
        let directory = try TemporaryDirectory()
        let path = directory.url.appending(path: "new.json").path
        let old = umask(0o077)
        defer { umask(old) }
        try AtomicFile.replace(path, with: Data("{}".utf8))
        #expect(try mode(path) == 0o640)
    }

    @Test func replacingKeepsTheMode() throws {
        let directory = try StoreFixture.directory()
        let snapshot = directory.path("snapshot.json")
        chmod(snapshot, 0o600)
        let store = try DataStore.open(at: directory.data)
        try store.submit(StoreFixture.note("T-000001", "改"))
        try store.compact()
        #expect(try mode(snapshot) == 0o600)
        #expect(try mode(directory.path("journal.jsonl")) == 0o640)
    }

    @Test func writesThroughASymlink() throws {
        let directory = try StoreFixture.directory()
        let elsewhere = directory.url.appending(path: "real", directoryHint: .isDirectory)
        try FileManager.default.createDirectory(at: elsewhere, withIntermediateDirectories: false)
        let real = elsewhere.appending(path: "zugong-snapshot.json").path
        let link = directory.path("snapshot.json")
        try FileManager.default.moveItem(atPath: link, toPath: real)
        // A relative link, resolved from the link's own folder.
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "../real/zugong-snapshot.json")

        let store = try DataStore.open(at: directory.data)
        try store.submit(StoreFixture.note("T-000001", "经链接"))
        try store.compact()

        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == "../real/zugong-snapshot.json")
        #expect(FileManager.default.fileExists(atPath: real + ".bak"))
        let reopened = try DataStore.open(at: directory.data)
        #expect(reopened.dataset == store.dataset)
        #expect(reopened.loadStatistics.events == 0)
    }

    @Test func staleTemporaryFilesAreRemovedAtOpen() throws {
        let directory = try StoreFixture.directory()
        let stale = [".snapshot.json.tmp-999999-1", ".journal.jsonl.tmp-999999-2", ".snapshot.json.bak.tmp-999998-3"]
        for name in stale {
            try Data("half".utf8).write(to: directory.data.appending(path: name))
        }
        // A live writer's temp file (this process stands for one) and other files stay.
        let live = ".snapshot.json.tmp-\(getpid())-4"
        for name in [live, "notes.txt"] {
            try Data("keep".utf8).write(to: directory.data.appending(path: name))
        }
        _ = try DataStore.open(at: directory.data)
        for name in stale {
            #expect(!FileManager.default.fileExists(atPath: directory.path(name)), "\(name)")
        }
        #expect(FileManager.default.fileExists(atPath: directory.path(live)))
        #expect(FileManager.default.fileExists(atPath: directory.path("notes.txt")))
    }

    @Test func readOnlyOpenLeavesTemporaryFilesAlone() throws {
        let directory = try StoreFixture.directory()
        try Data("half".utf8).write(to: directory.data.appending(path: ".snapshot.json.tmp-999999-1"))
        let before = try DirectoryContents(directory.data)
        _ = try DataStore.open(at: directory.data, readOnly: true)
        #expect(try DirectoryContents(directory.data) == before)
    }
}
