import Domain
import Foundation

extension CriteriaScores: JSONReadable {
    /// In `Criterion`'s order, whose raw values are the keys `init(from:)` reads.
    private enum Field: Int, JSONFields {
        case loyalClean, openMinded, planningAble, responsibility, results
        static let keys = FieldKeys(names: Criterion.allCases.map(\.rawValue))
    }

    init(reading reader: inout JSONReader) throws(JSONReader.Unreadable) {
        var scores = [Double?](repeating: nil, count: Field.allCases.count)
        try reader.object(Field.self) { reader, field throws(JSONReader.Unreadable) in
            scores[field.rawValue] = try reader.double()
        }
        guard let loyalClean = scores[0], let openMinded = scores[1], let planningAble = scores[2],
              let responsibility = scores[3], let results = scores[4]
        else { throw JSONReader.Unreadable() }
        self.init(loyalClean: loyalClean, openMinded: openMinded, planningAble: planningAble,
                  responsibility: responsibility, results: results)
    }
}
