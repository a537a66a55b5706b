import Testing
import Foundation
import Domain
import TermUI
@testable import Panels

@Suite("Grid panel parts drawn headless")
struct GridPanelTests {
    static let now = Date(timeIntervalSince1970: 1_795_000_000)

    static func context(_ language: Language) -> PanelContext {
        PanelContext(theme: .make(tier: .monochrome), language: language, now: now)
    }

    static func hoursAgo(_ hours: Double) -> Date { now.addingTimeInterval(-hours * 3_600) }

    static let place = TicketLocation(district: "江岸区", street: "大智街", community: "三阳社区", grid: "第1网格")
    static let workers = [GridWorker(id: "g1", name: "王芳", level: .grid, location: place, phone: "", source: .synthetic)]

    /// Created 30 hours ago, overdue since 6; classified, assigned, claimed and noted since.
    static let ticket = Ticket(
        id: "T-000042", revision: 5, updatedBy: "bob", updatedAt: hoursAgo(1), source: .entered, title: "楼道漏水",
        description: "三楼楼道天花板一直滴水,地面湿滑,老人上下楼容易摔倒。", category: .utilities, level: .grid,
        location: place, reporterName: "张三", reporterPhone: "13812341234", status: .assigned, assignee: "g1",
        claimedBy: "bob", createdAt: hoursAgo(30), deadline: hoursAgo(6),
        notes: [DatedNote(at: hoursAgo(1), actor: "bob", text: "已联系物业")],
        history: [
            HistoryEvent(seq: 0, actor: "hotline", at: hoursAgo(30), op: "create", detail: nil),
            HistoryEvent(seq: 3, actor: "alice", at: hoursAgo(29), op: "classify", detail: "utilities grid"),
            HistoryEvent(seq: 4, actor: "alice", at: hoursAgo(28), op: "assign", detail: "g1"),
            HistoryEvent(seq: 7, actor: "bob", at: hoursAgo(2), op: "claim", detail: nil),
            HistoryEvent(seq: 9, actor: "bob", at: hoursAgo(1), op: "note", detail: "已联系物业"),
        ])

    static let dataset = Dataset(referenceDate: now, tickets: [ticket], workers: workers)

    static func render(width: Int, height: Int, _ draw: (Rect, inout Buffer) -> Void) -> Buffer {
        var buffer = Buffer(width: width, height: height)
        draw(buffer.area, &buffer)
        return buffer
    }

    /// Two tickets resolved in the period, one inside the grid on time and rated 5, one after an
    /// escalation to the community, late and rated 2; and the open one above.
    static let metricTickets: [Ticket] = {
        var inGrid = Ticket(id: "T-000001", source: .entered, title: "a", description: "", category: .roads, level: .grid,
                            location: place, reporterName: "", reporterPhone: "", status: .closed, closeReason: .rated(score: 5),
                            assignee: "g1", createdAt: hoursAgo(60), deadline: hoursAgo(36), resolvedAt: hoursAgo(40),
                            resolutionNote: "ok", closedAt: hoursAgo(30), ratings: [TicketRating(score: 5, at: hoursAgo(30))])
        inGrid.history = [HistoryEvent(seq: 1, actor: "a", at: hoursAgo(40), op: "resolve", detail: "ok")]
        var escalated = Ticket(id: "T-000002", source: .entered, title: "b", description: "", category: .roads, level: .community,
                               location: place, reporterName: "", reporterPhone: "", status: .closed, closeReason: .rated(score: 3),
                               assignee: "c1", createdAt: hoursAgo(200), levelStartedAt: hoursAgo(150), deadline: hoursAgo(78),
                               resolvedAt: hoursAgo(20), resolutionNote: "ok", closedAt: hoursAgo(10),
                               ratings: [TicketRating(score: 2, at: hoursAgo(100)), TicketRating(score: 3, at: hoursAgo(10))])
        escalated.history = [HistoryEvent(seq: 2, actor: "a", at: hoursAgo(20), op: "resolve", detail: "ok")]
        return [inGrid, escalated, ticket]
    }()

    static let metrics = GridMetrics(tickets: metricTickets, now: now)

