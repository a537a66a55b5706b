import Domain
import Foundation

extension Cadre: JSONReadable {
    private enum Field: String, JSONFields {
        case accountability, appointedAt, birthYear, discoveredAt, district, exitReason, faultTolerance, firstBatch
        case gender, history, id, monthlyPoints, name, pool, post, revision, scores, source, stage, unit
        case updatedAt, updatedBy, warnings
        static let keys = FieldKeys(rawValuesOf: Self.self)
    }

    init(reading reader: inout JSONReader) throws(JSONReader.Unreadable) {
        var accountability: [DatedNote]?, appointedAt: Date?, birthYear: Int?, discoveredAt: Date?, district: String?
        var exitReason: String?, faultTolerance: [DatedNote]?, firstBatch: Bool?, gender: Gender?, history: History?
        var id: String?, monthlyPoints: [PointEntry]?, name: String?, pool: CadrePool?, post: String?, revision: Int?
        var scores: CriteriaScores?, source: Source?, stage: CadreStage?, unit: String?, updatedAt: Date?
        var updatedBy: String?, warnings: [DatedNote]?
        try reader.object(Field.self) { reader, field throws(JSONReader.Unreadable) in
            switch field {
            case .accountability: accountability = try reader.array(of: DatedNote.self)
            case .appointedAt: appointedAt = try reader.optionalDate()
            case .birthYear: birthYear = try reader.int()
            case .discoveredAt: discoveredAt = try reader.date()
            case .district: district = try reader.optionalString()
            case .exitReason: exitReason = try reader.optionalString()
            case .faultTolerance: faultTolerance = try reader.array(of: DatedNote.self)
            case .firstBatch: firstBatch = try reader.bool()
            case .gender: gender = try reader.value(Gender.self)
            case .history: history = try reader.history()
            case .id: id = try reader.string()
            case .monthlyPoints: monthlyPoints = try reader.array(of: PointEntry.self)
            case .name: name = try reader.string()
            case .pool: pool = try reader.value(CadrePool.self)
            case .post: post = try reader.optionalString()
            case .revision: revision = try reader.int()
            case .scores: scores = try reader.record(CriteriaScores.self)
            case .source: source = try reader.value(Source.self)
            case .stage: stage = try reader.value(CadreStage.self)
            case .unit: unit = try reader.string()
            case .updatedAt: updatedAt = try reader.optionalDate()
            case .updatedBy: updatedBy = try reader.optionalString()
            case .warnings: warnings = try reader.array(of: DatedNote.self)
            }
        }
        guard let accountability, let birthYear, let discoveredAt, let faultTolerance, let firstBatch, let gender,
              let history, let id, let monthlyPoints, let name, let pool, let revision, let scores, let source, let stage,
              let unit, let warnings
        else { throw JSONReader.Unreadable() }
        self.init(id: id, revision: revision, updatedBy: updatedBy, updatedAt: updatedAt, source: source, name: name,
                  gender: gender, birthYear: birthYear, unit: unit, pool: pool, district: district, stage: stage,
                  firstBatch: firstBatch, scores: scores, discoveredAt: discoveredAt, post: post, appointedAt: appointedAt,
                  exitReason: exitReason, monthlyPoints: monthlyPoints, warnings: warnings, accountability: accountability,
                  faultTolerance: faultTolerance, history: history)
    }
}
