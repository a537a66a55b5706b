import Foundation
import App
import Domain
import Store
import TermUI

/// A small, hand-made grid (five workers, one ticket in each state) written to a fresh data
/// directory, and the dashboard running on it in memory with the grid tab open, for the triage
/// key scripts. The directory is removed when the desk goes away.
final class TriageDesk {
    /// The start of the current minute: the store stamps changes with the real time, so the data
    /// is made relative to it and deadlines set by changes read right.
    static let now = Date(timeIntervalSince1970: (Date().timeIntervalSince1970 / 60).rounded(.down) * 60)

    let directory = FileManager.default.temporaryDirectory.appending(path: "zugong-triage-\(UUID().uuidString)")
    let store: DataStore
    let terminal: MemoryTerminal
    let loop: AppLoop

    init(readOnly: Bool = false, language: Language = .en, width: Int = 100, height: Int = 24) throws {
        try DataStore.create(at: directory, dataset: Self.dataset)
        store = try DataStore.open(at: directory, readOnly: readOnly)
        terminal = MemoryTerminal(width: width, height: height)
        var state = AppState(dataset: store.dataset, size: TerminalSize(width: width, height: height), language: language,
                             theme: Theme.make(tier: .monochrome), now: Self.now, session: DataSession.sessionInfo(store))
        state.tab = .grid
        loop = AppLoop(terminal: terminal, state: state, store: store, clock: { TriageDesk.now })
    }

    deinit {
        try? FileManager.default.removeItem(at: directory)
    }

    var state: AppState { loop.state }
    var lines: [String] { terminal.lines }
    var screen: String { terminal.text }
    /// The status line (second to last row).
    var status: String { terminal.lines[terminal.lines.count - 2] }

    /// A ticket's row in the queue, split into words (columns narrow with the content, so
    /// the spacing is not compared).
    func row(_ id: String) -> [String] {
        (terminal.lines.first { $0.hasPrefix("│" + id) } ?? "").split(separator: " ").map(String.init)
    }

    /// Some rows of the screen as one text, for literal comparisons.
    func rows(_ range: ClosedRange<Int>) -> String { terminal.lines[range].joined(separator: "\n") }

    /// Plays events (then returns when the script runs out).
    func send(_ events: [InputEvent]) {
        terminal.send(events)
        _ = loop.run()
    }

    /// Types each character as a key press.
    func type(_ text: String) { send(text.map { .key(.char($0)) }) }

    func press(_ keys: Key...) { send(keys.map { .key($0) }) }

    /// Moves the queue's cursor onto a ticket.
    func select(_ id: String) {
        guard let index = state.dataset.ticketIndex(id), let row = state.orders[.grid]?.firstIndex(of: index) else { return }
        let current = state.tables[.grid]?.selected ?? 0
        send(Array(repeating: .key(row > current ? .down : .up), count: abs(row - current)))
    }

    func journalLines() throws -> Int {
        try String(contentsOf: directory.appending(path: "journal.jsonl"), encoding: .utf8).split(separator: "\n").count
    }

    /// The ticket as the files hold it, read by a second store.
    func stored(_ id: String) throws -> Ticket? {
        try DataStore.open(at: directory, readOnly: true).dataset.ticket(id)
    }

    /// A second operator on the same directory, as another process would be: "bob" when the tests
    /// run as root (who alone may act for someone), else this user again. A `config.json` makes
    /// both operators, since bob does not own the directory.
    func otherOperator() throws -> DataStore {
        let roles = #"{"operators":["\#(store.actor)","bob"]}"#
        try Data(roles.utf8).write(to: directory.appending(path: "config.json"))
        if let bob = try? DataStore.open(at: directory, actorOverride: "bob") { return bob }
        return try DataStore.open(at: directory)
    }

    // MARK: The data

    static let sanyang1 = TicketLocation(district: "江岸区", street: "大智街", community: "三阳社区", grid: "第1网格")
    static let sanyang2 = TicketLocation(district: "江岸区", street: "大智街", community: "三阳社区", grid: "第2网格")
    static let huanghelou1 = TicketLocation(district: "武昌区", street: "中华路街", community: "黄鹤楼社区", grid: "第1网格")

