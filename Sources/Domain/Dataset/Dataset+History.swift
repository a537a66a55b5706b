extension Dataset {
    /// `event.summary` with the worker's name where the event names a worker id.
    public func summary(of event: HistoryEvent) -> Label {
        guard event.op == "assign", let id = event.detail, let worker = worker(id) else { return event.summary }
        return Label(zh: "派单给 \(worker.name)(\(id))", en: "assigned to \(worker.name) (\(id))")
    }
}
