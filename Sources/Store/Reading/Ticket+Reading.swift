import Domain
import Foundation

extension Ticket: JSONReadable {
    private enum Field: String, JSONFields {
        case assignee, category, claimedBy, closeReason, closedAt, createdAt, deadline, description, history, id
        case level, levelStartedAt, location, notes, ratings, reopenCount, reporterName, reporterPhone
        case resolutionNote, resolvedAt, revision, source, status, title, updatedAt, updatedBy, urgent
        static let keys = FieldKeys(rawValuesOf: Self.self)
    }

    /// The fast path's `init(from:)`: the same fields, required and optional alike.
    init(reading reader: inout JSONReader) throws(JSONReader.Unreadable) {
        var assignee: String?, category: TicketCategory?, claimedBy: String?, closeReason: CloseReason?
        var closedAt: Date?, createdAt: Date?, deadline: Date?, description: String?, history: History?
        var id: String?, level: TicketLevel?, levelStartedAt: Date?, location: TicketLocation?, notes: [DatedNote]?
        var ratings: [TicketRating]?, reopenCount: Int?, reporterName: String?, reporterPhone: String?
        var resolutionNote: String?, resolvedAt: Date?, revision: Int?, source: Source?, status: TicketStatus?
        var title: String?, updatedAt: Date?, updatedBy: String?, urgent: Bool?
        try reader.object(Field.self) { reader, field throws(JSONReader.Unreadable) in
            switch field {
            case .assignee: assignee = try reader.optionalString()
            case .category: category = try reader.optionalValue(TicketCategory.self)
            case .claimedBy: claimedBy = try reader.optionalString()
            case .closeReason: closeReason = try reader.optionalRecord(CloseReason.self)
            case .closedAt: closedAt = try reader.optionalDate()
            case .createdAt: createdAt = try reader.date()
            case .deadline: deadline = try reader.date()
            case .description: description = try reader.string()
            case .history: history = try reader.history()
            case .id: id = try reader.string()
            case .level: level = try reader.value(TicketLevel.self)
            case .levelStartedAt: levelStartedAt = try reader.date()
            case .location: location = try reader.record(TicketLocation.self)
            case .notes: notes = try reader.array(of: DatedNote.self)
            case .ratings: ratings = try reader.array(of: TicketRating.self)
            case .reopenCount: reopenCount = try reader.int()
            case .reporterName: reporterName = try reader.string()
            case .reporterPhone: reporterPhone = try reader.string()
            case .resolutionNote: resolutionNote = try reader.optionalString()
            case .resolvedAt: resolvedAt = try reader.optionalDate()
            case .revision: revision = try reader.int()
            case .source: source = try reader.value(Source.self)
            case .status: status = try reader.value(TicketStatus.self)
            case .title: title = try reader.string()
            case .updatedAt: updatedAt = try reader.optionalDate()
            case .updatedBy: updatedBy = try reader.optionalString()
            case .urgent: urgent = try reader.bool()
            }
        }
        guard let createdAt, let deadline, let description, let history, let id, let level, let levelStartedAt,
              let location, let notes, let ratings, let reopenCount, let reporterName, let reporterPhone, let revision,
              let source, let status, let title, let urgent
        else { throw JSONReader.Unreadable() }
        self.init(id: id, revision: revision, updatedBy: updatedBy, updatedAt: updatedAt, source: source, title: title,
                  description: description, category: category, level: level, urgent: urgent, location: location,
                  reporterName: reporterName, reporterPhone: reporterPhone, status: status, closeReason: closeReason,
                  assignee: assignee, claimedBy: claimedBy, createdAt: createdAt, levelStartedAt: levelStartedAt,
                  deadline: deadline, resolvedAt: resolvedAt, resolutionNote: resolutionNote, closedAt: closedAt,
                  ratings: ratings, reopenCount: reopenCount, notes: notes, history: history)
    }
}
