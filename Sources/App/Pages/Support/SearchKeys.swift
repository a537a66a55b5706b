import TermUI

/// Keys while a page's search line has the keyboard: the table follows each keystroke; Enter
/// keeps the text, Esc drops it; the arrows and page keys still move in the table.
enum SearchKeys {
    enum Outcome: Equatable {
        /// Enter: the search line closes, the text stays the filter.
        case kept
        /// Esc: the search line closes and the text is dropped.
        case cleared
        case move(TableCommand)
        /// The text is now this.
        case edited(String)
        case ignored
    }

    static func handle(_ key: Key, _ field: inout TextFieldState?) -> Outcome {
        guard var state = field else { return .ignored }
        switch key {
        case .enter:
            field = nil
            return .kept
        case .escape:
            field = nil
            return .cleared
        case .up: return .move(.move(-1))
        case .down: return .move(.move(1))
        case .pageUp: return .move(.pageUp)
        case .pageDown: return .move(.pageDown)
        default:
            guard state.handle(key) else { return .ignored }
            field = state
            return .edited(state.text)
        }
    }

    /// The key bar while a search is typed.
    static func hints(_ env: PageEnvironment) -> [KeyHint] {
        [KeyHint(key: "Enter", label: env.text("保留搜索", "Keep the search")), KeyHint(key: "Esc", label: env.text("清除搜索", "Clear the search")),
         KeyHint(key: "↑↓", label: env.text("移动", "Move"))]
    }
}
