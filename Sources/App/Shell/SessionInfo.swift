import Domain
import Store
import TermUI

/// Facts about this run that the status bar shows and that do not change while it runs.
public struct SessionInfo: Equatable, Sendable {
    /// Where the data comes from, as the user should read it (a folder, or "bundled seed").
    public var dataLabel: String
    public var user: String
    public var readOnly: Bool
    /// A remark from the terminal set-up, e.g. "no UTF-8 locale: ASCII mode".
    public var notice: Label?
    /// The name changes are recorded under, which "claimed by me" matches.
    public var actor: String
    /// Why this user may not change tickets ("read-only: …"); nil when they may.
    public var ticketRefusal: Label?
    /// Why this user may not change cadres and report cards; nil when they may.
    public var cadreRefusal: Label?

    public init(dataLabel: String, user: String, readOnly: Bool, notice: Label? = nil, actor: String? = nil,
                ticketRefusal: Label? = nil, cadreRefusal: Label? = nil) {
        self.dataLabel = dataLabel
        self.user = user
        self.readOnly = readOnly
        self.notice = notice
        self.actor = actor ?? user
        self.ticketRefusal = ticketRefusal ?? (readOnly ? Permissions.readOnly : nil)
        self.cadreRefusal = cadreRefusal ?? (readOnly ? Permissions.readOnly : nil)
    }

    /// Why this user may not change records of this kind; nil when they may.
    public func refusal(for target: Operation.Target) -> Label? {
        switch target {
        case .ticket: ticketRefusal
        case .cadre, .unit: cadreRefusal
        }
    }

    /// The status bar's words for what the terminal could not do.
    public static func notice(_ compromise: TerminalCapabilities.Compromise) -> Label {
        switch compromise {
        case .noUTF8: Label(zh: "无 UTF-8 区域设置:ASCII 模式", en: "no UTF-8 locale: ASCII mode")
        case .ambiguousWide: Label(zh: "终端把歧义宽度字符画成两列:ASCII 线框", en: "terminal draws ambiguous characters wide: ASCII lines")
        }
    }
}
