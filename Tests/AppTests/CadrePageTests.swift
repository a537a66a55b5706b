import Testing
import Foundation
import Domain
import Panels
import Store
import TermUI
@testable import App

@Suite("The cadre and report-card pages")
struct CadrePageTests {
    private func state(readOnly: Bool = false, language: Language = .en, width: Int = 80, height: Int = 24, tab: Tab = .cadres) -> AppState {
        AppState(dataset: Fixture.dataset, size: TerminalSize(width: width, height: height), language: language,
                 theme: Theme.make(tier: .monochrome), now: Fixture.now,
                 session: SessionInfo(dataLabel: "/data", user: "alice", readOnly: readOnly), tab: tab)
    }

    private func press(_ state: inout AppState, _ keys: [Key]) {
        for key in keys {
            guard let action = InputRouter.action(for: .key(key), state: state, frame: ScreenRenderer.render(state)) else { continue }
            _ = AppReducer.reduce(&state, action)
        }
    }

    private func cadres(_ state: AppState) -> CadresPage { state.page(CadresPage.self) ?? CadresPage(state.environment) }

    @Test("filters combine and the count says N of M; the search narrows by name, unit or post")
    func filters() {
        var state = self.state()
        let all = state.dataset.cadres.count
        press(&state, [.char("w")])
        let warned = cadres(state).table.rowCount
        #expect(warned == state.dataset.cadres.filter { !$0.warnings.isEmpty }.count && warned > 0)
        press(&state, [.char("b")])
        #expect(cadres(state).table.order.allSatisfy { state.dataset.cadres[$0].firstBatch && !state.dataset.cadres[$0].warnings.isEmpty })
        #expect(ScreenRenderer.render(state).buffer.text.contains("\(cadres(state).table.rowCount) of \(all)"))
        press(&state, [.char("c")])
        #expect(cadres(state).table.rowCount == all && state.message == "Filters cleared")
        let someone = state.dataset.cadres[5]
        press(&state, [.char("/")] + someone.name.map { .char($0) } + [.enter])
        #expect(cadres(state).filter.text == someone.name && cadres(state).table.order.contains(5))
        #expect(cadres(state).table.order.allSatisfy { state.dataset.cadres[$0].name.contains(someone.name) || state.dataset.cadres[$0].unit.contains(someone.name) })
    }

