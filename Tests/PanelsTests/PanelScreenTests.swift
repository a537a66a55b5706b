import Testing
import Foundation
import Domain
import TermUI
@testable import Panels

@Suite("Panels drawn headless")
struct PanelScreenTests {
    static let now = Date(timeIntervalSince1970: 1_795_000_000)

    static func ticket(_ number: Int, title: String, hoursOld: Double, level: TicketLevel, status: TicketStatus, category: TicketCategory?) -> Ticket {
        let created = now.addingTimeInterval(-hoursOld * 3_600)
        return Ticket(id: Dataset.ticketID(number), source: .synthetic, title: title, description: "", category: category,
                      level: level, location: TicketLocation(district: "江岸区", street: "大智街", community: "三阳社区", grid: "3网格"),
                      reporterName: "张三", reporterPhone: "13800001234", status: status, assignee: "wangfang",
                      createdAt: created, deadline: created.addingTimeInterval(24 * 3_600))
    }

    static let tickets = [
        ticket(1, title: "路灯不亮", hoursOld: 30, level: .grid, status: .assigned, category: .roads),
        ticket(2, title: "Water leak in 3号楼", hoursOld: 20, level: .community, status: .inProgress, category: nil),
        ticket(3, title: "已办", hoursOld: 2, level: .grid, status: .resolved, category: .other),
    ]

    func render(_ panel: GridPanel, width: Int, height: Int, language: Language = .en) -> Buffer {
        var buffer = Buffer(width: width, height: height)
        panel.render(buffer.area, into: &buffer, context: PanelContext(theme: .make(tier: .monochrome), language: language, now: Self.now))
        return buffer
    }

