import Foundation
import Domain
import Panels

/// The data and everything derived from it, in one read-only value that pages read: the ticket
/// index, the grid's metrics, the overview's counts. Each derivation is brought up to date when
/// the data changes (from the changed record ids where it can), never per frame.
public struct World {
    public private(set) var dataset: Dataset
    /// The tickets as filterable, sortable columns, updated per changed ticket rather than rebuilt.
    public private(set) var ticketIndex: TicketIndex
    public private(set) var gridMetrics: GridMetrics
    /// The cadre pool by stage and pool, and where its records come from.
    public private(set) var poolFunnel: PoolFunnel
    public private(set) var cadreSources: [Source]
    /// Every cadre's search text, by position, for the pool's search.
    public private(set) var cadreSearch: SearchText
    public private(set) var headlines: Headlines
    /// The grid by district and its overdue tickets by level, for the overview's map and alerts.
    public private(set) var districtMetrics: DistrictMetrics
    /// The latest changes, for the overview's feed.
    public private(set) var activity: ActivityFeed
    /// The latest report-card month's boards and warnings.
    public private(set) var unitSummary: UnitSummary
    public let warningRule: WarningRule
    /// Grid workers' names by id, for the queue's assignee column.
    public private(set) var workerNames: [String: String]

    /// How often the clock-driven figures (overdue counts) are brought up to date.
    public static let clockRefreshSeconds: TimeInterval = 60

    public init(dataset: Dataset, now: Date, warningRule: WarningRule = .standard) {
        self.dataset = dataset
        self.warningRule = warningRule
        // The ticket index keeps every core busy for most of this; what needs no index is made
        // beside it (the grid's metrics too: after the index, they were 0.01 s on one core).
        let others: (PoolFunnel, [Source], SearchText, ActivityFeed, UnitSummary, GridMetrics)
        (ticketIndex, others) = sideBySide({ TicketIndex(dataset.tickets) }) {
            (PoolFunnel(dataset.cadres), Source.present(count: dataset.cadres.count) { dataset.cadres[$0].source },
             SearchText(count: dataset.cadres.count) { dataset.cadres[$0].searchFields }, ActivityFeed(dataset),
             UnitSummary(units: dataset.units, cadres: dataset.cadres, rule: warningRule), GridMetrics(tickets: dataset.tickets, now: now))
        }
        (poolFunnel, cadreSources, cadreSearch, activity, unitSummary, gridMetrics) = others
        districtMetrics = DistrictMetrics(tickets: dataset.tickets, index: ticketIndex, now: now)
        headlines = Headlines(funnel: poolFunnel, metrics: gridMetrics, cadreSources: cadreSources)
        workerNames = Self.names(dataset.workers)
    }

    /// Whether something waits for first use that could be made now (the tickets' search text).
    var hasIdleWork: Bool { ticketIndex.searchIsWaiting }

    /// Starts making, on another thread, what waits for first use: for the loop once a frame is on
    /// screen and no key is waiting, so the first search does not wait for it.
    func prepareIdleWork() {
        ticketIndex.prepareSearch()
    }

    private static func names(_ workers: [GridWorker]) -> [String: String] {
        Dictionary(workers.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
    }

    /// Takes new data. `changed` names the records that differ, so the ticket index is updated
    /// for those alone; nil rebuilds it.
    mutating func replace(_ new: Dataset, changed: Set<String>?, now: Date) {
        let previousCount = ticketIndex.count
        dataset = new
        updateTicketIndex(changed: changed, previousCount: previousCount)
        let cadres = changed.map { $0.compactMap { new.cadreIndex($0) } }
        if cadres.map({ !$0.isEmpty }) ?? true {
            poolFunnel = PoolFunnel(new.cadres)
            cadreSources = Source.present(count: new.cadres.count) { new.cadres[$0].source }
            if let cadres, cadreSearch.count == new.cadres.count {
                for i in cadres { cadreSearch.replace(new.cadres[i].searchFields, at: i) }
            } else {
                cadreSearch = SearchText(count: new.cadres.count) { new.cadres[$0].searchFields }
            }
        }
        let units = changed.map { $0.contains { new.unitIndex($0) != nil } } ?? true
        if units || cadres.map({ !$0.isEmpty }) ?? true {
            unitSummary = UnitSummary(units: new.units, cadres: new.cadres, rule: warningRule)
        }
        activity.update(new, changed: changed)
        if changed == nil || new.workers.count != workerNames.count { workerNames = Self.names(new.workers) }
        recount(now: now)
    }

    /// The metrics and counts, from the data and the clock.
    mutating func recount(now: Date) {
        (gridMetrics, districtMetrics) = GridMetrics.withDistricts(dataset.tickets, index: ticketIndex, now: now)
        headlines = Headlines(funnel: poolFunnel, metrics: gridMetrics, cadreSources: cadreSources)
    }

    /// Whether the clock has moved far enough for the clock-driven figures to be recounted.
    func isStale(at now: Date) -> Bool { now.timeIntervalSince(gridMetrics.computedAt) >= Self.clockRefreshSeconds }

    /// Runs `write` while the world holds no reference to the data set, then takes `fresh()`. The
    /// store changes its arrays in place only when nothing else shares them: a shared array of
    /// 100,000 tickets would be copied whole (about 40 ms) on every save.
    mutating func lendingDataset<T>(during write: () -> T, then fresh: () -> Dataset) -> T {
        dataset = Dataset(referenceDate: dataset.referenceDate)
        let result = write()
        dataset = fresh()
        return result
    }

    /// Refreshes the index for the changed tickets, appending created ones in order; anything it
    /// cannot account for (fewer tickets, an unnamed new one) rebuilds it.
    private mutating func updateTicketIndex(changed: Set<String>?, previousCount: Int) {
        let tickets = dataset.tickets
        guard let changed, tickets.count >= previousCount else {
            ticketIndex = TicketIndex(tickets)
            return
        }
        let indices = changed.compactMap { dataset.ticketIndex($0) }.sorted()
        guard indices.filter({ $0 >= previousCount }).count == tickets.count - previousCount else {
            ticketIndex = TicketIndex(tickets)
            return
        }
        for i in indices { ticketIndex.update(tickets[i], at: i) }
    }
}
