import Testing
import Foundation
import Domain
import Panels
import Store
import TermUI
@testable import App

/// The grid tab's triage driven by keys on an in-memory terminal, against a real data directory:
/// each check looks at the screen and at what the store wrote.
@Suite("Grid triage driven by scripted keys")
struct GridTriageTests {
    // MARK: Actions

    @Test("n opens the new-ticket form; an empty title is refused, a filled one is written and selected")
    func newTicket() throws {
        let desk = try TriageDesk()
        desk.type("n")
        #expect(desk.state.form?.id == "ticket.create")
        #expect(desk.screen.contains("┌ New ticket"))
        // The place is prefilled from the ticket under the cursor (T-000002, the most urgent).
        #expect(desk.state.form?.value("location") == "武昌区 / 中华路街 / 黄鹤楼社区 / 第1网格")
        desk.press(.enter)
        #expect(desk.status.hasPrefix(" title is required"))
        #expect(desk.state.form?.error == "title is required")
        #expect(desk.screen.contains("title is required"))
        #expect(try desk.journalLines() == 0)

        desk.type("井盖缺失")
        desk.press(.tab)
        desk.type("No cover on the drain")
        desk.press(.tab, .tab)
        desk.type("Zhou")
        desk.press(.tab)
        desk.type("13811112222")
        desk.press(.tab, .right, .enter)
        #expect(desk.state.form == nil)
        #expect(try desk.journalLines() == 1)
        let stored = try #require(try desk.stored("T-000007"))
        #expect(stored.title == "井盖缺失" && stored.description == "No cover on the drain")
        #expect(stored.location == TriageDesk.huanghelou1 && stored.urgent && stored.status == .reported)
        #expect(stored.reporterName == "Zhou" && stored.reporterPhone == "13811112222")
        #expect(desk.status.hasPrefix(" T-000007 reported → Reported"))
        #expect(desk.state.selectedTicket?.id == "T-000007")
        #expect(desk.lines[3].hasSuffix("7 of 7"))
        #expect(desk.lines[4].hasSuffix("─ \(desk.state.tables[.grid]!.selected + 1)/7 ┐"))
    }

    @Test("C classifies a reported ticket: category and level pickers")
    func classify() throws {
        let desk = try TriageDesk()
        desk.select("T-000001")
        desk.type("C")
        #expect(desk.screen.contains("│ Category  < Sanitation >  1/12"))
        #expect(desk.screen.contains("│ Level     < Grid >  1/4"))
        desk.press(.right, .tab, .right, .enter)
        #expect(try desk.journalLines() == 1)
        let stored = try #require(try desk.stored("T-000001"))
        #expect(stored.status == .classified && stored.category == .roads && stored.level == .community)
        #expect(desk.status.hasPrefix(" T-000001 classified: Roads, Community level → Classified"))
        let row = desk.row("T-000001")
        #expect(row.contains("Community") && row.contains("Roads") && row.contains { $0.hasPrefix("Classif") })
    }