    static let workers = [
        GridWorker(id: "g1", name: "王芳", level: .grid, location: sanyang1, phone: "13900000001", source: .synthetic),
        GridWorker(id: "g2", name: "李强", level: .grid, location: sanyang2, phone: "13900000002", source: .synthetic),
        GridWorker(id: "g3", name: "赵敏", level: .grid, location: huanghelou1, phone: "13900000003", source: .synthetic),
        GridWorker(id: "c1", name: "三阳社区居委会", level: .community,
                   location: TicketLocation(district: "江岸区", street: "大智街", community: "三阳社区", grid: ""), phone: "", source: .synthetic),
        GridWorker(id: "c2", name: "黄鹤楼社区居委会", level: .community,
                   location: TicketLocation(district: "武昌区", street: "中华路街", community: "黄鹤楼社区", grid: ""), phone: "", source: .synthetic),
    ]

    static func hoursAgo(_ hours: Double) -> Date { now.addingTimeInterval(-hours * 3_600) }

    /// T-000001 to T-000006 are reported, classified, assigned, in progress, resolved and closed;
    /// T-000002 is the one overdue, T-000004 is claimed by bob.
    static let tickets: [Ticket] = {
        func ticket(_ number: Int, _ title: String, _ description: String, hoursOld: Double, status: TicketStatus,
                    category: TicketCategory?, location: TicketLocation = sanyang1, reporter: String, phone: String,
                    assignee: String? = nil, claimedBy: String? = nil) -> Ticket {
            let created = hoursAgo(hoursOld)
            return Ticket(id: Dataset.ticketID(number), source: .entered, title: title, description: description,
                          category: category, location: location, reporterName: reporter, reporterPhone: phone,
                          status: status, assignee: assignee, claimedBy: claimedBy, createdAt: created,
                          deadline: created.addingTimeInterval(24 * 3_600),
                          history: [HistoryEvent(seq: 0, actor: "hotline", at: created, op: "create", detail: nil)])
        }
        var resolved = ticket(5, "噪音扰民", "楼上深夜装修,噪音很大。", hoursOld: 12, status: .resolved, category: .neighbourDispute,
                              reporter: "周八", phone: "13700005555", assignee: "g1")
        resolved.resolvedAt = hoursAgo(1)
        resolved.resolutionNote = "已上门调解"
        var closed = ticket(6, "Parking blocked", "A van blocks the fire lane every night.", hoursOld: 72, status: .closed,
                            category: .parking, location: sanyang2, reporter: "Wang Wu", phone: "13600006666", assignee: "g2")
        closed.resolvedAt = hoursAgo(60)
        closed.closedAt = hoursAgo(48)
        closed.closeReason = .rated(score: 4)
        closed.ratings = [TicketRating(score: 4, comment: "fast", at: hoursAgo(48))]
        return [
            ticket(1, "路灯不亮", "三阳路口的路灯一连三晚不亮,居民夜间出行不便,老人和孩子过马路很危险,希望尽快修复。", hoursOld: 2, status: .reported, category: nil,
                   reporter: "张三", phone: "13812341234"),
            ticket(2, "Water leak in stairwell", "Water drips from the ceiling of the third floor stairwell.", hoursOld: 30,
                   status: .classified, category: .utilities, location: huanghelou1, reporter: "Li Lei", phone: "13900001111"),
            ticket(3, "垃圾满溢", "小区门口路边垃圾桶满溢,无人清运。", hoursOld: 10, status: .assigned, category: .sanitation,
                   reporter: "李四", phone: "13512345678", assignee: "g1"),
            ticket(4, "Broken bench in the park", "The bench by the lake lost two slats.", hoursOld: 20, status: .inProgress,
                   category: .greenery, location: sanyang2, reporter: "Han Mei", phone: "13400004444", assignee: "g2", claimedBy: "bob"),
            resolved,
            closed,
        ]
    }()

    static let dataset = Dataset(referenceDate: now, tickets: tickets, workers: workers)
}
