import Testing
import Foundation

/// The project's own fuzzer against the real binary: 30 s of random keys, CJK, escape sequences
/// whole and cut, mouse reports, pastes, invalid UTF-8, control keys, bursts, resizes from 1×1 to
/// 300×100 and signal bursts, on a fixed seed; no crash, no hang, no terminal left changed, and
/// the data passes `check` at the end.
@Suite("Fuzzing the real binary")
struct FuzzTests {
    static let fuzzer = BuiltBinary.packageRoot.appending(path: ".build/debug/zugong-fuzz").path

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: FuzzTests.fuzzer), "build the fuzzer first: swift build"))
    func thirtySecondsOnAFixedSeed() throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Self.fuzzer)
        process.arguments = ["--seconds", "30", "--seed", "7", "--binary", BuiltBinary.path]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(text)")
        #expect(text.contains(" 0 failures; check ok"), "\(text)")
        let runs = text.components(separatedBy: " s: ").dropFirst().first?.prefix { $0.isNumber }.description ?? ""
        #expect((Int(runs) ?? 0) >= 10, "restarted the program many times: \(text)")
    }
}