    @Test("the filter menu: stage, pool, points below and a criterion below, all at once; a bad threshold is refused in the form")
    func filterMenu() throws {
        var state = self.state()
        press(&state, [.char("f")])
        var form = try #require(state.form)
        #expect(form.id == "cadres.filter")
        let stages = [Choice(Label(zh: "全部", en: "any"), value: "")] + CadreStage.allCases.map { Choice($0.label, value: $0.rawValue) }
        form.fields[0] = .choice("stage", form.fields[0].label, stages, selected: "in_post")
        for (i, field) in form.fields.enumerated() where field.name == "pointsBelow" { form.fields[i] = .text("pointsBelow", field.label, "10") }
        for (i, field) in form.fields.enumerated() where field.name == "criterionBelow" { form.fields[i] = .text("criterionBelow", field.label, "75") }
        state.overlays = [.form(form, owner: .cadres)]
        press(&state, [.enter])
        let page = cadres(state)
        #expect(state.form == nil && page.filter.stages == [.inPost] && page.filter.pointsBelow == 10 && page.filter.criterionBelow == 75)
        #expect(page.table.order.allSatisfy { i in
            let c = state.dataset.cadres[i]
            return c.stage == .inPost && c.pointsTotal < 10 && Criterion.allCases.contains { c.scores[$0] < 75 }
        })
        press(&state, [.char("f")])
        var bad = try #require(state.form)
        for (i, field) in bad.fields.enumerated() where field.name == "pointsBelow" { bad.fields[i] = .text("pointsBelow", field.label, "ten") }
        state.overlays = [.form(bad, owner: .cadres)]
        press(&state, [.enter])
        #expect(state.form?.error == "points below takes a number")
    }

    @Test("a cadre's record: criteria bars, points by month with reasons and the running total, warnings, history")
    func record() throws {
        var state = self.state(width: 100, height: 60)
        let index = try #require(state.dataset.cadres.firstIndex { !$0.warnings.isEmpty && $0.monthlyPoints.count > 2 })
        let cadre = state.dataset.cadres[index]
        press(&state, [.char("/")] + cadre.id.map { .char($0) } + [.enter, .enter])
        #expect(cadres(state).detail?.cadreID == cadre.id && cadres(state).mode == PageMode.detail)
        let lines = CadreDetailView(cadre: cadre, dataset: state.dataset, scroll: 0)
            .text(PanelContext(theme: .make(tier: .monochrome), language: .en, now: Fixture.now), width: 96)
        #expect(lines[0] == "\(cadre.id) · \(cadre.name) · \(cadre.stage.label.en)")
        #expect(lines.contains { $0.hasPrefix("Loyal and clean") && $0.hasSuffix(Format.fixed(cadre.scores.loyalClean, decimals: 1)) })
        let firstMonth = try #require(cadre.monthlyPoints.map(\.month).min())
        #expect(lines.contains { $0.hasPrefix(firstMonth.description) && $0.contains("total \(cadre.points(in: firstMonth))") })
        #expect(lines.contains { $0.contains(cadre.monthlyPoints[0].reason) })
        #expect(lines.contains { $0.contains(cadre.warnings[0].text) })
        #expect(lines.last?.contains(state.dataset.summary(of: try #require(cadre.history.last)).en) == true)
        press(&state, [.escape])
        #expect(cadres(state).detail == nil)
    }

    @Test("actions: a supervisor adds points through the form; others see them disabled with the reason, the state's rule refuses the rest")
    func actions() throws {
        var state = self.state()
        let index = try #require(state.dataset.cadres.firstIndex { $0.stage == .inPost })
        let cadre = state.dataset.cadres[index]
        press(&state, [.char("/")] + cadre.id.map { .char($0) } + [.enter, .char("p")])
        let form = try #require(state.form)
        #expect(form.id == "cadre.add_points" && form.value("month") == Month(containing: Fixture.now).description)
        // Review is refused by the stage, with the domain's words.
        var review = state
        review.overlays = []
        press(&review, [.char("v")])
        #expect(review.message == "cannot review \(cadre.id): stage is in post; allowed when discovered")
        var readOnly = self.state(readOnly: true)
        press(&readOnly, [.char("p")])
        #expect(readOnly.message == "read-only" && readOnly.form == nil)
        let bar = ScreenRenderer.render(readOnly).buffer.lines().last ?? ""
        #expect(!bar.contains("Points") && !bar.contains("Appoint"))
    }

    @Test("the cadre page at 80×24 in Chinese: the funnel's reported and pool lines, the filter line, the table with its legend")
    func chineseScreen() {
        let lines = ScreenRenderer.render(self.state(language: .zh)).buffer.lines()
        #expect(lines[1].hasPrefix("┌ 狮子型干部人选库 · 选拔流程"))
        #expect(lines[2].hasPrefix("│报道 市级人选 309 → 任用到攻坚岗位 151 (2018-11)"))
        #expect(lines[3].hasPrefix("│库内 (模拟数据) 发现掌握 "))
        #expect(lines[5].hasPrefix("全部干部 · / 搜索  f 筛选") && lines[5].hasSuffix("人 / 共 \(Fixture.dataset.cadres.count)"))
        #expect(lines[7].hasPrefix("│编号▲   姓名   性别  出生 人选库 阶段"))
        #expect(lines[21].contains("五项条形:忠诚 思想 善谋 担当 实绩,50–100 分"))
        for line in lines { #expect(DisplayWidth.of(line) <= 80) }
    }

    @Test("the funnel at 160×45 draws a bar per stage beside the reported figures")
    func tallFunnel() {
        let text = ScreenRenderer.render(self.state(width: 160, height: 45)).buffer.text
        #expect(text.contains("Reported") && text.contains("city candidates 309 → appointed to hard posts 151 (2018-11)"))
        #expect(text.contains("Pool by stage · ever appointed \(PoolFunnel(Fixture.dataset.cadres).appointed())"))
        for stage in CadreStage.allCases { #expect(text.contains(stage.label.en)) }
    }

    @Test("report cards: months step with ← →, the kind with t, ranks and warnings follow; a score entered moves the rank")
    func reportCards() throws {
        var state = self.state(width: 120, height: 40, tab: .scores)
        let page = try #require(state.page(ScoresPage.self))
        let months = ScoreBoard.months(state.dataset.units)
        #expect(page.month == months.last && page.kind == .district)
        #expect(page.board.rows.count == 13 && page.board.rows.first?.overallRank == 1)
        press(&state, [.left])
        #expect(state.page(ScoresPage.self)?.month == months.last?.adding(months: -1))
        press(&state, [.right, .right])
        #expect(state.message == "This is the latest month")
        press(&state, [.char("t")])
        #expect(state.page(ScoresPage.self)?.kind == .developmentZone)
        let screen = ScreenRenderer.render(state).buffer.text
        #expect(screen.contains("Four report cards · Development zone") && screen.contains("A ≥90 B ≥80 C ≥70 D ≥60 E <60"))
        #expect(screen.contains("advanced individuals 96") && screen.contains("excellent civil servants 228"))
        press(&state, [.char("e")])
        let form = try #require(state.form)
        #expect(form.id == "unit.set_report_card" && form.value("month") == months.last?.description)
        var readOnly = self.state(readOnly: true, tab: .scores)
        press(&readOnly, [.char("e")])
        #expect(readOnly.message == "read-only")
    }

    @Test("the warning rule: below the floor on any card, or the bottom of its kind overall for months running; the step grows with time")
    func warnings() {
        let month = Month(year: 2018, month: 10)
        func unit(_ id: String, _ overall: [Double], law: Double = 80) -> AssessmentUnit {
            AssessmentUnit(id: id, name: Label(zh: id, en: id), kind: .district, scores: overall.enumerated().flatMap { i, score in
                [ReportCardScore(month: month.adding(months: i - overall.count + 1), card: .overall, score: score, source: .synthetic),
                 ReportCardScore(month: month.adding(months: i - overall.count + 1), card: .ruleOfLaw, score: law, source: .synthetic)]
            })
        }
        let units = (1...6).map { unit("U-\($0)", [90 - Double($0), 90 - Double($0), 90 - Double($0)]) }
            + [unit("U-7", [95, 95, 95], law: 55)]
        let warnings = UnitWarning.all(units, month: month, rule: WarningRule(floor: 60, bottom: 2, months: 2))
        // The longest-running first: U-7 has been below the floor for all three months.
        #expect(warnings.map(\.unitID) == ["U-7", "U-5", "U-6"])
        #expect(warnings[0].monthsRunning == 3 && warnings[0].step == .admonish && warnings[0].reasons.map(\.en) == ["Rule of law 55, below 60"])
        #expect(warnings[1].monthsRunning == 2 && warnings[1].step == .inquiry)
        #expect(warnings[1].reasons.map(\.en) == ["bottom 2 of its kind overall for 2 months"])
        #expect(AccountabilityStep(monthsInWarning: 9) == .reassign)
    }
}

@Suite("Cadre forms against a real store")
struct CadreStoreTests {
    @Test("a points form saved after another supervisor changed the cadre is refused with who changed it; saving again applies")
    func staleForm() throws {
        let directory = FileManager.default.temporaryDirectory.appending(path: "zugong-cadre-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        try DataStore.create(at: directory, dataset: Fixture.dataset)
        let store = try DataStore.open(at: directory)
        let cadre = try #require(store.dataset.cadres.first { $0.stage == .inPost })
        let terminal = MemoryTerminal(width: 100, height: 30)
        var state = AppState(dataset: store.dataset, size: TerminalSize(width: 100, height: 30), language: .en,
                             theme: Theme.make(tier: .monochrome), now: Date(), session: DataSession.sessionInfo(store), tab: .cadres)
        state.tab = .cadres
        let loop = AppLoop(terminal: terminal, state: state, store: store)
        terminal.send([.key(.char("/"))] + cadre.id.map { .key(.char($0)) } + [.key(.enter), .key(.char("p")), .key(.tab), .key(.char("3")), .key(.tab)]
                      + "走访群众".map { .key(.char($0)) })
        _ = loop.run()
        #expect(loop.state.form?.id == "cadre.add_points")
        let other = try DataStore.open(at: directory)
        _ = try other.submit(Change(recordID: cadre.id, operation: .warn(text: "另一位主管")))
        terminal.send([.key(.enter)])
        _ = loop.run()
        let refused = try #require(loop.state.form?.error)
        #expect(refused.hasPrefix("\(cadre.id) was changed by "), "\(refused)")
        terminal.send([.key(.enter)])
        _ = loop.run()
        #expect(loop.state.form == nil && loop.state.message?.hasPrefix("\(cadre.id) ") == true)
        let saved = try DataStore.open(at: directory, readOnly: true).dataset.cadre(cadre.id)
        #expect(saved?.monthlyPoints.last?.delta == 3 && saved?.monthlyPoints.last?.reason == "走访群众" && saved?.warnings.last?.text == "另一位主管")
    }
}
