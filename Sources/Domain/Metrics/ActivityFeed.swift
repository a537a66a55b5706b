/// The latest changes across tickets, cadres and units, newest first: the journal's events
/// (seq > 0), or, while the journal is empty, the latest events the data came with, which the
/// feed then says are from the data set rather than from operators.
public struct ActivityFeed: Sendable, Equatable {
    public static let capacity = 40

    public private(set) var items: [ActivityItem]
    /// Whether the items are journal events (changes made through the store).
    public private(set) var fromJournal: Bool

    public init(_ dataset: Dataset) {
        var journal = Collector(byDate: false), seed = Collector(byDate: true)
        Self.scan(dataset, indices: nil) { item in
            if item.event.seq > 0 { journal.add(item) } else if journal.isEmpty { seed.add(item) }
        }
        fromJournal = !journal.isEmpty
        items = fromJournal ? journal.finished() : seed.finished()
    }

    /// Takes in the events of the changed records newer than the feed's newest (a change this
    /// or another process saved); nil ids rebuild it.
    public mutating func update(_ dataset: Dataset, changed: Set<String>?) {
        guard let changed else { return self = ActivityFeed(dataset) }
        let newest = fromJournal ? (items.first?.event.seq ?? 0) : 0
        var collector = Collector(byDate: false)
        if fromJournal { for item in items { collector.add(item) } }
        Self.scan(dataset, indices: changed.compactMap(dataset.ref)) { item in
            if item.event.seq > newest { collector.add(item) }
        }
        let merged = collector.finished()
        guard !merged.isEmpty else { return }
        items = merged
        fromJournal = true
    }

    /// Every event of the records given (all records when nil), by position so no record is copied whole.
    private static func scan(_ dataset: Dataset, indices: [RecordRef]?, _ visit: (ActivityItem) -> Void) {
        func ticket(_ i: Int) {
            let label = Label(zh: dataset.tickets[i].title, en: dataset.tickets[i].title)
            for e in dataset.tickets[i].history.indices {
                visit(ActivityItem(ref: .ticket(i), recordID: dataset.tickets[i].id, title: label, event: dataset.tickets[i].history[e]))
            }
        }
        func cadre(_ i: Int) {
            let label = Label(zh: dataset.cadres[i].name, en: dataset.cadres[i].name)
            for e in dataset.cadres[i].history.indices {
                visit(ActivityItem(ref: .cadre(i), recordID: dataset.cadres[i].id, title: label, event: dataset.cadres[i].history[e]))
            }
        }
        func unit(_ i: Int) {
            for event in dataset.units[i].history {
                visit(ActivityItem(ref: .unit(i), recordID: dataset.units[i].id, title: dataset.units[i].name, event: event))
            }
        }
        guard let indices else {
            dataset.tickets.indices.forEach(ticket)
            dataset.cadres.indices.forEach(cadre)
            dataset.units.indices.forEach(unit)
            return
        }
        for ref in indices {
            switch ref {
            case .ticket(let i): ticket(i)
            case .cadre(let i): cadre(i)
            case .unit(let i): unit(i)
            case .worker: break
            }
        }
    }

    /// Keeps the newest `capacity` items of many, trimming as it goes rather than sorting them all.
    private struct Collector {
        var byDate: Bool
        var items: [ActivityItem] = []

        var isEmpty: Bool { items.isEmpty }

        func newer(_ a: ActivityItem, _ b: ActivityItem) -> Bool {
            byDate ? (a.event.at, a.event.seq) > (b.event.at, b.event.seq) : a.event.seq > b.event.seq
        }

        mutating func add(_ item: ActivityItem) {
            items.append(item)
            if items.count >= ActivityFeed.capacity * 8 { trim() }
        }

        mutating func trim() {
            items.sort(by: newer)
            items.removeSubrange(min(items.count, ActivityFeed.capacity)...)
        }

        mutating func finished() -> [ActivityItem] {
            trim()
            return items
        }
    }
}
