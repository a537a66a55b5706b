import Foundation
import Domain
@testable import App

/// A fresh data directory and a way to run `zugong` in-process against it, for the ticket and
/// Open311 command tests.
struct TicketWorkspace {
    let data = FileManager.default.temporaryDirectory.appending(path: "zugong-tickets-\(UUID().uuidString)").path

    struct Result {
        var code: Int32
        var stdout: String
        var stderr: String
    }

    @discardableResult
    func run(_ arguments: [String], language: String = "en_US.UTF-8") -> Result {
        let captured = Captured()
        let code = ZugongCLI.main(arguments: arguments, environment: ["LANG": language, "ZUGONG_DATA": data],
                                  stdoutIsTerminal: false, output: captured.output, now: { Fixture.now }) { _ in 0 }
        return Result(code: code, stdout: captured.stdout, stderr: captured.stderr)
    }

    /// Creates a ticket and returns its id.
    func new(_ title: String, _ extra: [String] = []) -> String {
        run(["ticket", "new", "--title", title] + extra).stdout
    }

    /// `ticket show ID --json` decoded.
    func json(_ id: String) throws -> [String: Any] {
        let text = run(["ticket", "show", id, "--json"]).stdout
        return try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any] ?? [:]
    }

    func journalLines() throws -> Int {
        try String(contentsOfFile: data + "/journal.jsonl", encoding: .utf8).split(separator: "\n").count
    }

    func remove() {
        try? FileManager.default.removeItem(atPath: data)
    }
}
