import Testing
import Foundation
import Domain
@testable import App

/// The shapes real GeoReport v2 servers send, each in a small file written for the test:
/// Windows line endings, `address_string`, `status_note`, `title`, WKT points, coordinates as
/// strings, their own request and due times, and a file that is a server list, not requests.
@Suite("Open311 files from real servers")
struct Open311RealFileTests {
    let workspace = TicketWorkspace()

    func importing(_ json: String) throws -> (TicketWorkspace.Result, [[String: Any]]) {
        let path = workspace.data + "-real.json"
        try Data(json.utf8).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let empty = workspace.data + "-empty"
        _ = workspace.run(["init", "--empty", "--data", empty])
        let result = workspace.run(["import", "open311", path, "--data", empty])
        let listed = workspace.run(["tickets", "list", "--json", "--sort", "id", "--data", empty]).stdout
        let tickets = (try? JSONSerialization.jsonObject(with: Data(listed.utf8)) as? [[String: Any]]) ?? []
        return (result, tickets)
    }

    func cleanUp() {
        workspace.remove()
        try? FileManager.default.removeItem(atPath: workspace.data + "-empty")
    }

    @Test("CRLF and lone CR become line feeds in every text field: the title is the first line, no CR is stored")
    func windowsLineEndings() throws {
        defer { cleanUp() }
        let (result, tickets) = try importing(#"""
        [{"service_request_id":"1","status":"open","description":"Schlagloch vor Haus 3\r\nSeit Wochen, bitte reparieren.\r\n","service_name":"Straße"},
         {"service_request_id":"2","status":"closed","description":"Laterne\rdefekt","status_notes":"Erledigt.\r\n"}]
        """#)
        #expect(result.code == 0, "\(result.stderr)")
        #expect(tickets.map { $0["title"] as? String } == ["Schlagloch vor Haus 3", "Laterne"])
        for ticket in tickets {
            for value in ticket.values.compactMap({ $0 as? String }) { #expect(!value.unicodeScalars.contains("\r"), "\(value)") }
        }
        #expect((tickets[0]["description"] as? String)?.hasPrefix("Seit Wochen, bitte reparieren.") == true)
    }

    @Test("a request keeps its own times: reported when requested, due when expected; the age counts from the request")
    func ownTimes() throws {
        defer { cleanUp() }
        let (result, tickets) = try importing(#"""
        [{"service_request_id":"A-7","status":"open","description":"Graffiti","requested_datetime":"2018-11-01T08:30:00+01:00",
          "expected_datetime":"2018-11-30T17:00:00+01:00","updated_datetime":"2018-11-02T09:00:00+01:00"}]
        """#)
        #expect(result.code == 0, "\(result.stderr)")
        #expect(tickets.first?["createdAt"] as? String == "2018-11-01T07:30:00Z")
        #expect(tickets.first?["deadline"] as? String == "2018-11-30T16:00:00Z")
    }

    @Test("non-spec fields real servers send: address_string, status_note, title, WKT location, lat/long as strings")
    func commonExtras() throws {
        defer { cleanUp() }
        let (result, tickets) = try importing(#"""
        [{"service_request_id":"10","status":"open","title":"Roskakori täynnä","description":"Puiston roskakori on ollut täynnä viikon.",
          "address_string":"Mannerheimintie 5, Helsinki","location":"POINT (24.9384 60.1699)"},
         {"service_request_id":"11","status":"closed","description":"Trasig parkbänk","status_note":"Åtgärdat","lat":"59.3293","long":"18.0686"}]
        """#)
        #expect(result.code == 0, "\(result.stderr)")
        #expect(tickets.first?["title"] as? String == "Roskakori täynnä")
        let first = tickets.first?["description"] as? String ?? ""
        #expect(first.contains("address: Mannerheimintie 5, Helsinki") && first.contains("coordinates: 60.1699, 24.9384"), "\(first)")
        let second = tickets.last?["description"] as? String ?? ""
        #expect(second.contains("status notes: Åtgärdat") && second.contains("coordinates: 59.3293, 18.0686"), "\(second)")
    }

    @Test("a file that is not a request list (a server list) is one line saying so, exit 1, nothing imported")
    func serverList() throws {
        defer { cleanUp() }
        let (result, tickets) = try importing(#"""
        [{"name":"Berlin","url":"https://example.org/open311/v2"},{"name":"Helsinki","url":"https://example.org/v2"},{"name":"Bonn"}]
        """#)
        #expect(result.code != 0)
        let lines = result.stderr.split(whereSeparator: \.isNewline)
        #expect(lines.count == 1 && lines[0].contains("not a GeoReport v2 request list"), "\(result.stderr)")
        #expect(tickets.isEmpty)
    }

    @Test("the export never writes the import's placeholder for an unknown district as an address, in either language")
    func noPlaceholderAddress() throws {
        defer { cleanUp() }
        _ = try importing(#"[{"service_request_id":"5","status":"open","description":"Lärm"}]"#)
        for language in ["en_US.UTF-8", "zh_CN.UTF-8"] {
            let exported = workspace.run(["export", "open311", "--data", workspace.data + "-empty"], language: language).stdout
            #expect(!exported.contains("未指定"), "\(language): \(exported)")
        }
    }

    @Test("a request closed at its source is closed at the source, not as invalid, with the city's note")
    func closedAtSource() throws {
        defer { cleanUp() }
        let (result, tickets) = try importing(#"[{"service_request_id":"77","status":"closed","status_notes":"Erledigt","description":"Laterne"}]"#)
        #expect(result.code == 0, "\(result.stderr)")
        let id = try #require(tickets.first?["id"] as? String)
        let shown = workspace.run(["ticket", "show", id, "--data", workspace.data + "-empty"]).stdout
        #expect(shown.contains("close_at_source  closed at its source: Erledigt") && !shown.contains("invalid"), "\(shown)")
        let zh = workspace.run(["ticket", "show", id, "--data", workspace.data + "-empty"], language: "zh_CN.UTF-8").stdout
        #expect(zh.contains("已在来源系统关闭:Erledigt") && !zh.contains("无效") && !zh.contains("close_at_source"), "\(zh)")
        let exported = workspace.run(["export", "open311", "--data", workspace.data + "-empty"]).stdout
        let requests = try #require(try JSONSerialization.jsonObject(with: Data(exported.utf8)) as? [[String: Any]])
        #expect(requests.first?["status"] as? String == "closed" && requests.first?["status_notes"] as? String == "Erledigt")
    }

    @Test("the export gives back what the source said: its request id, service code and name, coordinates, times")
    func exportKeepsTheSource() throws {
        defer { cleanUp() }
        _ = try importing(#"""
        [{"service_request_id":"ABC-9","status":"open","service_code":"POT","service_name":"Potholes","description":"Loch",
          "lat":"60.1699","long":"24.9384","requested_datetime":"2023-05-01T08:00:00+03:00","address_string":"Mannerheimintie 1"}]
        """#)
        let exported = workspace.run(["export", "open311", "--data", workspace.data + "-empty"]).stdout
        let request = try #require((try JSONSerialization.jsonObject(with: Data(exported.utf8)) as? [[String: Any]])?.first)
        #expect(request["source_request_id"] as? String == "ABC-9")
        #expect(request["service_code"] as? String == "POT" && request["service_name"] as? String == "Potholes")
        #expect(request["lat"] as? Double == 60.1699 && request["long"] as? Double == 24.9384)
        #expect(request["requested_datetime"] as? String == "2023-05-01T05:00:00Z")
        #expect(request["address"] as? String == "Mannerheimintie 1")
        // Our own tickets carry no source id.
        let own = workspace.run(["export", "open311"]).stdout
        #expect(!own.contains("source_request_id"))
    }
}
