import Foundation
@testable import App
import Domain
import Panels
import TermUI

/// A fixed moment and the bundled seed built for it, so every screen in these tests is reproducible.
enum Fixture {
    static let now = Date(timeIntervalSince1970: 1_795_000_000)
    static let dataset: Dataset = (try? Dataset.seedDataset(reference: now)) ?? Dataset.generate(tickets: 10, cadres: 10, seed: 1, reference: now)

    static func state(width: Int = 80, height: Int = 24, language: Language = .en, tier: ColorTier = .xterm256) -> AppState {
        AppState(dataset: dataset, size: TerminalSize(width: width, height: height), language: language,
                 theme: Theme.make(tier: tier), now: now,
                 session: SessionInfo(dataLabel: "/data", user: "alice", readOnly: false))
    }

    /// Runs the app on an in-memory terminal through a script of events and returns the terminal.
    static func run(_ events: [InputEvent], width: Int = 80, height: Int = 24, language: Language = .en) -> (MemoryTerminal, AppLoop, String?) {
        let terminal = MemoryTerminal(width: width, height: height, events: events)
        let loop = AppLoop(terminal: terminal, state: state(width: width, height: height, language: language), clock: { now })
        let reason = loop.run()
        return (terminal, loop, reason)
    }

    static func keys(_ text: String) -> [InputEvent] { text.map { .key(.char($0)) } }
}

/// The pages' tables by tab, as the key scripts read them.
extension AppState {
    var grid: GridPage { page(GridPage.self) ?? GridPage(environment) }

    func cursor(_ tab: Tab) -> TableCursor? {
        switch pages[tab] {
        case let page as GridPage: page.table
        case let page as OverviewPage: page.table
        case let page as CadresPage: page.table
        case let page as TalentPage: page.table
        case let page as ScoresPage: page.table
        default: nil
        }
    }

    var orders: [Tab: [Int]] { Dictionary(uniqueKeysWithValues: Tab.allCases.compactMap { tab in cursor(tab).map { (tab, $0.order) } }) }
    var tables: [Tab: TableViewState] { Dictionary(uniqueKeysWithValues: Tab.allCases.compactMap { tab in cursor(tab).map { (tab, $0.view) } }) }
    var selectedTicket: Ticket? { grid.selectedTicket(dataset) }

    func visibleRows(_ tab: Tab) -> Int {
        let body = layout.body
        let area = switch tab {
        case .overview: RecordTable<ReportedFigure>.tableArea(in: body)
        case .cadres: CadresPanel.tableArea(in: body)
        case .grid: GridPanel.tableArea(in: body)
        case .talent: TalentPanel.tableArea(in: body, rows: dataset.talent.count)
        case .scores: ScoresPanel.tableArea(in: body)
        case .grassroots: Rect.zero
        }
        return Table.visibleRowCount(in: area)
    }
}
