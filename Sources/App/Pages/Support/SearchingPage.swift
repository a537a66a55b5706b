import TermUI

/// A page with a search line over its table: typing narrows the table at each keystroke.
protocol SearchingPage: Page {
    var search: TextFieldState? { get set }
    /// The filter's search text.
    var searchText: String { get set }
    /// Filters the table again after the search text changed.
    mutating func refilter(_ env: PageEnvironment)
    mutating func moveCursor(_ command: TableCommand, _ env: PageEnvironment)
}

extension SearchingPage {
    public mutating func input(_ key: Key, _ env: PageEnvironment) -> [PageEffect] {
        switch SearchKeys.handle(key, &search) {
        case .kept, .ignored: break
        case .cleared:
            searchText = ""
            refilter(env)
        case .move(let command): moveCursor(command, env)
        case .edited(let text):
            guard searchText != text else { break }
            searchText = text
            refilter(env)
        }
        return []
    }

    public var takesText: Bool { search != nil }
    public func textKeys(_ env: PageEnvironment) -> [KeyHint] { SearchKeys.hints(env) }
}
