import Foundation
import Testing
import Domain
import Panels
import TermUI
@testable import App

/// A report that names no place is stored under the placeholder district 未指定; the English
/// interface says "not given" instead, everywhere the district shows.
@Suite("A ticket with no place, in both languages")
struct UnspecifiedPlaceTests {
    @Test("ticket show, tickets list, the queue and the detail")
    func everywhere() throws {
        let workspace = TicketWorkspace()
        defer { workspace.remove() }
        let id = workspace.new("Streetlight out").trimmingCharacters(in: .whitespacesAndNewlines)
        let shownEN = workspace.run(["ticket", "show", id]).stdout
        #expect(shownEN.contains("not given") && !shownEN.contains("未指定"), "\(shownEN)")
        #expect(workspace.run(["ticket", "show", id], language: "zh_CN.UTF-8").stdout.contains("未指定"))
        let listed = workspace.run(["tickets", "list", "--search", "Streetlight"]).stdout
        #expect(listed.contains("not given·/") && !listed.contains("未指定"), "\(listed)")
        // The stored district stays the placeholder, whatever the language: places match by it.
        #expect((try workspace.json(id)["location"] as? [String: String])?["district"] == TicketLocation.unspecifiedDistrict)
        let location = TicketLocation(district: TicketLocation.unspecifiedDistrict, street: "", community: "", grid: "")
        #expect(location.path(to: .grid, .en) == "not given" && location.path(to: .grid, .zh) == "未指定")
        #expect(TicketColumns.place(location, .en) == "not given·/" && TicketLocation.shortName(ofDistrict: "武昌区", .en) == "武昌")
    }
}
