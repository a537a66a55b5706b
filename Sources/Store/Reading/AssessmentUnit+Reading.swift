import Domain
import Foundation

extension AssessmentUnit: JSONReadable {
    private enum Field: String, JSONFields {
        case history, id, kind, name, revision, scores, updatedAt, updatedBy
        static let keys = FieldKeys(rawValuesOf: Self.self)
    }

    init(reading reader: inout JSONReader) throws(JSONReader.Unreadable) {
        var history: History?, id: String?, kind: UnitKind?, name: Label?, revision: Int?
        var scores: [ReportCardScore]?, updatedAt: Date?, updatedBy: String?
        try reader.object(Field.self) { reader, field throws(JSONReader.Unreadable) in
            switch field {
            case .history: history = try reader.history()
            case .id: id = try reader.string()
            case .kind: kind = try reader.value(UnitKind.self)
            case .name: name = try reader.record(Label.self)
            case .revision: revision = try reader.int()
            case .scores: scores = try reader.array(of: ReportCardScore.self)
            case .updatedAt: updatedAt = try reader.optionalDate()
            case .updatedBy: updatedBy = try reader.optionalString()
            }
        }
        guard let history, let id, let kind, let name, let revision, let scores else { throw JSONReader.Unreadable() }
        self.init(id: id, revision: revision, updatedBy: updatedBy, updatedAt: updatedAt, name: name, kind: kind,
                  scores: scores, history: history)
    }
}