    @Test("the ticket queue, most urgent first, with deadline words and Chinese titles")
    func gridQueue() {
        let state = TableViewState(sortColumn: TicketColumns.defaultSortColumn)
        let (key, _) = TicketColumns.sortKey(column: state.sortColumn)
        let order = TicketIndex(Self.tickets).sorted(Array(Self.tickets.indices), by: key)
        #expect(order == [0, 1, 2])
        let buffer = render(GridPanel(tickets: Self.tickets, order: order, table: state), width: 100, height: 7)
        #expect(buffer.text == """
        All tickets · / search  f filter  o overdue  m mine  u unassigned                             3 of 3
        ┌ Red Engine · residents' requests (synthetic) ─────────────────────────────────────────────── 1/3 ┐
        │ID         Age Left▲     Level     Category Place               Status      Assignee Title        │
        │T-000001    1d  -6h late Grid      Roads    江岸·三阳社区/3网格 Assigned    wangfang 路灯不亮     │
        │T-000002   20h   4h soon Community —        江岸·三阳社区/3网格 In progress wangfang Water leak i…│
        │T-000003    2h —         Grid      Other    江岸·三阳社区/3网格 Resolved    wangfang 已办         │
        └──────────────────────────────────────────────────────────────────────────────────────────────────┘
        """)
    }

    @Test("the deadline state is a word as well as a style")
    func deadlineWords() {
        let theme = Theme.make(tier: .xterm256)
        let context = PanelContext(theme: theme, language: .zh, now: Self.now)
        #expect(TicketColumns.deadlineWord(.overdue, context) == "超期")
        #expect(TicketColumns.deadlineWord(.nearing, context) == "临期")
        #expect(TicketColumns.deadlineStyle(.overdue, theme) == theme.danger)
        #expect(TicketColumns.deadlineStyle(.notOpen, theme) == nil)
    }

    @Test("a narrow panel cuts Chinese titles without splitting a character")
    func narrow() {
        let state = TableViewState(sortColumn: TicketColumns.defaultSortColumn)
        let buffer = render(GridPanel(tickets: Self.tickets, order: [0, 1, 2], table: state), width: 40, height: 5, language: .zh)
        for line in buffer.lines() { #expect(DisplayWidth.of(line) <= 40) }
        #expect(buffer.lines()[0].hasSuffix("3 条 / 共 3"))
        #expect(buffer.lines()[1].hasPrefix("┌ 红色引擎"))
        #expect(buffer.lines()[4].hasPrefix("└"))
    }

    @Test("the overview's headline tiles keep their titles whole at a sixth of 80 columns; the source sits in the bottom border, the article's date where it fits")
    func overviewHeadlines() throws {
        let seed = try Dataset.seedDataset(reference: Self.now)
        let dataset = Dataset(referenceDate: Self.now, tickets: Self.tickets, cadres: Array(seed.cadres.prefix(12)), talent: seed.talent, figures: seed.figures)
        let headlines = Headlines(funnel: PoolFunnel(dataset.cadres), metrics: GridMetrics(tickets: dataset.tickets, now: Self.now))
        func draw(_ width: Int, _ height: Int, _ language: Language) -> [String] {
            var buffer = Buffer(width: width, height: height)
            let context = PanelContext(theme: .make(tier: .monochrome), language: language, now: Self.now)
            HeadlineTiles(headlines: headlines, dataset: dataset, context: context).render(buffer.area, into: &buffer, context: context)
            return buffer.lines()
        }
        #expect(draw(80, 4, .en) == [
            "┌Cadre pool─┐┌ Appointed ┐┌ Open req… ┐┌ Overdue ──┐┌ Graduate… ┐┌ Non-public… ┐",
            "│    12     ││    12     ││     2     ││     1     ││   700K    ││    85.1%    │",
            "│           ││           ││           ││           ││           ││             │",
            "└ synthetic ┘└ synthetic ┘└ synthetic ┘└ synthetic ┘└─ reported ┘└─── reported ┘",
        ])
        #expect(draw(80, 4, .zh)[0] == "┌ 人选库 ───┐┌已选拔使用─┐┌未办结诉求─┐┌ 超期诉求 ─┐┌大学生留汉─┐┌ 非公覆盖率 ─┐")
        #expect(draw(80, 4, .zh)[1].contains("70万人") && draw(80, 4, .zh)[1].contains("85.1%"))
        let wide = draw(200, 8, .en)
        #expect(wide[7].contains("reported 2018-10") && wide[7].contains("reported 2018-11"), "the article's dates where they fit")
        #expect(wide[2].contains("█") && wide[4].contains("█"), "five-row digits on a wide, tall row: \(wide.joined(separator: "\n"))")
    }

    @Test("while the data is read, a centred screen says so and names the folder, cut to the width")
    func loading() {
        var buffer = Buffer(width: 30, height: 5)
        LoadingScreen(dataLabel: "/srv/zugong/data/very/long/path", context: PanelContext(theme: .make(tier: .monochrome), language: .zh, now: Self.now))
            .render(buffer.area, into: &buffer)
        #expect(buffer.text == """

                   组工看板
                正在读取数据…
        /srv/zugong/data/very/long/pa…

        """)
    }

    @Test("decoding records, the loading screen counts them and fills a bar; checking and replaying are named", arguments: [Language.zh, .en])
    func loadingProgress(language: Language) {
        func draw(_ progress: LoadingProgress) -> String {
            var buffer = Buffer(width: 40, height: 6)
            LoadingScreen(dataLabel: "/srv/data", progress: progress,
                          context: PanelContext(theme: .make(tier: .monochrome, symbols: .ascii), language: language, now: Self.now))
                .render(buffer.area, into: &buffer)
            return buffer.text
        }
        let half = draw(LoadingProgress(phase: .decoding, done: 55_020, total: 110_040))
        let zh = ["", "                组工看板", "       读取记录 55,020 / 110,040", "  ################50%.................", "               /srv/data", ""]
        let en = ["", "                 zugong", "   Reading records: 55,020 of 110,040", "  ################50%.................", "               /srv/data", ""]
        #expect(half.components(separatedBy: "\n") == (language == .zh ? zh : en))
        let checking = draw(LoadingProgress(phase: .checking, total: 110_040))
        #expect(checking.contains(language == .zh ? "检查 110,040 条记录…" : "Checking 110,040 records…") && !checking.contains("#"))
        #expect(draw(LoadingProgress(phase: .replaying, total: 12)).contains(language == .zh ? "重放日志 12 条…" : "Replaying 12 journal events…"))
    }

    @Test("the too-small screen names the size it needs")
    func tooSmall() {
        var buffer = Buffer(width: 24, height: 5)
        TooSmallScreen(size: TerminalSize(width: 24, height: 5), context: PanelContext(theme: .make(tier: .monochrome), language: .zh, now: Self.now))
            .render(into: &buffer)
        #expect(buffer.text == """

                终端太小
               需要 60×16
               当前 24×5

        """)
    }
}