    @Test("on a narrow screen a long choice is cut, never the picker's n/N count")
    func narrowPicker() throws {
        let desk = try TriageDesk(width: 60, height: 20)
        desk.select("T-000002")
        desk.type("a")
        let row = try #require(desk.lines.first { $0.contains("< 赵敏") })
        #expect(row.contains("… >  1/3"), "\(row)")
        for line in desk.lines { #expect(DisplayWidth.of(line) <= 60) }
    }

    @Test("a picks a worker: those serving the ticket's place first")
    func assign() throws {
        let desk = try TriageDesk()
        desk.select("T-000002")
        desk.type("a")
        #expect(desk.screen.contains("│ Assign to  < 赵敏 g3 · 武昌区 / 中华路街 / 黄鹤楼社区 / 第1网格 >  1/3"))
        desk.press(.right)
        #expect(desk.screen.contains("│ Assign to  < 王芳 g1 · 江岸区 / 大智街 / 三阳社区 / 第1网格 >  2/3"))
        desk.press(.left, .enter)
        #expect(try desk.journalLines() == 1)
        let stored = try #require(try desk.stored("T-000002"))
        #expect(stored.status == .assigned && stored.assignee == "g3")
        #expect(desk.status.hasPrefix(" T-000002 assigned to 赵敏 (g3) → Assigned"))
        #expect(desk.row("T-000002").contains("Assigned") && desk.row("T-000002").contains("赵敏"), "the queue names the worker")
    }

    @Test("i on a ticket another operator claimed asks first: Esc keeps their claim, Enter takes it over and the history names them")
    func takeOver() throws {
        let desk = try TriageDesk()
        let other = try desk.otherOperator()
        try other.submit(Change(recordID: "T-000003", operation: .claim))
        desk.terminal.sendTimeout()
        _ = desk.loop.run()
        desk.select("T-000003")
        desk.type("i")
        #expect(desk.state.form?.id == "ticket.claim", "asked, not claimed")
        #expect(desk.screen.contains("! \(other.actor) has claimed this ticket: Enter takes it over"))
        #expect(try desk.journalLines() == 1)
        desk.press(.escape)
        #expect(desk.state.form == nil)
        #expect(try desk.stored("T-000003")?.claimedBy == other.actor)
        desk.type("i")
        desk.press(.enter)
        let stored = try #require(try desk.stored("T-000003"))
        #expect(stored.claimedBy == desk.store.actor)
        #expect(stored.history.last?.op == "claim" && stored.history.last?.detail == other.actor, "the history says whose claim it was")
    }

    @Test("i claims at once and the claimer shows in the queue and the detail; m then finds it")
    func claim() throws {
        let desk = try TriageDesk()
        let me = desk.store.actor
        desk.select("T-000003")
        desk.type("i")
        #expect(desk.state.form == nil)
        #expect(try desk.journalLines() == 1)
        #expect(try desk.stored("T-000003")?.claimedBy == me)
        #expect(desk.status.hasPrefix(" T-000003 claimed → Assigned"))
        #expect(desk.row("T-000003").contains(me))
        desk.press(.enter)
        #expect(desk.screen.contains("Assignee  王芳 (g1)  · claimed by \(me)"))
        desk.press(.escape)
        desk.type("m")
        #expect(desk.lines[3].hasPrefix("Filters: mine  (c clears)") && desk.lines[3].hasSuffix("1 of 6"))
        #expect(desk.lines[6].hasPrefix("│T-000003"))
    }

    @Test("w starts work on an assigned ticket from the detail; the detail follows")
    func start() throws {
        let desk = try TriageDesk()
        desk.select("T-000003")
        desk.press(.enter)
        desk.type("w")
        #expect(try desk.journalLines() == 1)
        let stored = try #require(try desk.stored("T-000003"))
        #expect(stored.status == .inProgress && stored.claimedBy == desk.store.actor)
        #expect(desk.lines[1].hasSuffix("─ In progress ┐"))
        #expect(desk.screen.contains("work started"))
        #expect(desk.state.grid.detail?.ticketID == "T-000003")
    }

    @Test("e needs a reason: empty is refused and the form stays; with one the level goes up and the status back to classified")
    func escalate() throws {
        let desk = try TriageDesk()
        desk.select("T-000004")
        desk.type("e")
        desk.press(.enter)
        #expect(desk.state.form?.id == "ticket.escalate")
        #expect(desk.status.hasPrefix(" reason is required"))
        #expect(desk.screen.contains("│ reason is required"))
        #expect(try desk.journalLines() == 0)

        desk.type("需要社区协调")
        desk.press(.enter)
        #expect(desk.state.form == nil)
        #expect(try desk.journalLines() == 1)
        let stored = try #require(try desk.stored("T-000004"))
        #expect(stored.level == .community && stored.status == .classified && stored.assignee == nil && stored.claimedBy == nil)
        #expect(stored.deadline > TriageDesk.tickets[3].deadline)
        #expect(desk.status.hasPrefix(" T-000004 escalated to Community: 需要社区协调 → Classified"))
        let row = desk.row("T-000004")
        #expect(row.starts(with: ["│T-000004", "20h", "3d", "ok", "Community", "Greenery"]))
        #expect(row.contains { $0.hasPrefix("Classif") } && row.contains("—") && !row.contains("bob"))
    }

    @Test("r needs a resolution note")
    func resolve() throws {
        let desk = try TriageDesk()
        desk.select("T-000004")
        desk.type("r")
        desk.press(.enter)
        #expect(desk.status.hasPrefix(" note is required"))
        #expect(desk.state.form != nil)
        #expect(try desk.journalLines() == 0)
        desk.type("换了两块木板")
        desk.press(.enter)
        #expect(try desk.journalLines() == 1)
        let stored = try #require(try desk.stored("T-000004"))
        #expect(stored.status == .resolved && stored.resolutionNote == "换了两块木板")
        #expect(desk.status.hasPrefix(" T-000004 resolved: 换了两块木板 → Resolved"))
        desk.press(.enter)
        #expect(desk.screen.contains("│Resolution"))
        #expect(desk.screen.contains("│换了两块木板"))
    }

    @Test("R rates 1–5 with a comment: 2 sends the ticket back to its assignee, 4 closes it")
    func rate() throws {
        let desk = try TriageDesk()
        desk.select("T-000005")
        desk.type("R")
        #expect(desk.screen.contains("│ Score    < 5 >  1/5"))
        desk.press(.right, .right, .right)
        #expect(desk.screen.contains("│ Score    < 2 >  4/5"))
        desk.press(.tab)
        desk.type("太慢")
        desk.press(.enter)
        var stored = try #require(try desk.stored("T-000005"))
        #expect(stored.status == .assigned && stored.assignee == "g1" && stored.reopenCount == 1)
        #expect(stored.ratings.map(\.score) == [2] && stored.ratings.first?.comment == "太慢")
        #expect(desk.status.hasPrefix(" T-000005 rated 2: 太慢 → Assigned"))

        desk.type("w")
        desk.type("r")
        desk.type("再次调解")
        desk.press(.enter)
        desk.type("R")
        desk.press(.right, .enter)
        #expect(try desk.journalLines() == 4)
        stored = try #require(try desk.stored("T-000005"))
        #expect(stored.status == .closed && stored.closeReason == .rated(score: 4))
        #expect(desk.status.hasPrefix(" T-000005 rated 4 → Closed"))
        desk.press(.enter)
        #expect(desk.screen.contains("│2/5  "))
        #expect(desk.screen.contains("│4/5  "))
        #expect(desk.screen.contains("Closed    closed after a rating of 4"))
    }

    @Test("O reopens a closed ticket with a reason")
    func reopen() throws {
        let desk = try TriageDesk()
        desk.select("T-000006")
        desk.type("O")
        desk.type("又堵了")
        desk.press(.enter)
        #expect(try desk.journalLines() == 1)
        let stored = try #require(try desk.stored("T-000006"))
        #expect(stored.status == .assigned && stored.assignee == "g2" && stored.reopenCount == 1 && stored.closeReason == nil)
        #expect(desk.status.hasPrefix(" T-000006 reopened: 又堵了 → Assigned"))
    }

    @Test("d offers similar tickets to pick the original from (a typed id wins); x closes as invalid with a reason")
    func closing() throws {
        let desk = try TriageDesk()
        desk.select("T-000001")
        // Classified as sanitation, it has a likely original: T-000003, same category and community.
        desk.type("C")
        desk.press(.enter)
        desk.type("d")
        #expect(desk.screen.contains("│ Similar ticket   < T-000003 垃圾满溢 · 三阳社区 · Assigned >"))
        #expect(desk.screen.contains("│ Original ticket"))
        desk.press(.tab)
        desk.type("1")
        desk.press(.enter)
        #expect(desk.status.hasPrefix(" T-000001 cannot be a duplicate of itself"))
        #expect(desk.state.form != nil)
        #expect(try desk.journalLines() == 1)
        desk.press(.backspace, .enter)
        #expect(desk.state.form == nil)
        #expect(try desk.journalLines() == 2)
        #expect(try desk.stored("T-000001")?.closeReason == .duplicate(of: "T-000003"))
        #expect(desk.status.hasPrefix(" T-000001 closed as duplicate of T-000003 → Closed"))

        desk.select("T-000002")
        desk.type("d")
        desk.type("t-4")
        desk.press(.enter)
        #expect(try desk.stored("T-000002")?.closeReason == .duplicate(of: "T-000004"))

        desk.select("T-000003")
        desk.type("x")
        desk.press(.enter)
        #expect(desk.status.hasPrefix(" reason is required"))
        #expect(try desk.journalLines() == 3)
        desk.type("测试数据")
        desk.press(.enter)
        #expect(try desk.journalLines() == 4)
        let invalid = try #require(try desk.stored("T-000003"))
        #expect(invalid.status == .closed && invalid.closeReason == .invalid(reason: "测试数据"))
        #expect(desk.status.hasPrefix(" T-000003 closed as invalid: 测试数据 → Closed"))
    }

    @Test("t adds a note, which the detail lists with who wrote it and the search finds")
    func note() throws {
        let desk = try TriageDesk()
        desk.select("T-000002")
        desk.press(.enter)
        desk.type("t")
        desk.type("已联系物业")
        desk.press(.enter)
        #expect(try desk.journalLines() == 1)
        let stored = try #require(try desk.stored("T-000002"))
        #expect(stored.notes.map(\.text) == ["已联系物业"] && stored.notes.first?.actor == desk.store.actor)
        #expect(stored.status == .classified)
        #expect(desk.screen.contains("│Notes"))
        #expect(desk.lines.contains { $0.contains("  " + DisplayWidth.pad(desk.store.actor, to: 10) + " 已联系物业") }, "the note's actor padded like the history's")
        #expect(desk.lines.contains { $0.contains(DisplayWidth.pad(desk.store.actor, to: 10) + " note: 已联系物业") })
        desk.press(.escape)
        desk.type("/物业")
        #expect(desk.lines[3].hasSuffix("1 of 6"))
    }

    // MARK: Filters and search

    /// A filter line as drawn at the desk's width: the filters on the left, the count on the right.
    static func filterLine(_ left: String, _ count: String, width: Int = 100) -> String {
        left + String(repeating: " ", count: width - DisplayWidth.of(left) - DisplayWidth.of(count)) + count
    }

    @Test("o, u and m narrow the queue and combine; the line names them with N of M; c clears them all")
    func quickFilters() throws {
        let desk = try TriageDesk()
        desk.send([])
        #expect(desk.lines[3] == Self.filterLine("All tickets · / search  f filter  o overdue  m mine  u unassigned", "6 of 6"))
        desk.type("u")
        #expect(desk.rows(3...8) == """
        Filters: unassigned  (c clears)                                                               2 of 6
        ┌ Red Engine · residents' requests (entered) ───────────────────────────────────────────────── 1/2 ┐
        │ID         Age Left▲     Level Category  Place                   Status     Assignee Title        │
        │T-000002    1d  -6h late Grid  Utilities 武昌·黄鹤楼社区/第1网格 Classified —        Water leak i…│
        │T-000001    2h  22h ok   Grid  —         江岸·三阳社区/第1网格   Reported   —        路灯不亮     │
        │                                                                                                  │
        """)
        desk.type("o")
        #expect(desk.lines[3] == Self.filterLine("Filters: overdue · unassigned  (c clears)", "1 of 6"))
        #expect(desk.state.orders[.grid] == [1])
        desk.type("u")
        #expect(desk.lines[3] == Self.filterLine("Filters: overdue  (c clears)", "1 of 6"))
        desk.type("m")
        #expect(desk.lines[3] == Self.filterLine("Filters: overdue · mine  (c clears)", "0 of 6"))
        #expect(desk.lines[13] == "│                          No ticket matches the filters (c clears them)                           │")
        #expect(desk.lines[4].hasSuffix(" 0/0 ┐"))
        desk.type("c")
        #expect(desk.state.grid.filter == .all)
        #expect(desk.lines[3].hasSuffix("6 of 6"))
        #expect(desk.status.hasPrefix(" Filters cleared"))
        // Esc in the queue clears them too.
        desk.type("o")
        desk.press(.escape)
        #expect(desk.lines[3].hasPrefix("All tickets") && desk.lines[3].hasSuffix("6 of 6"))
        #expect(try desk.journalLines() == 0)
    }

    @Test("f: the filter menu sets status, level, category and place; places narrow below the one chosen")
    func filterMenu() throws {
        let desk = try TriageDesk()
        desk.type("f")
        #expect(desk.screen.contains("│ Status         < any >  1/7"))
        #expect(desk.screen.contains("│ District       < any >  1/3"))
        desk.press(.right, .right, .right, .enter)
        #expect(desk.state.form == nil)
        #expect(desk.lines[3] == Self.filterLine("Filters: Status: Assigned  (c clears)", "1 of 6"))
        #expect(desk.lines[6].hasPrefix("│T-000003"))

        // Opened again, it shows what is set; a district narrows the streets to those inside it.
        desk.type("f")
        #expect(desk.screen.contains("│ Status         < Assigned >  4/7"))
        desk.press(.left, .left, .left, .down, .down, .down, .right)
        #expect(desk.screen.contains("│ District       < 武昌区 >  2/3"))
        #expect(desk.screen.contains("│ Street         < any >  1/2"))
        desk.press(.down, .right)
        #expect(desk.screen.contains("│ Street         < 中华路街 >  2/2"))
        desk.press(.enter)
        #expect(desk.lines[3] == Self.filterLine("Filters: 武昌区/中华路街  (c clears)", "1 of 6"))
        #expect(desk.lines[6].hasPrefix("│T-000002"))

        desk.type("cf")
        desk.press(.down, .right, .down, .right)
        #expect(desk.screen.contains("│ Level          < Grid >  2/5"))
        #expect(desk.screen.contains("│ Category       < Sanitation >  2/13"))
        desk.press(.enter)
        #expect(desk.lines[3] == Self.filterLine("Filters: Level: Grid · Category: Sanitation  (c clears)", "1 of 6"))
        #expect(desk.state.orders[.grid] == [2])
        desk.type("f")
        desk.press(.escape)
        #expect(desk.state.grid.filter.categories == [.sanitation])
        #expect(try desk.journalLines() == 0)
    }

    @Test("/ searches in English, the queue narrowing at each keystroke; Enter keeps the search, Esc clears it")
    func searchEnglish() throws {
        let desk = try TriageDesk()
        desk.type("/")
        #expect(desk.state.grid.search != nil)
        #expect(desk.lines[3].hasPrefix("/ search title, description, notes"))
        var counts: [String] = []
        for key in "leak" {
            desk.type(String(key))
            counts.append(String(desk.lines[3].split(separator: " ").suffix(3).joined(separator: " ")))
        }
        #expect(counts == ["3 of 6", "1 of 6", "1 of 6", "1 of 6"])
        #expect(desk.lines[3].hasPrefix("/ leak "))
        #expect(desk.terminal.cursor?.y == 3)
        desk.press(.backspace, .backspace, .backspace)
        #expect(desk.lines[3] == Self.filterLine("/ l", "3 of 6"))
        desk.type("eak")
        desk.press(.enter)
        #expect(desk.state.grid.search == nil && desk.state.grid.filter.text == "leak")
        #expect(desk.lines[3] == Self.filterLine("Filters: /leak  (c clears)", "1 of 6"))
        #expect(desk.lines[6].hasPrefix("│T-000002"))
        // Back into the search it starts from the kept text; Esc drops it.
        desk.type("/")
        #expect(desk.lines[3] == Self.filterLine("/ leak", "1 of 6"))
        desk.press(.escape)
        #expect(desk.state.grid.search == nil && desk.state.grid.filter == .all)
        #expect(desk.lines[3].hasSuffix("6 of 6"))
    }

    @Test("/ searches in Chinese, in the Chinese interface; c clears a kept search")
    func searchChinese() throws {
        let desk = try TriageDesk(language: .zh)
        desk.type("/路")
        #expect(desk.lines[3] == Self.filterLine("/ 路", "2 条 / 共 6"))
        #expect(desk.state.orders[.grid] == [2, 0])
        desk.type("灯")
        #expect(desk.lines[3] == Self.filterLine("/ 路灯", "1 条 / 共 6"))
        desk.press(.enter)
        #expect(desk.lines[3] == Self.filterLine("筛选:/路灯  (c 清除)", "1 条 / 共 6"))
        #expect(desk.lines[6].hasPrefix("│T-000001") && desk.lines[6].contains("路灯不亮"))
        desk.type("c")
        #expect(desk.lines[3].hasSuffix("6 条 / 共 6"))
        #expect(desk.status.hasPrefix(" 已清除筛选"))
    }

    // MARK: Sorting

    static func ids(_ desk: TriageDesk) -> [String] {
        desk.lines[6...].compactMap { line in line.hasPrefix("│T-") ? String(line.dropFirst().prefix(8)) : nil }
    }

    @Test("s moves the sort to the next column and S reverses it; the cursor stays on its ticket")
    func sortByKeys() throws {
        let desk = try TriageDesk()
        desk.send([])
        #expect(Self.ids(desk) == ["T-000002", "T-000004", "T-000003", "T-000001", "T-000005", "T-000006"])
        desk.press(.down)
        desk.type("s")
        #expect(desk.lines[5].hasPrefix("│ID         Age Left      Level▲"))
        desk.type("ssssss")
        #expect(desk.lines[5].hasPrefix("│ID▲        Age Left "))
        #expect(Self.ids(desk) == ["T-000001", "T-000002", "T-000003", "T-000004", "T-000005", "T-000006"])
        #expect(desk.state.selectedTicket?.id == "T-000004")
        desk.type("S")
        #expect(desk.lines[5].hasPrefix("│ID▼"))
        #expect(Self.ids(desk) == ["T-000006", "T-000005", "T-000004", "T-000003", "T-000002", "T-000001"])
        #expect(desk.lines[4].hasSuffix("─ 3/6 ┐"))
    }

    @Test("a click on a header of the queue sorts by that column; a second click reverses it")
    func sortByClick() throws {
        let desk = try TriageDesk()
        desk.send([])
        let header = desk.lines[5]
        let status = try #require(header.range(of: "Status"))
        let x = DisplayWidth.of(String(header[..<status.lowerBound])) + 1
        desk.send([.mouse(MouseEvent(kind: .leftPress, x: x, y: 5))])
        #expect(desk.state.tables[.grid]?.sortColumn == 6)
        #expect(desk.lines[5].contains("Status▲"))
        #expect(Self.ids(desk) == ["T-000001", "T-000002", "T-000003", "T-000004", "T-000005", "T-000006"])
        desk.send([.mouse(MouseEvent(kind: .leftPress, x: x, y: 5))])
        #expect(desk.lines[5].contains("Status▼"))
        #expect(Self.ids(desk) == ["T-000006", "T-000005", "T-000004", "T-000003", "T-000002", "T-000001"])
        // A click on a row selects it.
        desk.send([.mouse(MouseEvent(kind: .leftPress, x: 3, y: 8))])
        #expect(desk.state.selectedTicket?.id == "T-000004")
    }

    // MARK: The detail

    @Test("Enter opens the detail: full text, place, masked phone, deadline, timeline; p reveals; Esc returns")
    func detail() throws {
        let desk = try TriageDesk()
        desk.select("T-000001")
        desk.press(.enter)
        let reported = Format.dateTime(TriageDesk.hoursAgo(2))
        let deadline = Format.dateTime(TriageDesk.hoursAgo(-22))
        #expect(desk.rows(1...16) == """
        ┌ T-000001 · 路灯不亮 ─────────────────────────────────────────────────────────────────── Reported ┐
        │Status    Reported · Grid level                                                                   │
        │Location  江岸区 / 大智街 / 三阳社区 / 第1网格                                                    │
        │Reporter  张三  138****1234  (p shows the number)                                                 │
        │Reported  \(reported)  (2 hours ago)                                                         │
        │Deadline  \(deadline)  22 hours left · ok                                                    │
        │Assignee  —                                                                                       │
        │                                                                                                  │
        │Description                                                                                       │
        │三阳路口的路灯一连三晚不亮,居民夜间出行不便,老人和孩子过马路很危险,希望尽快修复。                 │
        │                                                                                                  │
        │Rating                                                                                            │
        │not rated yet                                                                                     │
        │                                                                                                  │
        │History                                                                                           │
        │\(reported)  hotline    reported                                                             │
        """)
        desk.type("p")
        #expect(desk.lines[4] == "│Reporter  张三  13812341234" + String(repeating: " ", count: 71) + "│")
        #expect(desk.state.grid.detail?.revealPhone == true)
        desk.type("p")
        #expect(desk.lines[4].hasPrefix("│Reporter  张三  138****1234  (p shows the number)"))
        // Queue keys do not act in the detail; Esc goes back to the queue on the same ticket.
        desk.type("o")
        #expect(desk.state.grid.filter == .all)
        desk.press(.escape)
        #expect(desk.state.grid.detail == nil)
        #expect(desk.lines[4].hasPrefix("┌ Red Engine"))
        #expect(desk.state.selectedTicket?.id == "T-000001")
        #expect(try desk.journalLines() == 0)
    }

    @Test("on a narrow screen the detail wraps Chinese text whole, and the timeline grows with each change")
    func narrowDetail() throws {
        let desk = try TriageDesk(language: .zh, width: 60)
        desk.select("T-000001")
        desk.press(.enter)
        #expect(desk.rows(9...11) == """
        │诉求内容                                                  │
        │三阳路口的路灯一连三晚不亮,居民夜间出行不便,老人和孩子过马│
        │路很危险,希望尽快修复。                                   │
        """)
        for line in desk.lines { #expect(DisplayWidth.of(line) <= 60) }
        desk.type("C")
        desk.press(.enter)
        desk.type("t")
        desk.type("已通知供电所")
        desk.press(.enter)
        #expect(try desk.journalLines() == 2)
        // The end of the timeline is below the screen: End scrolls to it.
        desk.press(.end)
        let me = DisplayWidth.pad(desk.store.actor, to: 10)
        let history = try #require(desk.lines.firstIndex { $0.hasPrefix("│处理记录") })
        #expect(desk.lines[history + 1].contains("hotline    上报"))
        #expect(desk.lines[history + 2].contains("  \(me) 分类:环境卫生,网格级"))
        #expect(desk.lines[history + 3].contains("  \(me) 备注:已通知供电所"))
        #expect(desk.lines[1].hasSuffix(" 已分类 ┐"))
    }

    // MARK: Refusals

    @Test("an action the ticket's state does not allow says why in the status line and writes nothing")
    func notAllowed() throws {
        let desk = try TriageDesk()
        desk.select("T-000001")
        desk.type("w")
        #expect(desk.status.hasPrefix(" cannot start T-000001: it is reported; allowed when assigned"))
        #expect(desk.state.form == nil)
        desk.type("R")
        #expect(desk.status.hasPrefix(" cannot rate T-000001: it is reported; allowed when resolved"))
        #expect(desk.state.form == nil)
        desk.press(.enter)
        desk.type("O")
        #expect(desk.status.hasPrefix(" cannot reopen T-000001: it is reported; allowed when resolved or closed"))
        desk.press(.escape)
        desk.select("T-000006")
        desk.type("r")
        #expect(desk.status.hasPrefix(" cannot resolve T-000006: it is closed; allowed when in progress"))
        desk.type("i")
        #expect(desk.status.hasPrefix(" cannot claim T-000006: it is closed; allowed when assigned or in"))
        #expect(try desk.journalLines() == 0)
        #expect(try desk.stored("T-000006") == TriageDesk.tickets[5])
    }

    @Test("saving a form on a ticket another operator changed meanwhile is refused with who; the form shows the new state")
    func staleRevision() throws {
        let desk = try TriageDesk()
        let other = try desk.otherOperator()
        desk.select("T-000003")
        desk.type("t")
        desk.type("我先看看")
        #expect(desk.screen.contains("│ Assigned · Grid level · g1     "))
        try other.submit(Change(recordID: "T-000003", expectedRevision: 1, operation: .claim))
        #expect(try desk.journalLines() == 1)

        desk.press(.enter)
        let form = try #require(desk.state.form)
        #expect(form.id == "ticket.note" && form.value("text") == "我先看看")
        #expect(form.error?.hasPrefix("T-000003 was changed by \(other.actor) at ") == true)
        // The time is the city's, as on the clock and in the timeline, whatever the server's zone.
        let changedAt = try #require(try desk.stored("T-000003")?.updatedAt)
        #expect(form.error?.hasSuffix(" \(Format.dateTime(changedAt).suffix(5)) (revision 2, you had 1)") == true)
        #expect(desk.status.hasPrefix(" T-000003 was changed by \(other.actor) at "))
        #expect(desk.screen.contains("│ Assigned · Grid level · g1 · \(other.actor)"))
        #expect(desk.screen.contains("│ T-000003 was changed by \(other.actor) at "))
        #expect(try desk.journalLines() == 1)
        #expect(try desk.stored("T-000003")?.notes == [])

        // Seen the new state, the operator may save again.
        desk.press(.enter)
        #expect(desk.state.form == nil)
        #expect(try desk.journalLines() == 2)
        #expect(try desk.stored("T-000003")?.notes.map(\.text) == ["我先看看"])
        #expect(desk.row("T-000003").contains(other.actor))
    }

    @Test("another operator's change reaches an open form on the next idle second, with a warning")
    func liveChangeUnderAForm() throws {
        let desk = try TriageDesk()
        let other = try desk.otherOperator()
        desk.select("T-000002")
        desk.type("e")
        try other.submit(Change(recordID: "T-000002", operation: .assign(to: "g3")))
        desk.terminal.sendTimeout()
        _ = desk.loop.run()
        #expect(desk.screen.contains("│ Assigned · Grid level · g3"))
        #expect(desk.screen.contains("│ ! changed by \(other.actor) since this form opened; above is the new state"))
        #expect(desk.state.grid.highlights["T-000002"] != nil)
        desk.type("路太远")
        desk.press(.enter)
        #expect(desk.state.form?.error?.hasPrefix("T-000002 was changed by \(other.actor)") == true)
        #expect(try desk.journalLines() == 1)
        desk.press(.escape)
        #expect(desk.row("T-000002").contains("Assigned") && desk.row("T-000002").contains("赵敏"), "the queue names the worker")
    }

    // MARK: Read-only

    @Test("read-only: everything shows, every action key and p say read-only, nothing is written")
    func readOnly() throws {
        // Wide enough for the status bar to reach past the long temporary path to "read-only".
        let desk = try TriageDesk(readOnly: true, width: 140)
        desk.send([])
        #expect(desk.status.contains("│ user \(desk.store.actor) │ read-only"))
        #expect(desk.lines[3].hasSuffix("6 of 6"))
        #expect(Self.ids(desk).count == 6)
        for key in "nCaiwerROdxt" {
            desk.type(String(key))
            #expect(desk.status.hasPrefix(" read-only: the data was opened read-only"), "key \(key)")
            #expect(desk.state.form == nil, "key \(key)")
        }
        desk.type("o")
        #expect(desk.lines[3].hasSuffix("1 of 6"))
        desk.type("c")
        desk.select("T-000001")
        desk.press(.enter)
        #expect(desk.lines[4].hasPrefix("│Reporter  张三  138****1234"))
        desk.type("cp")
        #expect(desk.status.hasPrefix(" read-only: the data was opened read-only"))
        #expect(desk.state.grid.detail?.revealPhone == false)
        #expect(desk.lines[4].hasPrefix("│Reporter  张三  138****1234"))
        for key in "aert" {
            desk.type(String(key))
            #expect(desk.status.hasPrefix(" read-only"), "key \(key) in the detail")
        }
        #expect(desk.state.form == nil)
        #expect(try desk.journalLines() == 0)
        #expect(try desk.stored("T-000001") == TriageDesk.tickets[0])
    }
}
