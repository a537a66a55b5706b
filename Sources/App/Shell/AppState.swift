import Foundation
import Domain
import Panels
import TermUI

/// Everything the screen shows, in one value: the shell (tab, size, language, theme, message, the
/// overlay stack), the world, and the pages. Only `AppReducer` changes it.
public struct AppState {
    public var tab: Tab
    public var size: TerminalSize
    public var language: Language
    public var theme: Theme
    public var now: Date
    /// The zone the clock and dates are shown in.
    public var timeZone: TimeZone
    public var session: SessionInfo
    public var keyMap: KeyMap
    public var warningRule: WarningRule
    /// The latest one-line message for the status bar (an error, a refusal, a confirmation).
    public var message: String?
    /// Set while the dashboard runs as a kiosk: the pages cycle and the keys are locked.
    public var kiosk: KioskState?
    /// Glyphs for big titles (GNU Unifont, read at start-up); nil draws titles in ordinary text.
    public var titleFont: BitmapFont?
    /// Whether the status bar's clock shows seconds (a setting): without them an idle dashboard
    /// wakes once a minute.
    public var clockSeconds = false
    /// What `doctor` found at start-up, for its page; nil where the app did not start in a terminal.
    public var diagnosis: Diagnosis?
    /// Layers over the page, the last on top.
    public var overlays: [Overlay] = []
    public internal(set) var world: World
    public internal(set) var pages: [Tab: any Page] = [:]
    /// The page whose change is being written, to hear how it went.
    var submitter: Tab?

    public init(dataset: Dataset, size: TerminalSize, language: Language, theme: Theme, now: Date, session: SessionInfo,
                keyMap: KeyMap = .standard, timeZone: TimeZone = Format.cityTimeZone, tab: Tab = .overview,
                warningRule: WarningRule = .standard) {
        self.size = size
        self.language = language
        self.theme = theme
        self.now = now
        self.timeZone = timeZone
        self.session = session
        self.keyMap = keyMap
        self.warningRule = warningRule
        self.tab = tab
        world = World(dataset: dataset, now: now, warningRule: warningRule)
        pages = PageRouter.makePages(environment)
    }

    public var dataset: Dataset { world.dataset }

    public var context: PanelContext {
        var context = PanelContext(theme: theme, language: language, now: now, timeZone: timeZone, titleFont: titleFont)
        context.keyHints = kiosk == nil
        return context
    }

    public var layout: ScreenLayout {
        if kiosk != nil { return ScreenLayout(size: size, chrome: .kiosk(headerRows: KioskHeader.rows(for: size)), margin: theme.margin) }
        // A long message takes up to four rows, whole, until the next key; the page gives them up.
        // Without one the bar is one row, and nothing is measured (the layout is asked for often).
        let statusRows = message == nil ? 1 : min(4, ScreenRenderer.statusBar(self).rows(width: size.width, theme: theme))
        return ScreenLayout(size: size, chrome: .dashboard(bannerRows: PageBanner.rows(for: size, font: titleFont, symbols: theme.symbols),
                                                           statusRows: statusRows),
                            margin: theme.margin)
    }

    /// What the pages read.
    public var environment: PageEnvironment {
        PageEnvironment(world: world, context: context, session: session, body: layout.body, warningRule: warningRule)
    }

    /// The page in front.
    public var page: any Page { pages[tab] ?? pages[.overview] ?? OverviewPage(environment) }

    /// One page as its own type, for reading its state.
    public func page<P: Page>(_: P.Type) -> P? { pages[P.tab] as? P }

    /// The form on top, if one is.
    public var form: FormModel? {
        if case .form(let form, _)? = overlays.last { return form }
        return nil
    }

    /// The help's scroll position while it is on top.
    public var helpScroll: Int? {
        if case .help(let scroll)? = overlays.last { return scroll }
        return nil
    }

    /// How long the loop may sleep with nothing happening: a second while something on screen
    /// moves by the second (the kiosk's countdown, a seconds clock, a fading highlight), else
    /// until the minute turns, when the clock and the overdue counts change.
    public var idleSeconds: TimeInterval {
        if kiosk != nil || clockSeconds || page.changesEachSecond(environment) { return 1 }
        let intoMinute = now.timeIntervalSince1970.truncatingRemainder(dividingBy: 60)
        return max(1, 60 - intoMinute)
    }

    /// Why the doctor's page cannot open, or nil.
    var doctorRefusal: String? {
        diagnosis == nil ? context.text("没有诊断信息:未在终端中启动", "No diagnosis: not started in a terminal") : nil
    }

    /// Whether keys go to a text input (an overlay, or the page's search) rather than the bindings.
    public var takesText: Bool { !overlays.isEmpty || page.takesText }

    /// The shell's and the page's bindings that work now, with the user's keys; with
    /// `availability`, each says why it cannot run (for the key bar and the palette).
    public func bindings(availability: Bool, barOnly: Bool = false) -> [Binding<Action>] {
        let shell = ShellBindings.all.map { binding in
            var binding = binding
            if availability, binding.command == .shell(.doctor) { binding.disabled = doctorRefusal }
            return binding
        }
        return keyMap.apply(shell + page.actionBindings(environment, availability: availability, barOnly: barOnly))
    }

    /// Every binding of the shell and of every page, each once, for the help.
    public var catalogue: [Binding<Action>] {
        var seen = Set<String>()
        let all = ShellBindings.all + PageRouter.catalogues.flatMap(\.bindings)
        return keyMap.apply(all.filter { seen.insert($0.id).inserted })
    }

    /// Runs `body` on every page with the same environment.
    mutating func eachPage(_ body: (inout any Page, PageEnvironment) -> Void) {
        for tab in Tab.allCases { _ = withPage(tab, body) }
    }

    mutating func lendingDataset<T>(during write: () -> T, then fresh: () -> Dataset) -> T {
        world.lendingDataset(during: write, then: fresh)
    }
}
