import Testing
import Foundation
import Domain
import Panels
import TermUI
@testable import App

/// The overview, talent and grassroots pages and the grid's backlog charts, drawn headless at the
/// three sizes people use, in both languages and in monochrome, and driven by their keys.
@Suite("Dashboards: overview, talent, grassroots, backlog")
struct DashboardPageTests {
    private func state(language: Language = .en, width: Int = 80, height: Int = 24, tab: Tab = .overview,
                       tier: ColorTier = .monochrome) -> AppState {
        AppState(dataset: Fixture.dataset, size: TerminalSize(width: width, height: height), language: language,
                 theme: Theme.make(tier: tier), now: Fixture.now,
                 session: SessionInfo(dataLabel: "/data", user: "alice", readOnly: false), tab: tab)
    }

    private func press(_ state: inout AppState, _ keys: [Key]) {
        for key in keys {
            guard let action = InputRouter.action(for: .key(key), state: state, frame: ScreenRenderer.render(state)) else { continue }
            _ = AppReducer.reduce(&state, action)
        }
    }

    private func lines(_ state: AppState) -> [String] { ScreenRenderer.render(state).buffer.lines() }

    /// The share of the body's rows that show something besides borders and blanks.
    private func usedRows(_ state: AppState) -> Double {
        let body = lines(state).dropFirst().dropLast(2)
        let frame = Set(" │─┌┐└┘|-+")
        let used = body.filter { line in line.contains { !frame.contains($0) } }
        return Double(used.count) / Double(max(1, body.count))
    }

    static let sizes = [(80, 24), (120, 40), (200, 60)]

