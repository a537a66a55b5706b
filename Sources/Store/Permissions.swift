import Domain

/// What the store's user may change, and in words why not. Decided once when the store opens.
public struct Permissions: Sendable, Equatable {
    /// Why tickets may not be changed, in both languages; nil when they may.
    public let ticketRefusal: Label?
    /// Why cadres and assessment units (report cards) may not be changed; nil when they may.
    public let cadreRefusal: Label?

    /// The short reason, where no role file says more.
    public static let readOnly = Label(zh: "只读", en: "read-only")

    public var canChangeTickets: Bool { ticketRefusal == nil }
    public var canChangeCadres: Bool { cadreRefusal == nil }
    public var isReadOnly: Bool { !canChangeTickets && !canChangeCadres }

    /// Why a change of this kind is refused, or nil when it is allowed.
    public func refusal(for target: Domain.Operation.Target) -> Label? {
        switch target {
        case .ticket: ticketRefusal
        case .cadre, .unit: cadreRefusal
        }
    }

    static let everything = Permissions(ticketRefusal: nil, cadreRefusal: nil)

    /// `config.json` roles when the file exists; otherwise the directory's owner may do
    /// everything and everyone else only read.
    static func decide(actor: String, readOnly: Bool, roles: RoleConfig?, configPath: String,
                       directory: String, owner: String?) -> Permissions {
        if readOnly {
            let reason = Label(zh: "只读:数据以只读方式打开", en: "read-only: the data was opened read-only")
            return Permissions(ticketRefusal: reason, cadreRefusal: reason)
        }
        if let roles {
            let supervisor = roles.supervisors.contains(actor)
            let operatorRole = roles.operators.contains(actor)
            let ticketRefusal = supervisor || operatorRole ? nil
                : Label(zh: "只读:\(actor) 不是 \(configPath) 中的操作员", en: "read-only: \(actor) is not an operator in \(configPath)")
            let cadreRefusal: Label? = if supervisor {
                nil
            } else if operatorRole {
                Label(zh: "\(actor) 在 \(configPath) 中是操作员而非主管:只有主管可以修改干部和成绩单",
                      en: "\(actor) is an operator, not a supervisor, in \(configPath): only supervisors change cadres and report cards")
            } else {
                Label(zh: "只读:\(actor) 不是 \(configPath) 中的主管", en: "read-only: \(actor) is not a supervisor in \(configPath)")
            }
            return Permissions(ticketRefusal: ticketRefusal, cadreRefusal: cadreRefusal)
        }
        if actor == owner { return .everything }
        let holder = owner ?? "someone else"
        let reason = Label(zh: "只读:\(directory) 属于 \(owner ?? "他人"),不属于 \(actor),且没有 \(configPath) 指定操作员或主管",
                           en: "read-only: \(actor) does not own \(directory) (\(holder) does) and there is no \(configPath) naming operators or supervisors")
        return Permissions(ticketRefusal: reason, cadreRefusal: reason)
    }
}
