import Foundation
import Domain
import Panels
import TermUI

/// The forms of the grid tab: what each command asks for, how a filled form becomes an operation
/// or a filter, and a dry run that tells whether a ticket's state allows a command at all.
enum GridForms {
    static func form(_ command: TicketCommand, ticket: Ticket?, state: AppState) -> TicketForm {
        let reason = Label(zh: "理由", en: "Reason")
        let fields: [FormField]
        switch command {
        case .create:
            fields = [
                .text("title", Label(zh: "标题", en: "Title"), required: true),
                .text("description", Label(zh: "描述", en: "Description")),
                // Prefilled with the selected ticket's place, which also shows the "区 / 街 / 社区 / 网格" form.
                .text("location", Label(zh: "位置", en: "Place"),
                      ticket?.location.path(to: .grid) ?? ""),
                .text("reporter", Label(zh: "报告人", en: "Reporter")),
                .text("phone", Label(zh: "电话", en: "Phone")),
                .choice("urgent", Label(zh: "紧急", en: "Urgent"), [FormChoice(Label(zh: "否", en: "no"), value: ""), FormChoice(Label(zh: "是", en: "yes"), value: "yes")]),
            ]
        case .classify:
            fields = [
                .choice("category", Label(zh: "类别", en: "Category"),
                        TicketCategory.allCases.map { FormChoice($0.label, value: $0.rawValue) }, selected: ticket?.category?.rawValue),
                .choice("level", Label(zh: "级别", en: "Level"),
                        TicketLevel.allCases.map { FormChoice($0.label, value: $0.rawValue) }, selected: ticket?.level.rawValue),
            ]
        case .assign:
            fields = [.choice("worker", Label(zh: "派给", en: "Assign to"), ticket.map { workerChoices(for: $0, in: state.dataset) } ?? [])]
        case .escalate:
            fields = [.text("reason", reason, required: true)]
        case .resolve:
            fields = [.text("note", Label(zh: "办理说明", en: "Resolution"), required: true)]
        case .rate:
            fields = [
                .choice("score", Label(zh: "评分", en: "Score"), (1...5).reversed().map { FormChoice("\($0)", value: "\($0)") }),
                .text("comment", Label(zh: "评语", en: "Comment")),
            ]
        case .reopen, .closeInvalid:
            fields = [.text("reason", reason, required: true)]
        case .closeDuplicate:
            let similar = ticket.map { duplicateChoices(for: $0, in: state.dataset) } ?? []
            let typed = FormField.text("original", Label(zh: "原工单编号", en: "Original ticket"), required: similar.isEmpty)
            fields = similar.isEmpty ? [typed] : [.choice("similar", Label(zh: "相似工单", en: "Similar ticket"), similar), typed]
        case .note:
            fields = [.text("text", Label(zh: "备注", en: "Note"), required: true)]
        case .claim, .start:
            fields = []
        }
        return TicketForm(purpose: .ticket(command), ticketID: command.needsTicket ? ticket?.id : nil,
                          revision: command.needsTicket ? ticket?.revision : nil, fields: fields)
    }

    /// Workers at the ticket's level, those serving its place first, then the rest by id.
    static func workerChoices(for ticket: Ticket, in dataset: Dataset) -> [FormChoice] {
        let place = ticket.location.path(to: ticket.level)
        let workers = dataset.workers.filter { $0.level == ticket.level }
        let near = workers.filter { $0.location.path(to: ticket.level) == place }
        let far = workers.filter { $0.location.path(to: ticket.level) != place }
        return (near + far).map { worker in
            let text = "\(worker.name) \(worker.id) · " + worker.location.path(to: worker.level)
            return FormChoice(text, value: worker.id)
        }
    }

