import Domain
import Panels

/// A command for one page. Adding a page adds its case here, its entry in `PageRouter`, and its
/// id in `Tab`; nothing else in the shell names pages.
public enum PageCommand: Equatable, Sendable {
    case overview(OverviewCommand)
    case cadres(CadreCommand)
    case grid(GridCommand)
    case talent(TalentCommand)
    case scores(ScoresCommand)
    case grassroots(GrassrootsCommand)
}

/// The one place that knows which pages exist.
enum PageRouter {
    static func makePages(_ env: PageEnvironment) -> [Tab: any Page] {
        [
            .overview: OverviewPage(env),
            .cadres: CadresPage(env),
            .grid: GridPage(env),
            .talent: TalentPage(env),
            .scores: ScoresPage(env),
            .grassroots: GrassrootsPage(env),
        ]
    }

    /// Every page's bindings in any mode, in tab order, for the help and the settings checks.
    static let catalogues: [(tab: Tab, bindings: [Binding<Action>])] = [
        (.overview, OverviewPage.actionCatalogue),
        (.cadres, CadresPage.actionCatalogue),
        (.grid, GridPage.actionCatalogue),
        (.talent, TalentPage.actionCatalogue),
        (.scores, ScoresPage.actionCatalogue),
        (.grassroots, GrassrootsPage.actionCatalogue),
    ]
}

/// What the shell does with any page, in its own terms: the page's commands wrapped as actions.
extension Page {
    mutating func handle(_ command: PageCommand, _ env: PageEnvironment) -> [PageEffect] {
        guard let command = Self.unwrap(command) else { return [] }
        return update(command, env)
    }

    /// The bindings that work now, as actions; with `availability`, each says why it cannot run.
    /// `barOnly` keeps those the key bar shows in this mode, so a frame prechecks no others.
    func actionBindings(_ env: PageEnvironment, availability: Bool, barOnly: Bool = false) -> [Binding<Action>] {
        let mode = self.mode
        let keep: (Binding<Command>) -> Bool = { !barOnly || $0.placedInBar(mode) }
        let active = availability ? bindings(env, keep: keep) : Self.catalogue.filter { $0.works(in: mode) && keep($0) }
        return active.map { $0.map { .page(Self.wrap($0)) } }
    }

    static var actionCatalogue: [Binding<Action>] { catalogue.map { $0.map { .page(wrap($0)) } } }

    func scrollAction(_ lines: Int) -> Action? { Self.scrolled(lines).map { .page(Self.wrap($0)) } }

    func render(into frame: inout Frame<Action>, _ env: PageEnvironment) {
        frame.embed({ render(&$0, env) }, lift: { .page(Self.wrap($0)) })
    }
}
