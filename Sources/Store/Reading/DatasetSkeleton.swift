import Foundation

/// A data set object with every record array empty, as `ShardedSnapshotDecoder`'s layout leaves
/// it: its two scalars, read only when every key is there and none other. Read by the fast path
/// so that opening a snapshot runs no `JSONDecoder`, whose first use in a process costs
/// milliseconds of type lookups.
struct DatasetSkeleton: JSONReadable {
    private enum Field: String, JSONFields {
        case cadres, figures, referenceDate, schemaVersion, talent, tickets, units, workers
        static let keys = FieldKeys(rawValuesOf: Self.self)
    }

    var schemaVersion: Int
    var referenceDate: Date

    init(reading reader: inout JSONReader) throws(JSONReader.Unreadable) {
        var schemaVersion: Int?, referenceDate: Date?, emptyArrays = 0
        try reader.object(Field.self) { reader, field throws(JSONReader.Unreadable) in
            switch field {
            case .referenceDate: referenceDate = try reader.date()
            case .schemaVersion: schemaVersion = try reader.int()
            case .cadres, .figures, .talent, .tickets, .units, .workers:
                try reader.forEachInArray { _ throws(JSONReader.Unreadable) in throw JSONReader.Unreadable() }
                emptyArrays += 1
            }
        }
        guard let schemaVersion, let referenceDate, emptyArrays == Field.allCases.count - 2 else { throw JSONReader.Unreadable() }
        self.schemaVersion = schemaVersion
        self.referenceDate = referenceDate
    }
}