    /// Likely originals of a duplicate: other tickets with the same title, or the same category
    /// in the same community, the closest matches first and the newest among equals.
    static func duplicateChoices(for ticket: Ticket, in dataset: Dataset, limit: Int = 20) -> [FormChoice] {
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
            return FormChoice(Label(zh: "\(other.id) \(other.title) · \(other.location.community) · \(status.zh)",
                                    en: "\(other.id) \(other.title) · \(other.location.community) · \(status.en)"), value: other.id)
        }
    }

    static func operation(_ command: TicketCommand, form: TicketForm) -> Domain.Operation {
        switch command {
        case .create:
            let parts = form.value("location").split(separator: "/").map { $0.trimmingCharacters(in: .whitespaces) }
            func part(_ i: Int) -> String { parts.indices.contains(i) ? parts[i] : "" }
            return .create(NewTicket(
                title: form.value("title"), description: form.value("description"), urgent: form.value("urgent") == "yes",
                location: TicketLocation(district: part(0), street: part(1), community: part(2), grid: part(3)),
                reporterName: form.value("reporter"), reporterPhone: form.value("phone")))
        case .classify:
            return .classify(category: TicketCategory(rawValue: form.value("category")) ?? .other,
                             level: TicketLevel(rawValue: form.value("level")) ?? .grid)
        case .assign: return .assign(to: form.value("worker"))
        case .claim: return .claim
        case .start: return .start
        case .escalate: return .escalate(reason: form.value("reason"))
        case .resolve: return .resolve(note: form.value("note"))
        case .rate:
            let comment = form.value("comment")
            return .rate(score: Int(form.value("score")) ?? 0, comment: comment.isEmpty ? nil : comment)
        case .reopen: return .reopen(reason: form.value("reason"))
        case .closeDuplicate:
            // A typed id wins over the picker.
            let typed = form.value("original")
            return .closeDuplicate(of: ticketID(typed.isEmpty ? form.value("similar") : typed))
        case .closeInvalid: return .closeInvalid(reason: form.value("reason"))
        case .note: return .note(text: form.value("text"))
        }
    }

    /// "123", "t-123" and "T-000123" all name T-000123.
    static func ticketID(_ typed: String) -> String {
        let text = typed.trimmingCharacters(in: .whitespaces).uppercased()
        let digits = text.hasPrefix("T-") ? String(text.dropFirst(2)) : text
        guard !digits.isEmpty, digits.allSatisfy(\.isASCII), let number = Int(digits) else { return text }
        return Dataset.ticketID(number)
    }

    /// Whether the ticket's state allows the command, by applying it with stand-in fields to a copy
    /// of the ticket alone: the domain's own rules decide, and missing fields are asked for later.
    static func precheck(_ command: TicketCommand, ticket: Ticket, actor: String, at now: Date) -> Refusal? {
        let operation: Domain.Operation
        switch command {
        case .create: return nil
        case .classify: operation = .classify(category: ticket.category ?? .other, level: ticket.level)
        case .assign: operation = .assign(to: "")
        case .claim: operation = .claim
        case .start: operation = .start
        case .escalate: operation = .escalate(reason: "-")
        case .resolve: operation = .resolve(note: "-")
        case .rate: operation = .rate(score: 5, comment: nil)
        case .reopen: operation = .reopen(reason: "-")
        case .closeDuplicate: operation = .closeDuplicate(of: ticket.id)
        case .closeInvalid: operation = .closeInvalid(reason: "-")
        case .note: operation = .note(text: "-")
        }
        var probe = Dataset(referenceDate: now, tickets: [ticket])
        do {
            try probe.apply(Change(recordID: ticket.id, operation: operation), actor: actor, at: now, seq: 0)
        } catch {
            return error.code == .notAllowed ? error : nil
        }
        return nil
    }

    // MARK: The filter menu

    static func filterMenu(_ state: AppState) -> TicketForm {
        let filter = state.grid.filter
        let any = FormChoice(Label(zh: "全部", en: "any"), value: "")
        let no = FormChoice(Label(zh: "否", en: "no"), value: "")
        let yes = FormChoice(Label(zh: "是", en: "yes"), value: "yes")
        func yesNo(_ on: Bool) -> String { on ? "yes" : "" }
        var form = TicketForm(purpose: .filter, fields: [
            .choice("status", Label(zh: "状态", en: "Status"), [any] + TicketStatus.allCases.map { FormChoice($0.label, value: $0.rawValue) },
                    selected: filter.statuses.first?.rawValue),
            .choice("level", Label(zh: "级别", en: "Level"), [any] + TicketLevel.allCases.map { FormChoice($0.label, value: $0.rawValue) },
                    selected: filter.levels.first?.rawValue),
            .choice("category", Label(zh: "类别", en: "Category"), [any] + TicketCategory.allCases.map { FormChoice($0.label, value: $0.rawValue) },
                    selected: filter.categories.first?.rawValue),
            .choice("district", Label(zh: "区", en: "District"), [any], selected: nil),
            .choice("street", Label(zh: "街道", en: "Street"), [any], selected: nil),
            .choice("community", Label(zh: "社区", en: "Community"), [any], selected: nil),
            .choice("grid", Label(zh: "网格", en: "Grid"), [any], selected: nil),
            .choice("overdue", Label(zh: "只看超期", en: "Overdue only"), [no, yes], selected: yesNo(filter.overdueOnly)),
            .choice("mine", Label(zh: "我认领的", en: "Claimed by me"), [no, yes], selected: yesNo(filter.claimedBy != nil)),
            .choice("unassigned", Label(zh: "未派单", en: "Unassigned"), [no, yes], selected: yesNo(filter.unassignedOnly)),
            .text("text", Label(zh: "搜索", en: "Search"), filter.text),
        ])
        let chosen = [filter.district, filter.street, filter.community, filter.grid]
        for (name, value) in zip(placeFields, chosen) {
            offerPlaces(&form, [name], dataset: state.dataset)
            if let i = form.fields.firstIndex(where: { $0.name == name }), case .choice(let choices, _) = form.fields[i].kind {
                form.fields[i].kind = .choice(choices, selected: choices.firstIndex { $0.value == (value ?? "") } ?? 0)
            }
        }
        return form
    }

    static let placeFields = ["district", "street", "community", "grid"]

    /// After a place picker changes, offers below it only the places inside the chosen ones.
    static func narrowPlaces(_ form: inout TicketForm, below field: String, dataset: Dataset) {
        guard let depth = placeFields.firstIndex(of: field) else { return }
        offerPlaces(&form, Array(placeFields[(depth + 1)...]), dataset: dataset)
    }

    /// The choices of the named place pickers, inside the places chosen above them. The places come
    /// from the grid workers, one per grid.
    static func offerPlaces(_ form: inout TicketForm, _ names: [String], dataset: Dataset) {
        let any = FormChoice(Label(zh: "全部", en: "any"), value: "")
        let grids = dataset.workers.filter { $0.level == .grid }.map(\.location)
        for name in names {
            guard let depth = placeFields.firstIndex(of: name) else { continue }
            let chosen = placeFields.prefix(depth).map { form.value($0) }
            var seen = Set<String>()
            for place in grids {
                let path = [place.district, place.street, place.community, place.grid]
                if zip(chosen, path).allSatisfy({ $0.isEmpty || $0 == $1 }) { seen.insert(path[depth]) }
            }
            form.setChoices(name, [any] + seen.sorted().map { FormChoice($0, value: $0) })
        }
    }

    static func filter(from form: TicketForm, actor: String) -> TicketFilter {
        func set<T: RawRepresentable & Hashable>(_ name: String, _: T.Type) -> Set<T> where T.RawValue == String {
            T(rawValue: form.value(name)).map { [$0] } ?? []
        }
        func place(_ name: String) -> String? { form.value(name).isEmpty ? nil : form.value(name) }
        return TicketFilter(
            statuses: set("status", TicketStatus.self), levels: set("level", TicketLevel.self),
            categories: set("category", TicketCategory.self),
            district: place("district"), street: place("street"), community: place("community"), grid: place("grid"),
            overdueOnly: form.value("overdue") == "yes", claimedBy: form.value("mine") == "yes" ? actor : nil,
            unassignedOnly: form.value("unassigned") == "yes", text: form.value("text"))
    }
}
