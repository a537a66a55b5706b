import Domain

/// What the store's user may change, and in words why not. Decided once when the store opens.
public struct Permissions: Sendable, Equatable {
    /// Why tickets may not be changed; nil when they may.
    public let ticketRefusal: String?
    /// Why cadres and assessment units (report cards) may not be changed; nil when they may.
    public let cadreRefusal: String?

    public var canChangeTickets: Bool { ticketRefusal == nil }
    public var canChangeCadres: Bool { cadreRefusal == nil }
    public var isReadOnly: Bool { !canChangeTickets && !canChangeCadres }

    /// Why a change of this kind is refused, or nil when it is allowed.
    public func refusal(for target: Domain.Operation.Target) -> String? {
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
            let reason = "read-only: the data was opened read-only"
            return Permissions(ticketRefusal: reason, cadreRefusal: reason)
        }
        if let roles {
            let supervisor = roles.supervisors.contains(actor)
            let operatorRole = roles.operators.contains(actor)
            let ticketRefusal = supervisor || operatorRole
                ? nil : "read-only: \(actor) is not an operator in \(configPath)"
            let cadreRefusal: String? = if supervisor {
                nil
            } else if operatorRole {
                "\(actor) is an operator, not a supervisor, in \(configPath): only supervisors change cadres and report cards"
            } else {
                "read-only: \(actor) is not a supervisor in \(configPath)"
            }
            return Permissions(ticketRefusal: ticketRefusal, cadreRefusal: cadreRefusal)
        }
        if actor == owner { return .everything }
        let reason = "read-only: \(actor) does not own \(directory) (\(owner ?? "someone else") does) and there is no \(configPath) naming operators or supervisors"
        return Permissions(ticketRefusal: reason, cadreRefusal: reason)
    }
}
