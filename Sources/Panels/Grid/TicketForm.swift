import Domain
import TermUI

/// A short form over the queue or the detail. It remembers the revision of the ticket it was
/// opened on, so saving after someone else changed the ticket is refused instead of overwriting.
public struct TicketForm: Equatable, Sendable {
    public var purpose: FormPurpose
    public var ticketID: String?
    public var revision: Int?
    public var fields: [FormField]
    public var focus: Int
    /// Why the last save was refused, shown inside the form.
    public var error: String?

    public init(purpose: FormPurpose, ticketID: String? = nil, revision: Int? = nil, fields: [FormField]) {
        self.purpose = purpose
        self.ticketID = ticketID
        self.revision = revision
        self.fields = fields
        focus = 0
    }

    public func value(_ name: String) -> String {
        fields.first { $0.name == name }?.value ?? ""
    }

    public var focusedField: FormField? { fields.indices.contains(focus) ? fields[focus] : nil }

    public mutating func moveFocus(_ delta: Int) {
        guard !fields.isEmpty else { return }
        focus = (focus + delta + fields.count) % fields.count
    }

    public mutating func setChoices(_ name: String, _ choices: [FormChoice]) {
        guard let i = fields.firstIndex(where: { $0.name == name }) else { return }
        fields[i].replaceChoices(choices)
    }
}
