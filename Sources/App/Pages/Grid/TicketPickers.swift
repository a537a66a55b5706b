import Domain

/// The choices of the ticket forms' pickers: whom to assign, and which ticket a duplicate is of.
enum TicketPickers {
    /// Workers at the ticket's level, those serving its place first, then the rest by id.
    static func workers(for ticket: Ticket, in dataset: Dataset) -> [Choice] {
        let place = ticket.location.path(to: ticket.level)
        let workers = dataset.workers.filter { $0.level == ticket.level }
        let near = workers.filter { $0.location.path(to: ticket.level) == place }
        let far = workers.filter { $0.location.path(to: ticket.level) != place }
        return (near + far).map { worker in
            Choice("\(worker.name) \(worker.id) · " + worker.location.path(to: worker.level), value: worker.id)
        }
    }

    /// Likely originals of a duplicate: other tickets with the same title, or the same category
    /// in the same community, the closest matches first and the newest among equals.
    static func duplicates(for ticket: Ticket, in dataset: Dataset, limit: Int = 20) -> [Choice] {
        let community = ticket.location.path(to: .community)
        var scored: [(score: Int, ticket: Ticket)] = []
        for other in dataset.tickets where other.id != ticket.id {
            let sameTitle = other.title == ticket.title
            let samePlace = other.location.path(to: .community) == community
            let sameCategory = ticket.category != nil && other.category == ticket.category
            let score = (sameTitle ? 2 : 0) + (samePlace ? 1 : 0) + (sameCategory ? 1 : 0)
            if sameTitle || (samePlace && sameCategory) { scored.append((score, other)) }
        }
        scored.sort { $0.score != $1.score ? $0.score > $1.score : $0.ticket.createdAt > $1.ticket.createdAt }
        return scored.prefix(limit).map { _, other in
            let status = other.status.label
            return Choice(Label(zh: "\(other.id) \(other.title) · \(other.location.community) · \(status.zh)",
                                en: "\(other.id) \(other.title) · \(other.location.community) · \(status.en)"), value: other.id)
        }
    }
}
