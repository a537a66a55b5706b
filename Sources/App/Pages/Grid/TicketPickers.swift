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
    /// in the same community. Those of the same community come first, then the closest matches,
    /// the newest among equals. When none is in the same community the picker starts on a blank
    /// choice: a ticket from elsewhere is never the default.
    static func duplicates(for ticket: Ticket, in dataset: Dataset, limit: Int = 20) -> [Choice] {
        let community = ticket.location.path(to: .community)
        var scored: [(samePlace: Bool, score: Int, ticket: Ticket)] = []
        for other in dataset.tickets where other.id != ticket.id {
            let sameTitle = other.title == ticket.title
            let samePlace = other.location.path(to: .community) == community
            let sameCategory = ticket.category != nil && other.category == ticket.category
            let score = (sameTitle ? 2 : 0) + (sameCategory ? 1 : 0)
            if sameTitle || (samePlace && sameCategory) { scored.append((samePlace, score, other)) }
        }
        scored.sort { a, b in
            if a.samePlace != b.samePlace { return a.samePlace }
            return a.score != b.score ? a.score > b.score : a.ticket.createdAt > b.ticket.createdAt
        }
        let choices = scored.prefix(limit).map { _, _, other in
            let status = other.status.label
            return Choice(Label(zh: "\(other.id) \(other.title) · \(other.location.community) · \(status.zh)",
                                en: "\(other.id) \(other.title) · \(other.location.community) · \(status.en)"), value: other.id)
        }
        guard let first = scored.first, !first.samePlace else { return choices }
        return [Choice(Label(zh: "(请选择原工单)", en: "(choose the original)"), value: "")] + choices
    }
}
