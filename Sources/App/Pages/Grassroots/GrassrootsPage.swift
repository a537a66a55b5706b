import Domain
import Panels
import TermUI

/// Party building at the grassroots: the "1314" model, "two new" coverage, the instructor
/// network and its reach, from the article; Enter shows the figures with the article's words.
public struct GrassrootsPage: Page {
    public static let tab = Tab.grassroots
    public static func wrap(_ command: GrassrootsCommand) -> PageCommand { .grassroots(command) }
    public static func unwrap(_ command: PageCommand) -> GrassrootsCommand? {
        if case .grassroots(let command) = command { command } else { nil }
    }

    /// How far the detail is scrolled, when it is open.
    public private(set) var detailScroll: Int?

    init(_ env: PageEnvironment) {}

    public var mode: String { detailScroll == nil ? PageMode.board : PageMode.detail }
    public static func scrolled(_ lines: Int) -> GrassrootsCommand? { .scroll(.move(lines)) }

    private func detail(_ env: PageEnvironment, scroll: Int) -> FigureDetailView {
        FigureDetailView(title: env.text("基层党建 · 数据与原文", "Grassroots · figures and sources"),
                         figures: env.dataset.figures.filter { $0.area == .grassroots }, scroll: scroll)
    }

    public mutating func update(_ command: GrassrootsCommand, _ env: PageEnvironment) -> [PageEffect] {
        switch command {
        case .openDetail: detailScroll = 0
        case .back: detailScroll = nil
        case .scroll(let move):
            guard let scroll = detailScroll else { return [] }
            let most = detail(env, scroll: 0).maxScroll(in: env.body, context: env.context)
            detailScroll = move.scroll(from: scroll, page: max(1, env.body.height - 3), most: most) ?? scroll
        }
        return []
    }

    public mutating func dataChanged(_ change: DataChange, _ env: PageEnvironment) {}
    public mutating func resized(_ env: PageEnvironment) {}

    public func render(_ frame: inout Frame<GrassrootsCommand>, _ env: PageEnvironment) {
        if let detailScroll {
            detail(env, scroll: detailScroll).render(env.body, into: &frame.buffer, context: env.context)
        } else {
            GrassrootsPanel(figures: env.dataset.figures).render(env.body, into: &frame.buffer, context: env.context)
        }
    }

    public static let catalogue: [Binding<GrassrootsCommand>] = [
        Binding("grassroots.open", [.enter], .openDetail, Label(zh: "数据与原文摘录", en: "Figures and the article's words"), group: .grassroots,
                bar: .modes([PageMode.board]), barLabel: Label(zh: "原文", en: "Sources"), modes: [PageMode.board]),
        Binding("grassroots.back", [.escape], .back, Label(zh: "返回", en: "Back"), group: .grassroots, bar: .modes([PageMode.detail]),
                modes: [PageMode.detail]),
    ] + TableCommand.bindings(sortModes: []).filter { !["table.sort", "table.reverse"].contains($0.id) }.map { binding in
        var binding = binding.map(GrassrootsCommand.scroll)
        binding.modes = [PageMode.detail]
        return binding
    }
}
