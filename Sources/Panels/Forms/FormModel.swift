import Domain
import TermUI

/// A short form in a dialog: what it is for, the record it acts on and the revision it was opened
/// on (so saving after someone else changed the record is refused instead of overwriting), its
/// fields and which one has the keyboard.
public struct FormModel: Equatable, Sendable {
    /// What the form is for: an operation spec's id (`ticket.escalate`) or a page's own form
    /// (`grid.filter`). The page that opened it reads it back by this id.
    public var id: String
    public var title: Label
    public var recordID: String?
    public var revision: Int?
    public var fields: [FormField]
    public var focus: Int
    /// Why the last save was refused, shown inside the form.
    public var error: String?

    public init(id: String, title: Label, recordID: String? = nil, revision: Int? = nil, fields: [FormField]) {
        self.id = id
        self.title = title
        self.recordID = recordID
        self.revision = revision
        self.fields = fields
        focus = 0
    }

    public func value(_ name: String) -> String {
        fields.first { $0.name == name }?.value ?? ""
    }

    /// Every field's value by name.
    public var values: [String: String] {
        Dictionary(fields.map { ($0.name, $0.value) }, uniquingKeysWith: { first, _ in first })
    }

    public var focusedField: FormField? { fields.indices.contains(focus) ? fields[focus] : nil }

    public mutating func moveFocus(_ delta: Int) {
        guard !fields.isEmpty else { return }
        focus = (focus + delta + fields.count) % fields.count
    }

    public mutating func setChoices(_ name: String, _ choices: [Choice]) {
        guard let i = fields.firstIndex(where: { $0.name == name }) else { return }
        fields[i].replaceChoices(choices)
    }

}
