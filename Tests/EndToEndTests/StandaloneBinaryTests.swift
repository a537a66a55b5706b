import Testing
import Foundation

/// The installed binary needs nothing beside it: the seed is compiled in.
@Suite("The binary on its own")
struct StandaloneBinaryTests {
    @Test("copied alone into an empty folder and run with an empty HOME, it shows the seed data")
    func aloneWithEmptyHome() throws {
        let folder = FileManager.default.temporaryDirectory.appending(path: "zugong-alone-\(UUID().uuidString)")
        let home = folder.appending(path: "home")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let copy = folder.appending(path: "zugong")
        // Copied by cp, not in this process: here another test's fork could inherit the copy's
        // write descriptor for an instant, and running the copy would fail with "Text file busy".
        let cp = try Process.run(URL(fileURLWithPath: "/bin/cp"), arguments: [TmuxTests.binary, copy.path])
        cp.waitUntilExit()
        #expect(cp.terminationStatus == 0)

        let process = Process()
        process.executableURL = copy
        process.arguments = ["snapshot", "--panel", "talent", "--lang", "en", "--width", "100", "--height", "30"]
        process.environment = ["HOME": home.path, "PATH": "/usr/bin:/bin"]
        process.currentDirectoryURL = folder
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()

        #expect(process.terminationStatus == 0)
        #expect(text.contains("Graduates who stayed in Wuhan"))
        #expect(text.contains("700,000"))
        let data = home.appending(path: ".local/share/zugong/snapshot.json").path
        #expect(FileManager.default.fileExists(atPath: data), "first use creates the data folder under HOME")
    }
}
