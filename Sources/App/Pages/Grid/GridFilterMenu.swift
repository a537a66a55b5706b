import Domain
import Panels

/// The queue's filter menu (`f`): one picker per dimension, the place pickers narrowing to the
/// places inside the ones chosen above them, and the filled menu back as a filter.
enum GridFilterMenu {
    static let formID = "grid.filter"
    static let placeFields = ["district", "street", "community", "grid"]
    private static let any = Choice(Label(zh: "全部", en: "any"), value: "")

    static func form(_ filter: TicketFilter, dataset: Dataset) -> FormModel {
        let no = Choice(Label(zh: "否", en: "no"), value: "")
        let yes = Choice(Label(zh: "是", en: "yes"), value: "yes")
        func yesNo(_ on: Bool) -> String { on ? "yes" : "" }
        var form = FormModel(id: formID, title: Label(zh: "筛选", en: "Filters"), fields: [
            .choice("status", Label(zh: "状态", en: "Status"), [any] + TicketStatus.allCases.map { Choice($0.label, value: $0.rawValue) },
                    selected: filter.statuses.first?.rawValue),
            .choice("level", Label(zh: "级别", en: "Level"), [any] + TicketLevel.allCases.map { Choice($0.label, value: $0.rawValue) },
                    selected: filter.levels.first?.rawValue),
            .choice("category", Label(zh: "类别", en: "Category"), [any] + TicketCategory.allCases.map { Choice($0.label, value: $0.rawValue) },
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
            offerPlaces(&form, [name], dataset: dataset)
            if let i = form.fields.firstIndex(where: { $0.name == name }), case .choice(let choices, _) = form.fields[i].kind {
                form.fields[i].kind = .choice(choices, selected: choices.firstIndex { $0.value == (value ?? "") } ?? 0)
            }
        }
        return form
    }

    /// After a place picker changes, offers below it only the places inside the chosen ones.
    static func narrowPlaces(_ form: inout FormModel, below field: String, dataset: Dataset) {
        guard let depth = placeFields.firstIndex(of: field) else { return }
        offerPlaces(&form, Array(placeFields[(depth + 1)...]), dataset: dataset)
    }

    /// The choices of the named place pickers, inside the places chosen above them. The places come
    /// from the grid workers, one per grid.
    private static func offerPlaces(_ form: inout FormModel, _ names: [String], dataset: Dataset) {
        let grids = dataset.workers.filter { $0.level == .grid }.map(\.location)
        for name in names {
            guard let depth = placeFields.firstIndex(of: name) else { continue }
            let chosen = placeFields.prefix(depth).map { form.value($0) }
            var seen = Set<String>()
            for place in grids {
                let path = [place.district, place.street, place.community, place.grid]
                if zip(chosen, path).allSatisfy({ $0.isEmpty || $0 == $1 }) { seen.insert(path[depth]) }
            }
            form.setChoices(name, [any] + seen.sorted().map { Choice($0, value: $0) })
        }
    }

    static func filter(from form: FormModel, actor: String) -> TicketFilter {
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
