import Foundation
#if canImport(Glibc)
import Glibc
#endif

// zugong-fuzz [--seconds N | --minutes N] [--seed S] [--binary PATH] [--replay FILE]
// Drives the real dashboard in a pseudo-terminal with random input on a copy of the seed data,
// reports every crash, hang and terminal left changed, then runs `zugong check` on the data.

let arguments = Array(CommandLine.arguments.dropFirst())
func value(_ name: String) -> String? { arguments.firstIndex(of: name).flatMap { $0 + 1 < arguments.count ? arguments[$0 + 1] : nil } }
let usage = "usage: zugong-fuzz [--seconds N | --minutes N] [--seed S] [--binary PATH] [--replay FILE]"
let known: Set = ["--seconds", "--minutes", "--seed", "--binary", "--replay"]
var i = 0
while i < arguments.count {
    guard known.contains(arguments[i]), i + 1 < arguments.count else {
        FileHandle.standardError.write(Data("zugong-fuzz: unknown option \(arguments[i])\n\(usage)\n".utf8))
        exit(2)
    }
    i += 2
}
let seconds = value("--minutes").flatMap(Double.init).map { $0 * 60 } ?? value("--seconds").flatMap(Double.init) ?? 30
let seed = value("--seed").flatMap(UInt64.init) ?? 1
let here = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
let binary = value("--binary") ?? here.appending(path: "zugong").path
guard FileManager.default.isExecutableFile(atPath: binary) else {
    FileHandle.standardError.write(Data("zugong-fuzz: no zugong at \(binary) (build it, or give --binary)\n".utf8))
    exit(2)
}

let work = FileManager.default.temporaryDirectory.appending(path: "zugong-fuzz-\(getpid())")
try? FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
let data = work.appending(path: "data").path

/// Runs `zugong` with `arguments`; its exit status.
func zugong(_ arguments: [String]) -> Int32 {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: binary)
    process.arguments = arguments
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    guard (try? process.run()) != nil else { return -1 }
    process.waitUntilExit()
    return process.terminationStatus
}

guard zugong(["init", "--data", data, "--as-of", "2018-11-20T00:00:00Z"]) == 0 else {
    FileHandle.standardError.write(Data("zugong-fuzz: zugong init failed\n".utf8))
    exit(1)
}
let session = FuzzSession(binary: binary, data: data, records: work.path, seed: seed)
if let file = value("--replay") {
    do {
        print("replayed \(file): \(try session.replay(file))")
        session.totals.failures.forEach { print("FAILED " + $0) }
        exit(session.totals.failures.isEmpty ? 0 : 1)
    } catch {
        print("zugong-fuzz: \(error)")
        exit(1)
    }
}
let started = Date()
let deadline = started.addingTimeInterval(seconds)
do {
    while Date() < deadline {
        try session.run(steps: session.generator.random.int(100...1500), until: deadline)
    }
} catch {
    print("zugong-fuzz: \(error)")
    exit(1)
}
let check = zugong(["check", "--data", data])
let t = session.totals
print(String(format: "zugong-fuzz: seed %llu, %.0f s: %d runs, %d steps, %d bytes of input, %d resizes, %d signal bursts; %d failures; check %@",
             seed, Date().timeIntervalSince(started), t.runs, t.steps, t.bytes, t.resizes, t.bursts, t.failures.count, check == 0 ? "ok" : "FAILED"))
t.failures.forEach { print("FAILED " + $0) }
if t.failures.isEmpty && check == 0 { try? FileManager.default.removeItem(at: work) }
exit(t.failures.isEmpty && check == 0 ? 0 : 1)