    @Test("the metrics strip: counts now, shares, on-time rate and satisfaction over 30 days, each with a trend")
    func metricsStrip() {
        #expect(Self.metrics.withinGrid.value == 0.5 && Self.metrics.onTime.value == 0.5)
        let english = Self.render(width: 90, height: 2) { MetricsStrip(metrics: Self.metrics).render($0, into: &$1, context: Self.context(.en)) }
        #expect(english.text == """
        Open           Overdue        In grid 30d    In comm. 30d   On time 30d    Satisf. 30d
        1 ▁▁▁▅▅▅▅▅▅█▅▅ 1 ▁▁▁▁▁▁▁▁█▁▁█ 50%         ▄  100%        ▄  50%         ▄  3.3      ▁  █▃
        """)
        let chinese = Self.render(width: 90, height: 2) { MetricsStrip(metrics: Self.metrics).render($0, into: &$1, context: Self.context(.zh)) }
        #expect(chinese.lines()[0] == "在办           超期           格内30天       社区内30天     按时率30天     满意度30天")
        #expect(chinese.lines()[1] == english.lines()[1])
    }

    @Test("without resolved tickets the shares read —, not 0%")
    func emptyShares() {
        let metrics = GridMetrics(tickets: [Self.ticket], now: Self.now)
        let buffer = Self.render(width: 90, height: 2) { MetricsStrip(metrics: metrics).render($0, into: &$1, context: Self.context(.en)) }
        #expect(buffer.lines()[1].hasPrefix("1 ▁▁▁▁▁▁▁▁▁▁██ 1 ▁▁▁▁▁▁▁▁▁▁▁█ —              —              —              —"))
    }

    static let filter = TicketFilter(statuses: [.assigned, .inProgress], district: "江岸区", street: "大智街", overdueOnly: true,
                                     claimedBy: "bob", text: "漏水")
    static var filtered: GridPanel { GridPanel(tickets: metricTickets, order: [2], table: TableViewState(sortColumn: TicketColumns.defaultSortColumn),
                                    metrics: metrics, filter: filter) }

    @Test("the panel: strip, the active filters in words with N of M, and the queue (English)")
    func filteredPanelEnglish() {
        let buffer = Self.render(width: 100, height: 8) { Self.filtered.render($0, into: &$1, context: Self.context(.en)) }
        // Below 12 rows the strip gives way to the queue.
        #expect(buffer.text == """
        Filters: Status: Assigned,In progress · 江岸区/大智街 · overdue · mine · /漏水  (c clears)    1 of 3
        ┌ Red Engine · residents' requests (entered) ───────────────────────────────────────────────── 1/1 ┐
        │ID         Age Left▲     Level Category  Place                 Status   Assignee Title            │
        │T-000042    1d  -6h late Grid  Utilities 江岸·三阳社区/第1网格 Assigned bob      楼道漏水         │
        │                                                                                                  │
        │                                                                                                  │
        │                                                                                                  │
        └──────────────────────────────────────────────────────────────────────────────────────────────────┘
        """)
    }

    @Test("the panel in Chinese, with the metrics strip on top")
    func filteredPanelChinese() {
        let buffer = Self.render(width: 100, height: 12) { Self.filtered.render($0, into: &$1, context: Self.context(.zh)) }
        #expect(buffer.text == """
        在办            超期            格内30天        社区内30天      按时率30天      满意度30天
        1 ▁▁▁▁▅▅▅▅▅▅█▅▅ 1 ▁▁▁▁▁▁▁▁▁█▁▁█ 50%          ▄  100%         ▄  50%          ▄  3.3          ▁  █▃
        筛选:状态:已派单、处理中 · 江岸区/大智街 · 超期 · 我认领的 · /漏水  (c 清除)             1 条 / 共 3
        ┌ 红色引擎 · 群众诉求 (录入) ───────────────────────────────────────────────────────────────── 1/1 ┐
        │编号      时长 剩余▲      级别 类别     区·社区/网格          状态   处理人 标题                  │
        │T-000042   1天  -6时 超期 网格 水电气暖 江岸·三阳社区/第1网格 已派单 bob    楼道漏水              │
        │                                                                                                  │
        │                                                                                                  │
        │                                                                                                  │
        │                                                                                                  │
        │                                                                                                  │
        └──────────────────────────────────────────────────────────────────────────────────────────────────┘
        """)
    }

    @Test("while the search is typed it takes the filter line; narrow, the age, level and category go before the title; Chinese is cut whole, with …")
    func searchingNarrow() {
        var panel = Self.filtered
        panel.search = TextFieldState(text: "漏水")
        let buffer = Self.render(width: 60, height: 5) { panel.render($0, into: &$1, context: Self.context(.zh)) }
        #expect(buffer.text == """
        / 漏水                                           1 条 / 共 3
        ┌ 红色引擎 · 群众诉求 (录入) ───────────────────────── 1/1 ┐
        │编号      剩余▲      区·社区/…  状态   处理人 标题        │
        │T-000042   -6时 超期 江岸·三阳… 已派单 bob    楼道漏水    │
        └──────────────────────────────────────────────────────────┘
        """)
        #expect(panel.searchCursor(in: buffer.area, context: Self.context(.zh))! == (x: 6, y: 0))
    }

    // MARK: The detail

    static var detail: TicketDetailView { TicketDetailView(ticket: ticket, dataset: dataset, scroll: 0, revealPhone: false) }

    @Test("the detail: place, masked phone, deadline, claimer, full text, notes and the timeline with who and when")
    func detailEnglish() {
        let buffer = Self.render(width: 70, height: 24) { Self.detail.render($0, into: &$1, context: Self.context(.en)) }
        #expect(buffer.text == """
        ┌ T-000042 · 楼道漏水 ───────────────────────────────────── Assigned ┐
        │Status    Assigned · Grid level · Utilities                         │
        │Location  江岸区 / 大智街 / 三阳社区 / 第1网格                      │
        │Reporter  张三  138****1234  (p shows the number)                   │
        │Reported  2026-11-17 13:06  (1 day ago)                             │
        │Deadline  2026-11-18 13:06  6 hours overdue                         │
        │Assignee  王芳 (g1)  · claimed by bob                               │
        │                                                                    │
        │Description                                                         │
        │三楼楼道天花板一直滴水,地面湿滑,老人上下楼容易摔倒。                │
        │                                                                    │
        │Rating                                                              │
        │not rated yet                                                       │
        │                                                                    │
        │Notes                                                               │
        │2026-11-18 18:06  bob        已联系物业                             │
        │                                                                    │
        │History                                                             │
        │2026-11-17 13:06  hotline    reported                               │
        │2026-11-17 14:06  alice      classified: Utilities, Grid level      │
        │2026-11-17 15:06  alice      assigned to 王芳 (g1)                  │
        │2026-11-18 17:06  bob        claimed                                │
        │2026-11-18 18:06  bob        note: 已联系物业                       │
        └───────────────────────────────────────────── Esc back · j/k scroll ┘
        """)
        var revealed = Self.detail
        revealed.revealPhone = true
        let shown = Self.render(width: 70, height: 24) { revealed.render($0, into: &$1, context: Self.context(.en)) }
        #expect(shown.lines()[3] == "│Reporter  张三  13812341234                                         │")
    }

    @Test("a note of several lines (CRLF from another system) goes on in its text's column, not at the left edge")
    func detailNoteOfSeveralLines() throws {
        var ticket = Self.ticket
        ticket.notes[0].text = "已联系物业\r\n明早上门"
        let view = TicketDetailView(ticket: ticket, dataset: Self.dataset, scroll: 0, revealPhone: false)
        let lines = Self.render(width: 70, height: 24) { view.render($0, into: &$1, context: Self.context(.en)) }.lines()
        let first = try #require(lines.firstIndex { $0.contains("已联系物业") })
        #expect(lines[first] == "│2026-11-18 18:06  bob        已联系物业                             │")
        #expect(lines[first + 1] == "│" + String(repeating: " ", count: 29) + "明早上门" + String(repeating: " ", count: 31) + "│")
    }

    @Test("a title the top border has to cut is shown whole as the detail's first line")
    func detailLongTitle() {
        var long = Self.ticket
        long.title = "楼道漏水,天花板一直滴水,地面湿滑,老人上下楼容易摔倒,请尽快派人处理"
        let view = TicketDetailView(ticket: long, dataset: Self.dataset, scroll: 0, revealPhone: false)
        let lines = Self.render(width: 70, height: 8) { view.render($0, into: &$1, context: Self.context(.zh)) }.lines()
        #expect(lines[0].hasPrefix("┌ T-000042 · 楼道漏水,天花板一直滴水,") && lines[0].contains("…"))
        #expect(lines[1] == "│标题      楼道漏水,天花板一直滴水,地面湿滑,老人上下楼容易摔倒,请尽快│")
        #expect(lines[2] == "│派人处理                                                            │")
        #expect(lines[3].hasPrefix("│状态      已派单"))
        // A title that fits the border is not repeated.
        #expect(!Self.render(width: 70, height: 8) { Self.detail.render($0, into: &$1, context: Self.context(.zh)) }.text.contains("标题"))
    }

    @Test("a narrow Chinese detail wraps before a wide character instead of splitting it, and scrolls to the timeline's end")
    func detailNarrowChinese() {
        let context = Self.context(.zh)
        let top = Self.render(width: 41, height: 14) { Self.detail.render($0, into: &$1, context: context) }
        #expect(top.text == """
        ┌ T-000042 · 楼道漏水 ────────── 已派单 ┐
        │状态      已派单 · 网格级 · 水电气暖   │
        │位置      江岸区 / 大智街 / 三阳社区 / │
        │第1网格                                │
        │报告人    张三  138****1234  (p 显示号 │
        │码)                                    │
        │上报时间  2026-11-17 13:06  (1天前)    │
        │办理时限  2026-11-18 13:06  超期 6小时 │
        │处理人    王芳 (g1)  · bob 已认领      │
        │                                       │
        │诉求内容                               │
        │三楼楼道天花板一直滴水,地面湿滑,老人上 │
        │下楼容易摔倒。                         │
        └────────────────── Esc 返回 · j/k 滚动 ┘
        """)
        var end = Self.detail
        end.scroll = end.maxScroll(in: top.area, context: context)
        let bottom = Self.render(width: 41, height: 14) { end.render($0, into: &$1, context: context) }
        #expect(bottom.text == """
        ┌ T-000042 · 楼道漏水 ────────── 已派单 ┐
        │备注                                   │
        │2026-11-18 18:06  bob        已联系物业│
        │                                       │
        │处理记录                               │
        │2026-11-17 13:06  hotline    上报      │
        │2026-11-17 14:06  alice      分类:水电 │
        │气暖,网格级                            │
        │2026-11-17 15:06  alice      派单给 王 │
        │芳(g1)                                 │
        │2026-11-18 17:06  bob        认领      │
        │2026-11-18 18:06  bob        备注:已联 │
        │系物业                                 │
        └────────────────── Esc 返回 · j/k 滚动 ┘
        """)
    }

    // MARK: Forms

    static let classify = FormModel(id: "ticket.classify", title: Label(zh: "分类定级", en: "Classify"), recordID: ticket.id, revision: 4, fields: [
        .choice("category", Label(zh: "类别", en: "Category"), TicketCategory.allCases.map { Choice($0.label, value: $0.rawValue) },
                selected: "utilities"),
        .choice("level", Label(zh: "级别", en: "Level"), TicketLevel.allCases.map { Choice($0.label, value: $0.rawValue) }),
        .text("reason", Label(zh: "理由", en: "Reason"), "需要社区协调", required: true),
    ])

    @Test("a form in Chinese: the ticket's current state, a warning that it changed since the form opened, labels and pickers")
    func formChinese() {
        let buffer = Self.render(width: 64, height: 13) { FormDialog(form: Self.classify, header: TicketFormHeader.lines(Self.classify, ticket: Self.ticket, context: Self.context(.zh))).render($0, into: &$1, context: Self.context(.zh)) }
        #expect(buffer.text == """

            ┌ 分类定级 ────────────────────────────────────────────┐
            │ T-000042  楼道漏水                                   │
            │ 已派单 · 网格级 · g1 · bob                           │
            │ ! 打开后已被 bob 修改,以上为最新状态                 │
            │                                                      │
            │ 类别      < 水电气暖 >  8/12                         │
            │ 级别      < 网格 >  1/4                              │
            │ 理由*     需要社区协调                               │
            │                                                      │
            │ Enter 保存 · ↑↓/Tab 换栏 · ←→ 选择 · Esc 取消        │
            └──────────────────────────────────────────────────────┘

        """)
        // On the ticket's current revision there is nothing to warn about.
        var current = Self.classify
        current.revision = Self.ticket.revision
        let plain = Self.render(width: 64, height: 13) { FormDialog(form: current, header: TicketFormHeader.lines(current, ticket: Self.ticket, context: Self.context(.zh))).render($0, into: &$1, context: Self.context(.zh)) }
        #expect(!plain.text.contains("!"))
    }

    @Test("a form in English shows why the last save was refused in place of the keys")
    func formEnglishRefused() {
        var form = Self.classify
        form.error = "reason is required"
        form.focus = 2
        let dialog = FormDialog(form: form, header: TicketFormHeader.lines(form, ticket: Self.ticket, context: Self.context(.en)))
        let buffer = Self.render(width: 64, height: 13) { dialog.render($0, into: &$1, context: Self.context(.en)) }
        #expect(buffer.text == """

            ┌ Classify ────────────────────────────────────────────┐
            │ T-000042  楼道漏水                                   │
            │ Assigned · Grid level · g1 · bob                     │
            │ ! changed by bob since this form opened; above is t… │
            │                                                      │
            │ Category  < Utilities >  8/12                        │
            │ Level     < Grid >  1/4                              │
            │ Reason*   需要社区协调                               │
            │                                                      │
            │ reason is required                                   │
            └──────────────────────────────────────────────────────┘

        """)
        // The cursor sits after the typed Chinese text: two columns per character.
        #expect(dialog.cursor(in: buffer.area)! == (x: 16 + 12, y: 8))
    }

    @Test("a narrow form cuts a long Chinese refusal whole, with …")
    func formNarrow() {
        var form = Self.classify
        form.error = "T-000042 已被 bob 于 18:06 修改(当前版本 5,您的版本 4)"
        let buffer = Self.render(width: 44, height: 13) { FormDialog(form: form, header: TicketFormHeader.lines(form, ticket: Self.ticket, context: Self.context(.zh))).render($0, into: &$1, context: Self.context(.zh)) }
        #expect(buffer.text == """

          ┌ 分类定级 ────────────────────────────┐
          │ T-000042  楼道漏水                   │
          │ 已派单 · 网格级 · g1 · bob           │
          │ ! 打开后已被 bob 修改,以上为最新状态 │
          │                                      │
          │ 类别      < 水电气暖 >  8/12         │
          │ 级别      < 网格 >  1/4              │
          │ 理由*     需要社区协调               │
          │                                      │
          │ T-000042 已被 bob 于 18:06 修改(当…  │
          └──────────────────────────────────────┘

        """)
        for line in buffer.lines() { #expect(DisplayWidth.of(line) <= 44) }
    }

    @Test("a form taller than the screen shows a window of fields around the focused one, with its place in the title")
    func formScrollsToTheFocus() {
        var form = FormModel(id: "grid.filter", title: Label(zh: "筛选", en: "Filters"), fields: (1...11).map { FormField.text("f\($0)", Label(zh: "字段\($0)", en: "Field \($0)")) })
        form.focus = 10
        let dialog = FormDialog(form: form, header: TicketFormHeader.lines(form, ticket: nil, context: Self.context(.en)))
        let buffer = Self.render(width: 40, height: 10) { dialog.render($0, into: &$1, context: Self.context(.en)) }
        #expect(buffer.text == """
        ┌ Filters ──────────────────── 7–11/11 ┐
        │                                      │
        │ Field 7                              │
        │ Field 8                              │
        │ Field 9                              │
        │ Field 10                             │
        │ Field 11                             │
        │                                      │
        │ Enter save · ↑↓/Tab field · ←→ choo… │
        └──────────────────────────────────────┘
        """)
        let cursor = dialog.cursor(in: Rect(x: 0, y: 0, width: 40, height: 10))
        #expect(cursor?.y == 6)
    }
}
