import Domain
import Foundation

/// `Criterion`'s raw values are the keys `init(from:)` reads.
extension Criterion: JSONFields {
    static let keys = FieldKeys(rawValuesOf: Self.self)
}

extension CriteriaScores: JSONReadable {
    init(reading reader: inout JSONReader) throws(JSONReader.Unreadable) {
        var loyalClean: Double?, openMinded: Double?, planningAble: Double?, responsibility: Double?, results: Double?
        try reader.object(Criterion.self) { reader, criterion throws(JSONReader.Unreadable) in
            switch criterion {
            case .loyalClean: loyalClean = try reader.double()
            case .openMinded: openMinded = try reader.double()
            case .planningAble: planningAble = try reader.double()
            case .responsibility: responsibility = try reader.double()
            case .results: results = try reader.double()
            }
        }
        guard let loyalClean, let openMinded, let planningAble, let responsibility, let results
        else { throw JSONReader.Unreadable() }
        self.init(loyalClean: loyalClean, openMinded: openMinded, planningAble: planningAble,
                  responsibility: responsibility, results: results)
    }
}
