import Domain
import Foundation

/// A snapshot read record by record through its index, for a store that holds only the records
/// a command changes. The descriptor keeps this snapshot readable even after a compaction
/// replaces the file.
struct SnapshotRecords {
    let file: PosixFile
    let index: SnapshotIndex

    /// A data set of the workers and those of `ids` that the snapshot holds. Nil when the index
    /// points at something that is not the record it names.
    func dataset(holding ids: Set<String>) -> Dataset? {
        var dataset = Dataset(referenceDate: index.referenceDate)
        guard let workers = index.workers, add(ids, to: &dataset, workers: workers) else { return nil }
        return dataset
    }

    /// Adds to `dataset` those of `ids` that the snapshot holds and `dataset` lacks. False when the
    /// index points at something that is not the record it names (the caller then reads
    /// everything, which reports a snapshot that is itself broken).
    func add(_ ids: some Sequence<String>, to dataset: inout Dataset, workers: [Range<Int>] = []) -> Bool {
        var ranges: [SnapshotIndex.Kind: [Range<Int>]] = [.worker: workers]
        var expected: [SnapshotIndex.Kind: [String]] = [:]
        guard let entries = index.entries(Set(ids).filter { dataset.ref($0) == nil }) else { return false }
        // In the snapshot's order, whatever the order of the ids.
        for (id, entry) in entries.sorted(by: { $0.value.range.lowerBound < $1.value.range.lowerBound }) where entry.kind != .worker {
            ranges[entry.kind, default: []].append(entry.range)
            expected[entry.kind, default: []].append(id)
        }
        guard ranges.values.contains(where: { !$0.isEmpty }) else { return true }
        guard let read = ShardedSnapshotDecoder.records(at: ranges, from: file),
              read.tickets.map(\.id) == expected[.ticket] ?? [], read.cadres.map(\.id) == expected[.cadre] ?? [],
              read.units.map(\.id) == expected[.unit] ?? [], read.workers.count == workers.count
        else { return false }
        dataset = Dataset(schemaVersion: dataset.schemaVersion, referenceDate: dataset.referenceDate,
                          tickets: dataset.tickets + read.tickets, cadres: dataset.cadres + read.cadres,
                          units: dataset.units + read.units, talent: dataset.talent, figures: dataset.figures,
                          workers: dataset.workers + read.workers)
        return true
    }

    /// The records a change needs: its own and the one it refers to.
    static func records(touchedBy change: Change) -> [String] {
        if case .closeDuplicate(let original) = change.operation { return [change.recordID, original] }
        return [change.recordID]
    }
}