    @Test("every dashboard page at 80×24, 120×40 and 200×60, in both languages and in colour and monochrome: nothing past the width, nothing of the other language, the screen used",
          arguments: [Tab.overview, .talent, .grassroots])
    func sizes(tab: Tab) {
        for (width, height) in Self.sizes {
            for language in [Language.zh, .en] {
                for tier in [ColorTier.monochrome, .xterm256] {
                    let state = self.state(language: language, width: width, height: height, tab: tab, tier: tier)
                    let screen = lines(state)
                    #expect(screen.count == height)
                    for line in screen { #expect(DisplayWidth.of(line) <= width, "\(tab) \(width)×\(height) \(language)") }
                    if tier == .xterm256 {
                        #expect(usedRows(state) > 0.7, "\(tab) at \(width)×\(height) in \(language) is mostly empty: \(usedRows(state))")
                    }
                    let chrome = screen.prefix(1).joined() + screen.suffix(2).joined()
                    let body = screen.dropFirst().dropLast(2).joined()
                    if language == .en {
                        // Chinese in the English screen only from the data (names, titles, the article's words), never in labels.
                        for word in ["总览", "模拟", "公开报道", "目标", "截至", "在办", "超期", "提醒", "区综合", "原文", "两新"] {
                            #expect(!body.contains(word) && !chrome.contains(word), "\(tab) \(width)×\(height): \(word)")
                        }
                    } else {
                        for word in ["Overview", "synthetic", "reported", "goal", "as of", "Open", "Overdue", "Alerts", "Enter source"] {
                            #expect(!body.contains(word) && !chrome.contains(word), "\(tab) \(width)×\(height): \(word)")
                        }
                    }
                }
            }
        }
    }

    @Test("the overview at 80×24 in Chinese: tiles with sources, the map with short names and its legend, alerts, the districts' card, the feed")
    func overviewChinese() {
        let screen = lines(state(language: .zh))
        #expect(screen[1].hasPrefix("┌ 人选库 ") && screen[1].contains("非公覆盖率"))
        #expect(screen[2].contains("70万人") && screen[2].contains("85.1%"))
        #expect(screen[4].contains("模拟数据") && screen[4].contains("公开报道"))
        #expect(screen[5].hasPrefix("┌ 武汉 · 在办诉求") && screen[5].contains("┌ 提醒"))
        let text = screen.joined(separator: "\n")
        for name in ["东西", "黄陂", "新洲", "蔡甸", "硚口", "江汉", "江岸", "青山", "汉阳", "武昌", "洪山", "汉南", "江夏"] {
            #expect(text.contains(name), "\(name) on the map")
        }
        #expect(text.contains("在办诉求  少 ·░▒▓█ 多"))
        #expect(text.contains("┌ 区综合成绩单 ") && text.contains("┌ 最新动态 · 数据集自带(尚无操作)"))
        #expect(screen[23].hasPrefix("? 帮助  Tab 下一页  m 地图指标  t 数据表"))
    }

    @Test("m steps the map through open, overdue, on-time rate and report-card rank; t shows the reported figures as a sortable table and back")
    func overviewKeys() throws {
        var state = self.state(width: 120, height: 40)
        press(&state, [.char("m")])
        #expect(state.message == "Map: Overdue requests" && lines(state)[9].contains("Wuhan · Overdue requests"))
        press(&state, [.char("m")])
        #expect(lines(state).joined().contains("Wuhan · On time (30 days)"))
        press(&state, [.char("m")])
        let ranked = lines(state).joined()
        #expect(ranked.contains("Wuhan · Report-card rank (1 = best)") && ranked.contains("last ·░▒▓█ first"))
        press(&state, [.char("m"), .char("t")])
        let figures = lines(state)
        #expect(figures[1].hasPrefix("┌ Reported figures") && figures.joined().contains("Party coverage of non-public"))
        press(&state, [.char("s")])
        #expect(state.page(OverviewPage.self)?.table.view.sortColumn == 1)
        press(&state, [.char("t")])
        #expect(lines(state)[1].hasPrefix("┌ Cadre pool"))
    }

    @Test("a change saved reaches the feed, the tiles and the map: the feed turns to the journal's changes")
    func changesReachTheOverview() throws {
        var state = self.state(width: 120, height: 40)
        var dataset = state.dataset
        let ticket = try #require(dataset.tickets.first { $0.status == .reported })
        let open = state.world.headlines.open
        try dataset.apply(Change(recordID: ticket.id, operation: .closeInvalid(reason: "重复上报")), actor: "bob", at: Fixture.now, seq: 1)
        _ = AppReducer.reduce(&state, .dataChanged(dataset, changed: [ticket.id]))
        #expect(state.world.headlines.open == open - 1)
        let screen = lines(state).joined(separator: "\n")
        #expect(screen.contains("┌ Latest changes ─") && !screen.contains("from the data set"))
        #expect(screen.contains("bob      \(ticket.id) closed as invalid"))
        #expect(state.world.districtMetrics[ticket.location.district].open == Fixture.dataset.tickets.filter {
            $0.isOpen && $0.location.district == ticket.location.district }.count - 1)
    }

    @Test("talent at 80×24 in Chinese: the four projects, the headline with its qualifier, the goal gauge, other figures with dates")
    func talentChinese() {
        let screen = lines(state(language: .zh, tab: .talent))
        #expect(screen[1].hasPrefix("┌ 百万大学生留汉 ") && screen[1].contains("┌ 百万校友资智回汉 "))
        let text = screen.joined(separator: "\n")
        #expect(text.contains("约 ") && text.contains("万亿元"), "约 1.9万亿元 keeps its qualifier")
        #expect(text.contains("70万 / 目标 100万 · 70%"))
        #expect(text.contains("1350余个  2018-11"))
        #expect(text.contains("┌ 科研成果转化 ") && text.contains("┌ 海外科创人才来汉 "))
        #expect(screen[23].hasPrefix("? 帮助  Tab 下一页  t 面板/表格  Enter 原文"))
    }

    @Test("talent: ← → move between projects, Enter shows the figures with the article's words, Esc returns; t shows the table with goal and progress")
    func talentKeys() throws {
        var state = self.state(width: 120, height: 40, tab: .talent)
        press(&state, [.right])
        #expect(state.page(TalentPage.self)?.selected == 1)
        press(&state, [.enter])
        let detail = lines(state).joined(separator: "\n")
        #expect(detail.contains("Alumni return · figures and sources"))
        #expect(detail.contains("The article (Chinese): “在北京、上海、广州及东京、釜山等城市设立9个校友服务中心(人才联络站)”"))
        #expect(detail.contains("about 1.9 trillion yuan"))
        press(&state, [.escape, .char("t")])
        let table = lines(state)
        #expect(table[2].contains("Goal") && table[2].contains("Progress"), "\(table[2])")
        let graduates = try #require(table.first { $0.contains("Graduates who stayed in Wuhan") })
        #expect(graduates.contains("1 million") && graduates.contains("70%"))
        #expect(!table.joined().contains("Overseas ta…"), "the project column is not cut beside spare width")
    }

    @Test("grassroots at 80×24 in English: the 1314 model, two coverage gauges, the instructor network, the reach tiles with dates; Enter shows the article's words")
    func grassroots() {
        var state = self.state(tab: .grassroots)
        let screen = lines(state)
        #expect(screen[1].hasPrefix("┌ The Red Engine project · the “1314” model"))
        let text = screen.joined(separator: "\n")
        #expect(text.contains("85.1%") && text.contains("81.4%"))
        #expect(text.contains("1,202") && text.contains("129") && text.contains("726"))
        #expect(text.contains("reported 2018-11"))
        press(&state, [.enter])
        #expect(lines(state).joined().contains("The article (Chinese): “从优秀退休党员干部中选派1202名党建指导员"))
        press(&state, [.escape])
        #expect(lines(state)[1].hasPrefix("┌ The Red Engine project"))
    }

    @Test("the grid's backlog charts: b shows them beside the queue, they follow the filter, b hides them")
    func backlog() throws {
        var state = self.state(width: 120, height: 40, tab: .grid)
        press(&state, [.char("b")])
        let page = try #require(state.page(GridPage.self))
        let open = Fixture.dataset.tickets.filter(\.isOpen).count
        #expect(page.backlog?.open == open)
        let screen = lines(state).joined(separator: "\n")
        #expect(screen.contains("┌ Backlog · open \(open) ") && screen.contains("By age") && screen.contains("By category"))
        #expect(screen.contains("By district") && screen.contains("Busiest communities"))
        press(&state, [.char("o")])
        #expect(state.page(GridPage.self)?.backlog?.open == state.world.gridMetrics.overdue, "the charts count the queue as filtered")
        press(&state, [.char("b")])
        #expect(state.page(GridPage.self)?.backlog == nil && !lines(state).joined().contains("Backlog"))
    }
}
