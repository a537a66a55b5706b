import Domain

/// The active filters in words, for the line above the queue: "overdue · mine · Status: Assigned".
public enum FilterSummary {
    public static func parts(_ filter: TicketFilter, context: PanelContext) -> [String] {
        var parts: [String] = []
        func labels<T>(_ values: Set<T>, _ title: Label, _ all: [T], _ label: (T) -> Label) {
            guard !values.isEmpty else { return }
            let names = all.filter(values.contains).map { context.text(label($0)) }
            parts.append(context.text(title) + context.text(":", ": ") + names.joined(separator: context.text("、", ",")))
        }
        labels(filter.statuses, Label(zh: "状态", en: "Status"), TicketStatus.allCases, \.label)
        labels(filter.levels, Label(zh: "级别", en: "Level"), TicketLevel.allCases, \.label)
        labels(filter.categories, Label(zh: "类别", en: "Category"), TicketCategory.allCases, \.label)
        let place = [filter.district, filter.street, filter.community, filter.grid].compactMap { $0 }
        if !place.isEmpty { parts.append(place.joined(separator: "/")) }
        if filter.openOnly { parts.append(context.text("在办", "open")) }
        if filter.overdueOnly { parts.append(context.text("超期", "overdue")) }
        if filter.claimedBy != nil { parts.append(context.text("我认领的", "mine")) }
        if filter.unassignedOnly { parts.append(context.text("未派单", "unassigned")) }
        if !filter.text.isEmpty { parts.append("/" + filter.text) }
        return parts
    }
}
