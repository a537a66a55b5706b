/// Everything about one domain operation that a user interface needs: its stable id, the
/// command-line words, its title and help in both languages, the fields it asks for, the kind of
/// record it changes (which decides the role it needs), and how gathered values become the
/// operation. The form on screen, the command-line subcommand and its usage, the command palette
/// and the help are all built from these, so they cannot drift apart.
public struct OperationSpec: Sendable {
    /// Stable id: `ticket.escalate`, `cadre.add_points`. Binding ids are built from it.
    public var id: String
    /// The command-line subcommand (`escalate` in `zugong ticket escalate`).
    public var command: String
    /// When several operations share a subcommand, the option and value that pick this one
    /// (`--as duplicate` for `ticket close`).
    public var variant: (option: String, value: String)?
    public var target: Operation.Target
    public var title: Label
    /// A line for the help and the palette: what it does and what it asks.
    public var help: Label
    public var fields: [FieldSpec]
    /// Whether the operation needs an existing record (all but creating a ticket).
    public var needsRecord: Bool
    let make: @Sendable (SpecValues) throws(SpecError) -> Operation
    /// The operation with stand-in values, to ask the domain whether the record's state allows
    /// it before any field is filled in.
    let standIn: @Sendable () -> Operation

    init(_ id: String, command: String, variant: (option: String, value: String)? = nil, target: Operation.Target,
         title: Label, help: Label, fields: [FieldSpec] = [], needsRecord: Bool = true,
         make: @escaping @Sendable (SpecValues) throws(SpecError) -> Operation, standIn: @escaping @Sendable () -> Operation) {
        self.id = id
        self.command = command
        self.variant = variant
        self.target = target
        self.title = title
        self.help = help
        self.fields = fields
        self.needsRecord = needsRecord
        self.make = make
        self.standIn = standIn
    }

    /// The operation for gathered values (field name → text), or what is wrong with them.
    public func operation(_ values: [String: String]) throws(SpecError) -> Operation {
        try make(SpecValues(values, fields: fields))
    }

    public var standInOperation: Operation { standIn() }

    /// Fields the user fills in (all, for now: none is derived).
    public var asksNothing: Bool { fields.isEmpty }

    /// Who may run it, in words.
    public var role: Label {
        switch target {
        case .ticket: Label(zh: "操作员", en: "operators")
        case .cadre, .unit: Label(zh: "主管", en: "supervisors")
        }
    }

    /// The command that holds the operation's subcommand in usage lines (`scores set` for units).
    public var recordWord: String {
        switch target {
        case .ticket: "ticket"
        case .cadre: "cadre"
        case .unit: "scores"
        }
    }

    /// `ticket escalate ID --reason R`.
    public var usage: String {
        var words = [recordWord, command]
        if needsRecord { words.append("ID") }
        if let variant { words.append("\(variant.option) \(variant.value)") }
        words += fields.map(\.usage)
        return words.joined(separator: " ")
    }

    /// Every operation, tickets first.
    public static let all: [OperationSpec] = ticketSpecs + cadreSpecs + unitSpecs

    public static func named(_ id: String) -> OperationSpec? { all.first { $0.id == id } }

    /// The specs of one record kind.
    public static func of(_ target: Operation.Target) -> [OperationSpec] { all.filter { $0.target == target } }
}
