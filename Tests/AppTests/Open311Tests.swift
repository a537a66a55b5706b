import Testing
import Foundation
import Domain
@testable import App

@Suite("Open311 interchange")
struct Open311Tests {
    let workspace = TicketWorkspace()

    func write(_ text: String) throws -> String {
        let path = workspace.data + "-input.json"
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    func cleanUp() {
        workspace.remove()
        try? FileManager.default.removeItem(atPath: workspace.data + "-input.json")
        try? FileManager.default.removeItem(atPath: workspace.data + "-copy")
    }

    @Test("export → import into an empty directory gives the same tickets; a second import adds nothing")
    func roundTrip() throws {
        defer { cleanUp() }
        let exported = workspace.run(["export", "open311"])
        #expect(exported.code == 0)
        let path = try write(exported.stdout)
        let copy = workspace.data + "-copy"
        #expect(workspace.run(["init", "--empty", "--data", copy]).code == 0)
        let first = workspace.run(["import", "open311", path, "--data", copy])
        #expect(first.code == 0 && first.stderr.isEmpty, "\(first.stderr)")
        #expect(first.stdout == "imported 300, skipped 0, already present 0")
        let again = workspace.run(["import", "open311", path, "--data", copy])
        #expect(again.stdout == "imported 0, skipped 0, already present 300")
        // Read back into the directory it came from, the export names its own tickets.
        let home = workspace.run(["import", "open311", path])
        #expect(home.stdout == "imported 0, skipped 0, already present 300")

        func tickets(_ arguments: [String]) throws -> [[String: Any]] {
            let text = workspace.run(["tickets", "list", "--json", "--sort", "id"] + arguments).stdout
            return try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: Any]] ?? []
        }
        let original = try tickets([])
        let imported = try tickets(["--data", copy])
        #expect(imported.count == original.count)
        let open: Set = ["reported", "classified", "assigned", "in_progress"]
        for (a, b) in zip(original, imported) {
            #expect(a["title"] as? String == b["title"] as? String)
            #expect(a["category"] as? String == b["category"] as? String)
            #expect(open.contains(a["status"] as? String ?? "") == open.contains(b["status"] as? String ?? ""))
        }
        let reexported = workspace.run(["export", "open311", "--status", "closed", "--data", copy]).stdout
        let requests = try JSONSerialization.jsonObject(with: Data(reexported.utf8)) as? [[String: Any]] ?? []
        #expect(!requests.isEmpty && requests.allSatisfy { $0["status"] as? String == "closed" })
    }

    @Test("export writes every GeoReport v2 key, sorted (and source_request_id only for imported tickets)")
    func exportShape() throws {
        defer { cleanUp() }
        let text = workspace.run(["export", "open311", "--status", "open"]).stdout
        let requests = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: Any]])
        let keys: Set<String> = [
            "service_request_id", "status", "status_notes", "service_name", "service_code", "description", "agency_responsible",
            "service_notice", "requested_datetime", "updated_datetime", "expected_datetime", "address", "address_id", "zipcode",
            "lat", "long", "media_url",
        ]
        #expect(requests.allSatisfy { Set($0.keys) == keys && $0["status"] as? String == "open" })
        let first = text.components(separatedBy: "\n").prefix { $0 != "  }," }.filter { $0.hasPrefix("    \"") }
            .map { String($0.dropFirst(5).prefix { $0 != "\"" }) }
        #expect(first == first.sorted() && first.count == keys.count)
    }

    @Test("files that are not request lists are refused whole", arguments: [
        ("{not json", "not JSON"),
        (#"{"error": "rate limited"}"#, "not a GeoReport v2 request list: expected a JSON array, found an object"),
        ("42", "not a GeoReport v2 request list: expected a JSON array, found a number"),
    ])
    func notAList(text: String, message: String) throws {
        defer { cleanUp() }
        let path = try write(text)
        let result = workspace.run(["import", "open311", path])
        #expect(result.code == 1 && result.stderr == "zugong: \(path): \(message)" && result.stdout.isEmpty)
    }

    @Test("each unclear record is skipped with its index, id and reason; the rest are imported")
    func skips() throws {
        defer { cleanUp() }
        let path = try write("""
        [
          "not a record",
          {"description": "no id"},
          {"service_request_id": 7, "description": "bad date", "requested_datetime": "yesterday"},
          {"service_request_id": "8", "status": "archived", "description": "odd status"},
          {"service_request_id": "9", "lat": "north", "description": "bad lat"},
          {"service_request_id": "10"},
          {"service_request_id": "11", "description": "fine", "requested_datetime": "2018-11-26 10:27"},
          {"service_request_id": "11", "description": "again"},
          {"service_request_id": 12, "service_name": "Sanitation", "status": "closed", "updated_datetime": 5}
        ]
        """)
        let result = workspace.run(["import", "open311", path])
        #expect(result.code == 1)
        #expect(result.stderr.components(separatedBy: "\n") == [
            "zugong: \(path): record [0]: skipped: a string, not an object",
            "zugong: \(path): record [1]: skipped: no service_request_id",
            "zugong: \(path): record [2] (7): skipped: requested_datetime 'yesterday' is not a date",
            "zugong: \(path): record [3] (8): skipped: status 'archived' is neither open nor closed",
            "zugong: \(path): record [4] (9): skipped: lat 'north' is not a number",
            "zugong: \(path): record [5] (10): skipped: no description, title or service_name to make a title from",
            "zugong: \(path): record [7] (11): skipped: same service_request_id as record [6]",
            "zugong: \(path): record [8] (12): skipped: updated_datetime is a number, not a date",
        ])
        #expect(result.stdout == "imported 1, skipped 8, already present 0")
        // The same in Chinese, the file's own words (field names, values) kept as they are.
        let chinese = workspace.run(["import", "open311", path, "--lang", "zh"])
        #expect(chinese.stderr.components(separatedBy: "\n") == [
            "zugong: \(path): 第 [0] 条:跳过:是字符串,不是对象",
            "zugong: \(path): 第 [1] 条:跳过:没有 service_request_id",
            "zugong: \(path): 第 [2] 条 (7):跳过:requested_datetime“yesterday”不是日期",
            "zugong: \(path): 第 [3] 条 (8):跳过:状态“archived”既非 open 也非 closed",
            "zugong: \(path): 第 [4] 条 (9):跳过:lat“north”不是数字",
            "zugong: \(path): 第 [5] 条 (10):跳过:没有 description、title 或 service_name 可作标题",
            "zugong: \(path): 第 [7] 条 (11):跳过:service_request_id 与第 [6] 条相同",
            "zugong: \(path): 第 [8] 条 (12):跳过:updated_datetime 是数字,不是日期",
        ])
        #expect(chinese.stdout == "导入 0,跳过 8,已存在 1")
    }

    @Test("lenient reading: numbers as strings, date forms, HTML and entities, extra fields")
    func lenient() throws {
        let data = Data("""
        {"service_requests": [{
          "service_request_id": 638344, "status": "Closed", "extra": {"x": 1},
          "status_notes": "<p>Fixed &amp; cleaned.<br/>Crew&nbsp;4 &#39;ok&#x27;</p>",
          "service_name": "Sanitation", "service_code": "001",
          "description": "Overflowing bin\\n\\nNear the &lt;gate&gt;",
          "requested_datetime": "2010-04-14T06:37:38-08:00", "updated_datetime": "2010-04-14T06:37:38.25+0800",
          "expected_datetime": "2010-04-15", "address": "8TH AVE and JUDAH ST", "zipcode": 94122,
          "lat": "37.762221815", "long": -122.4651145, "media_url": "http://x/y.jpg"
        }]}
        """.utf8)
        let entries = try Open311Reader.read(data)
        let request = try entries[0].result.get()
        #expect(request.serviceRequestID == "638344" && request.status == "closed")
        #expect(request.statusNotes == "Fixed & cleaned.\nCrew 4 'ok'")
        #expect(request.requested == Timestamp.parse("2010-04-14T14:37:38Z"))
        #expect(request.updated == Timestamp.parse("2010-04-13T22:37:38.250Z"))
        #expect(request.zipcode == "94122" && request.lat == 37.762221815 && request.long == -122.4651145)
        let plan = Open311Mapping.plan(request)
        #expect(plan.ticket.title == "Overflowing bin")
        #expect(plan.ticket.description.hasPrefix("Near the <gate>\n\n[Open311 638344]\nservice: Sanitation (001)\n"))
        #expect(plan.ticket.description.contains("requested: 2010-04-14T14:37:38Z"))
        #expect(plan.ticket.location.district == "8TH AVE and JUDAH ST")
        #expect(plan.classification == .classify(category: .sanitation, level: .grid))
        #expect(plan.closing == .closeAtSource(note: "Fixed & cleaned.\nCrew 4 'ok'"))
        #expect(Open311Marker.requestIDs(in: plan.ticket.description) == ["638344"])
    }

    @Test("Windows line ends (CRLF) and lone CRs are line breaks: the title is the first line, no CR is stored")
    func crlf() throws {
        let data = Data(#"[{"service_request_id": "w-1", "status": "closed", "description": "Streetlight out\r\nat the corner of Main\r\n\r\nSince Monday", "status_notes": "Lamp replaced\rcheck done\r\n"}]"#.utf8)
        let request = try Open311Reader.read(data)[0].result.get()
        #expect(request.description == "Streetlight out\nat the corner of Main\n\nSince Monday")
        #expect(request.statusNotes == "Lamp replaced\ncheck done")
        let plan = Open311Mapping.plan(request)
        #expect(plan.ticket.title == "Streetlight out")
        #expect(!plan.ticket.description.contains("\r") && !plan.ticket.title.contains("\r"))
        #expect(HTMLText.plain("a\r\nb<br>\r\nc") == "a\nb\n\nc")
    }
}
