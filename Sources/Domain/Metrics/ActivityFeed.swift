import Foundation

/// The latest changes across tickets, cadres and units, newest first: the journal's events
/// (seq > 0), then, to fill the feed, the latest events the data came with. While the journal is
/// empty the feed says its events are from the data set rather than from operators.
public struct ActivityFeed: Sendable, Equatable {
    public static let capacity = 40

    public private(set) var items: [ActivityItem]
    /// Whether the items are journal events (changes made through the store).
    public private(set) var fromJournal: Bool

    public init(_ dataset: Dataset) {
        var journal = Collector(byDate: false), seed = Collector(byDate: true)
        Self.scan(dataset, refs: nil) { event in
            if event.seq > 0 { journal.add(event) } else { seed.add(event) }
        }
        fromJournal = !journal.isEmpty
        items = Array((journal.finished() + seed.finished()).prefix(Self.capacity)).map { Self.item($0, dataset) }
    }

    /// Takes in the events of the changed records newer than the feed's newest (a change this
    /// or another process saved); nil ids rebuild it.
    public mutating func update(_ dataset: Dataset, changed: Set<String>?) {
        guard let changed else { return self = ActivityFeed(dataset) }
        let newest = fromJournal ? (items.first?.event.seq ?? 0) : 0
        var collector = Collector(byDate: false)
        Self.scan(dataset, refs: changed.compactMap(dataset.ref)) { event in
            if event.seq > newest { collector.add(event) }
        }
        let fresh = collector.finished().map { Self.item($0, dataset) }
        guard !fresh.isEmpty else { return }
        items = Array((fresh + items).prefix(Self.capacity))
        fromJournal = true
    }

    /// Where an event is, and what orders it; items are made only for the few that are kept.
    private struct EventRef {
        enum Kind { case ticket, cadre, unit }
        var kind: Kind
        var record: Int
        var index: Int
        var seq: Int
        var at: Date
    }

    private static func item(_ e: EventRef, _ dataset: Dataset) -> ActivityItem {
        let i = e.record
        switch e.kind {
        case .ticket:
            let t = dataset.tickets[i]
            return ActivityItem(ref: .ticket(i), recordID: t.id, title: Label(zh: t.title, en: t.title), event: t.history[e.index])
        case .cadre:
            let c = dataset.cadres[i]
            return ActivityItem(ref: .cadre(i), recordID: c.id, title: Label(zh: c.name, en: c.name), event: c.history[e.index])
        case .unit:
            let u = dataset.units[i]
            return ActivityItem(ref: .unit(i), recordID: u.id, title: u.name, event: u.history[e.index])
        }
    }

    /// Every event of the records given (all records when nil), read in place so no record is
    /// copied whole and no packed event is made.
    private static func scan(_ dataset: Dataset, refs: [RecordRef]?, _ visit: (EventRef) -> Void) {
        func ticket(_ i: Int) {
            dataset.tickets[i].history.forEachOrder { visit(EventRef(kind: .ticket, record: i, index: $0, seq: $1, at: $2)) }
        }
        func cadre(_ i: Int) {
            dataset.cadres[i].history.forEachOrder { visit(EventRef(kind: .cadre, record: i, index: $0, seq: $1, at: $2)) }
        }
        func unit(_ i: Int) {
            dataset.units[i].history.forEachOrder { visit(EventRef(kind: .unit, record: i, index: $0, seq: $1, at: $2)) }
        }
        guard let refs else {
            dataset.tickets.indices.forEach(ticket)
            dataset.cadres.indices.forEach(cadre)
            dataset.units.indices.forEach(unit)
            return
        }
        for ref in refs {
            switch ref {
            case .ticket(let i): ticket(i)
            case .cadre(let i): cadre(i)
            case .unit(let i): unit(i)
            case .worker: break
            }
        }
    }

    /// Keeps the newest `capacity` of many, trimming as it goes rather than sorting them all.
    private struct Collector {
        var byDate: Bool
        var events: [EventRef] = []
        /// The oldest kept after a trim: nothing older can make the feed.
        var floor: EventRef?

        var isEmpty: Bool { events.isEmpty }

        func newer(_ a: EventRef, _ b: EventRef) -> Bool { byDate ? (a.at, a.seq) > (b.at, b.seq) : a.seq > b.seq }

        mutating func add(_ event: EventRef) {
            if let floor, !newer(event, floor) { return }
            events.append(event)
            if events.count >= ActivityFeed.capacity * 8 { trim() }
        }

        mutating func trim() {
            events.sort(by: newer)
            events.removeSubrange(min(events.count, ActivityFeed.capacity)...)
            if events.count == ActivityFeed.capacity { floor = events.last }
        }

        mutating func finished() -> [EventRef] {
            trim()
            return events
        }
    }
}
