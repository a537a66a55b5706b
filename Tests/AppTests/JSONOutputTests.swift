import Domain
import Foundation
import Testing
@testable import App
import Store

/// Long arrays are encoded in pieces on all cores; the output is the one-pass encoding exactly.
@Suite("JSON output in pieces")
struct JSONOutputTests {
    private struct Row: Encodable, JSONWritable, Sendable {
        var id: String
        var text: String
        var tags: [String]
        var score: Double?

        /// Written by hand with integral scores only, for the records that write themselves.
        func write(to out: inout JSONOutput) {
            out.object { out in
                out.field("id", id)
                out.fieldIfPresent("score", score.map { Int($0) })
                out.field("tags", tags)
                out.field("text", text)
            }
        }
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

    @Test("records that write themselves, in pieces on all cores: JSONEncoder's bytes, compact and pretty, C1 escaped",
          arguments: [0, 1, 2_048, 2_049, 6_001])
    func writtenPiecesMatchOnePass(count: Int) throws {
        let rows = (0..<count).map { i in
            var row = Self.row(i)
            row.score = row.score.map { $0.rounded(.down) }
            return row
        }
        for pretty in [false, true] {
            let pieces = JSONOutput.array(count: count, pretty: pretty, piece: 2_048) { rows[$0] }
            #expect(Data(pieces.joined()) == (try DomainJSON.makeEncoder(pretty: pretty).encode(rows)), "pretty \(pretty)")
        }
        guard count > 0 else { return }
        var marked = rows
        marked[count - 1].text = "bell\u{85}del\u{7F}"
        let escaped = String(decoding: Array(TicketCommandLine.json(count: count) { marked[$0] }.joined()), as: UTF8.self)
        #expect(escaped.contains(#"bell\u0085del\u007f"#) && !escaped.unicodeScalars.contains { (0x7F...0x9F).contains($0.value) })
    }

    @Test("a ticket's --json record, brief and detailed, is laid out as JSONEncoder lays out the same content")
    func ticketRecordIsCanonical() throws {
        let reference = Timestamp.date(year: 2018, month: 11, day: 20)
        let dataset = Dataset.generate(tickets: 600, cadres: 10, seed: 5, reference: reference)
        for ticket in try Dataset.seedDataset(reference: reference).tickets + dataset.tickets {
            for detailed in [false, true] {
                let record = TicketRecord(ticket, in: dataset, now: reference, language: .zh, detailed: detailed, revealPhone: detailed)
                let written = Data(record.json(pretty: true))
                let canonical = try DomainJSON.makeEncoder(pretty: true).encode(try JSONDecoder().decode(JSONValue.self, from: written))
                #expect(written == canonical, "\(ticket.id) detailed \(detailed)")
            }
        }
    }

    @Test("an exported Open311 request is laid out as JSONEncoder lays out the same content, coordinates included")
    func open311RequestIsCanonical() throws {
        let reference = Timestamp.date(year: 2018, month: 11, day: 20)
        let dataset = Dataset.generate(tickets: 300, cadres: 10, seed: 5, reference: reference)
        var requests = dataset.tickets.map { Open311Mapping.request($0, in: dataset, language: .en) }
        requests.append(Open311Request(serviceRequestID: "638344", status: "open", lat: 30.5928, long: 114.0, sourceRequestID: "x/1"))
        for request in requests {
            let written = Data(request.json(pretty: true))
            let canonical = try DomainJSON.makeEncoder(pretty: true).encode(try JSONDecoder().decode(JSONValue.self, from: written))
            #expect(written == canonical, "\(request.serviceRequestID)")
        }
        #expect(String(decoding: requests.last!.json(), as: UTF8.self).contains(#""lat":30.5928,"long":114,"#))
    }
}

/// Any JSON value written back by JSONEncoder: the canonical layout of what it holds.
extension JSONValue: Encodable {
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        switch self {
        case .null: try c.encodeNil()
        case .bool(let value): try c.encode(value)
        case .integer(let value): try c.encode(value)
        case .number(let value): try c.encode(value)
        case .string(let value): try c.encode(value)
        case .array(let value): try c.encode(value)
        case .object(let value): try c.encode(value)
        }
    }
}
