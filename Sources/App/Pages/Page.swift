import Domain
import Panels
import TermUI

/// One area of the dashboard (Bubble Tea's child model): its own state and command type. It
/// updates on its commands, takes typed keys while one of its text inputs has the keyboard,
/// follows data changes and the clock, hears how a submit it asked for went, contributes its key
/// bindings, and draws itself purely. The shell owns only what is shared; `PageRouter` is the one
/// place that knows which pages exist.
public protocol Page {
    associatedtype Command: Equatable & Sendable

    static var tab: Tab { get }
    static func wrap(_ command: Command) -> PageCommand
    static func unwrap(_ command: PageCommand) -> Command?

    mutating func update(_ command: Command, _ env: PageEnvironment) -> [PageEffect]

    /// Whether a text input of the page (a search line) has the keyboard.
    var takesText: Bool { get }
    mutating func input(_ key: Key, _ env: PageEnvironment) -> [PageEffect]

    /// The data changed (by another process, or by a change this app saved).
    mutating func dataChanged(_ change: DataChange, _ env: PageEnvironment)
    /// The clock moved on (about once a second); `recounted` when the world recounted its
    /// clock-driven figures (what is overdue changes with time alone).
    mutating func tick(_ env: PageEnvironment, recounted: Bool)
    /// The screen changed size.
    mutating func resized(_ env: PageEnvironment)

    /// Enter in a form this page opened, and a field of it that changed (for pickers that depend
    /// on another field).
    mutating func formSubmitted(_ form: FormModel, _ env: PageEnvironment) -> [PageEffect]
    func formEdited(_ form: inout FormModel, field: String, _ env: PageEnvironment)
    /// The lines above a form's fields (the record it acts on).
    func formHeader(_ form: FormModel, _ env: PageEnvironment) -> [Line]

    /// How a change this page submitted went.
    mutating func submitted(_ outcome: SubmitOutcome, _ env: PageEnvironment) -> [PageEffect]

    /// Every binding of the page, in any mode, without availability: the help and the settings
    /// file's checks read it.
    static var catalogue: [Binding<Command>] { get }
    /// The mode the page is in, which picks the bindings that work now.
    var mode: String { get }
    /// Why a command cannot run now, or nil: the same check the update makes.
    func disabledReason(_ command: Command, _ env: PageEnvironment) -> String?
    /// What a wheel step asks of the page.
    static func scrolled(_ lines: Int) -> Command?

    func render(_ frame: inout Frame<Command>, _ env: PageEnvironment)
    /// The key bar while the page's text input has the keyboard.
    func textKeys(_ env: PageEnvironment) -> [KeyHint]
    /// Whether the page changes by the second now (a highlight fading); otherwise an idle
    /// dashboard sleeps until the minute turns.
    func changesEachSecond(_ env: PageEnvironment) -> Bool
}

extension Page {
    public var takesText: Bool { false }
    public mutating func input(_ key: Key, _ env: PageEnvironment) -> [PageEffect] { [] }
    public mutating func tick(_ env: PageEnvironment, recounted: Bool) {}
    public mutating func formSubmitted(_ form: FormModel, _ env: PageEnvironment) -> [PageEffect] { [.closeForm] }
    public func formEdited(_ form: inout FormModel, field: String, _ env: PageEnvironment) {}
    public func formHeader(_ form: FormModel, _ env: PageEnvironment) -> [Line] { FormDialog.requiredNote(form, context: env.context) }
    public mutating func submitted(_ outcome: SubmitOutcome, _ env: PageEnvironment) -> [PageEffect] { [] }
    public var mode: String { "" }
    public func disabledReason(_ command: Command, _ env: PageEnvironment) -> String? { nil }
    public static func scrolled(_ lines: Int) -> Command? { nil }
    public func textKeys(_ env: PageEnvironment) -> [KeyHint] { [] }
    public func changesEachSecond(_ env: PageEnvironment) -> Bool { false }

    /// The bindings that work in the current mode (those `keep` keeps), with why each cannot run now.
    public func bindings(_ env: PageEnvironment, keep: (Binding<Command>) -> Bool = { _ in true }) -> [Binding<Command>] {
        Self.catalogue.filter { $0.works(in: mode) && keep($0) }.map { binding in
            var binding = binding
            binding.disabled = disabledReason(binding.command, env)
            return binding
        }
    }
}
