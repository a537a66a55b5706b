extension TableCommand {
    /// Where a table command takes a detail view's scroll (a page is `page` lines, the end
    /// `most`); nil for the commands that do not scroll.
    func scroll(from current: Int, page: Int, most: Int) -> Int? {
        let target: Int
        switch self {
        case .move(let delta): target = current + delta
        case .pageDown: target = current + page
        case .pageUp: target = current - page
        case .top: target = 0
        case .bottom: target = most
        case .nextSortColumn, .reverseSort, .sortBy, .select: return nil
        }
        return min(max(0, target), max(0, most))
    }
}
