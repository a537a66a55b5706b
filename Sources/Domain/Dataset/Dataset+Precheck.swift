import Foundation

extension Dataset {
    /// Whether the record's state allows the operation at all, by applying its stand-in to a copy
    /// of that record alone: the domain's own rules decide, and missing fields are asked for later.
    /// Only "not allowed now" counts; a stand-in's blank fields are not the user's doing.
    public func precheck(_ spec: OperationSpec, recordID: String, actor: String, at now: Date) -> Refusal? {
        guard spec.needsRecord, let ref = ref(recordID) else { return nil }
        var probe: Dataset
        switch ref {
        case .ticket(let i): probe = Dataset(referenceDate: now, tickets: [tickets[i]])
        case .cadre(let i): probe = Dataset(referenceDate: now, cadres: [cadres[i]])
        case .unit(let i): probe = Dataset(referenceDate: now, units: [units[i]])
        case .worker: return nil
        }
        var operation = spec.standInOperation
        // The stand-in duplicate points at the ticket itself: any other id would be unknown in the probe.
        if case .closeDuplicate = operation { operation = .closeDuplicate(of: recordID) }
        if case .addPoints(_, let delta, let reason) = operation { operation = .addPoints(month: Month(containing: now), delta: delta, reason: reason) }
        do {
            try probe.apply(Change(recordID: recordID, operation: operation), actor: actor, at: now, seq: 0)
        } catch {
            return error.code == .notAllowed ? error : nil
        }
        return nil
    }
}
