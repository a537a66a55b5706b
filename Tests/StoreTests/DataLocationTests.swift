import Foundation
import Testing
import Store

@Suite("Data location")
struct DataLocationTests {
    @Test func optionWins() {
        let url = DataLocation.resolve(option: "/srv/zg", environment: ["ZUGONG_DATA": "/x", "XDG_DATA_HOME": "/y", "HOME": "/h"])
        #expect(url.path == "/srv/zg")
    }

    @Test func thenZugongData() {
        #expect(DataLocation.resolve(option: nil, environment: ["ZUGONG_DATA": "/x", "XDG_DATA_HOME": "/y", "HOME": "/h"]).path == "/x")
    }

    @Test func thenXDGDataHome() {
        #expect(DataLocation.resolve(option: nil, environment: ["XDG_DATA_HOME": "/y", "HOME": "/h"]).path == "/y/zugong")
    }

    @Test func relativeXDGDataHomeIsIgnored() {
        #expect(DataLocation.resolve(option: nil, environment: ["XDG_DATA_HOME": "rel", "HOME": "/h"]).path == "/h/.local/share/zugong")
    }

    @Test func thenHome() {
        #expect(DataLocation.resolve(option: nil, environment: ["HOME": "/h"]).path == "/h/.local/share/zugong")
    }

    @Test func tildeIsTheEnvironmentsHome() {
        #expect(DataLocation.resolve(option: "~/data", environment: ["HOME": "/h"]).path == "/h/data")
    }

    @Test func emptyValuesAreSkipped() {
        #expect(DataLocation.resolve(option: "", environment: ["ZUGONG_DATA": "", "HOME": "/h"]).path == "/h/.local/share/zugong")
    }
}
