import Testing
@testable import App

/// The marker an import writes into a description is found wherever its line is, and only there.
@Suite("Open311 marker")
struct Open311MarkerTests {
    @Test("found on its own line after other text, with its fields up to a blank line")
    func found() throws {
        let description = "路灯不亮 [Open311 9]\n" + Open311Marker.line("638344") + "\nservice: Potholes (POT)\ncoordinates: 30.59, 114.3\n\nrest: no"
        let block = try #require(Open311Marker.block(in: description))
        #expect(block.requestID == "638344")
        #expect(block.fields == ["service": "Potholes (POT)", "coordinates": "30.59, 114.3"])
        #expect(Open311Marker.requestIDs(in: description + "\n[Open311 7]") == ["638344", "7"])
    }

    @Test("absent, cut short, or not at the start of its line", arguments: ["", "路灯不亮", "[Open311", "x [Open311 1]", "[[Open311 2", "[Open 311 3]"])
    func absent(description: String) {
        #expect(Open311Marker.block(in: description) == nil)
        #expect(Open311Marker.requestIDs(in: description).isEmpty)
    }
}
