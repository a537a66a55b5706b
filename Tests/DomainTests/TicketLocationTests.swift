import Testing
@testable import Domain

@Suite("Ticket locations")
struct TicketLocationTests {
    @Test("the path names each known part once, with no empty steps")
    func paths() {
        let full = TicketLocation(district: "江岸区", street: "大智街", community: "三阳社区", grid: "第1网格")
        #expect(full.path(to: .grid) == "江岸区 / 大智街 / 三阳社区 / 第1网格")
        #expect(full.path(to: .street) == "江岸区 / 大智街")
        #expect(full.name(at: .community) == "三阳社区")
        let imported = TicketLocation(district: "8TH AVE and JUDAH ST", street: "", community: "", grid: "")
        #expect(imported.path(to: .grid) == "8TH AVE and JUDAH ST")
        #expect(TicketLocation(district: "", street: "", community: "", grid: "").path(to: .grid) == "")
    }
}
