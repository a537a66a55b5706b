import Domain
import Foundation
import Testing
@testable import App

/// Long arrays are encoded in pieces on all cores; the output is the one-pass encoding exactly.
@Suite("JSON output in pieces")
struct JSONOutputTests {
    private struct Row: Encodable, Sendable {
        var id: String
        var text: String
        var tags: [String]
        var score: Double?
    }

    private static func row(_ i: Int) -> Row {
        let text: String = i % 3 == 0 ? "路灯不亮 \"\(i)\"\n第\(i)号" : "ok"
        let tags: [String] = i % 2 == 0 ? [] : ["a", "b/c"]
        let score: Double? = i % 5 == 0 ? nil : Double(i) / 4
        return Row(id: "T-\(i)", text: text, tags: tags, score: score)
    }

    @Test("an array longer than a piece gives the one-pass bytes; C1 controls are still escaped", arguments: [1, 2_048, 2_049, 6_001])
    func piecesMatchOnePass(count: Int) throws {
        let rows = (0..<count).map(Self.row)
        let onePass = String(decoding: try DomainJSON.makeEncoder(pretty: true).encode(rows), as: UTF8.self)
        #expect(try TicketCommandLine.json(rows) == onePass)
        var marked = rows
        marked[count - 1].text = "bell\u{85}del\u{7F}"
        let escaped = try TicketCommandLine.json(marked)
        #expect(escaped.contains(#"bell\u0085del\u007f"#) && !escaped.unicodeScalars.contains { (0x7F...0x9F).contains($0.value) })
    }
}
