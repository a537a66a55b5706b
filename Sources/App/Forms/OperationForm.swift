import Foundation
import Domain
import Panels

/// An operation spec as an on-screen form, and a filled form back as the spec's values. Pages
/// supply what only they know: the values to start from and the choices of record pickers.
enum OperationForm {
    /// The form for `spec` on a record (nil for creating one). `prefill` gives starting values by
    /// field name; `choices` the options of worker and ticket pickers.
    static func make(_ spec: OperationSpec, recordID: String?, revision: Int?, prefill: [String: String] = [:],
                     choices: (FieldSpec) -> [Choice] = { _ in [] }) -> FormModel {
        let fields = spec.fields.flatMap { field -> [FormField] in
            let initial = prefill[field.name]
            switch field.kind {
            case .text, .decimal, .month:
                return [.text(field.name, field.label, initial ?? "", required: field.required)]
            case .choice(let options):
                return [.choice(field.name, field.label, options, selected: initial)]
            case .integer(let range) where range.count <= 9:
                // A short range is a picker, the highest first (a rating of 5 is the common case).
                return [.choice(field.name, field.label, range.reversed().map { Choice("\($0)", value: "\($0)") }, selected: initial)]
            case .integer:
                return [.text(field.name, field.label, initial ?? "", required: field.required)]
            case .worker:
                return [.choice(field.name, field.label, choices(field), selected: initial)]
            case .ticket:
                // Likely tickets to pick from, and a typed id that wins over the pick.
                let suggested = choices(field)
                let typed = FormField.text(field.name, field.label, initial ?? "", required: field.required && suggested.isEmpty)
                guard !suggested.isEmpty else { return [typed] }
                return [.choice(suggestionField(field), Label(zh: "相似工单", en: "Similar ticket"), suggested), typed]
            }
        }
        return FormModel(id: spec.id, title: spec.title, recordID: spec.needsRecord ? recordID : nil,
                         revision: spec.needsRecord ? revision : nil, fields: fields)
    }

    /// The picker offered beside a typed record id.
    static func suggestionField(_ field: FieldSpec) -> String { field.name + ".suggested" }

    /// The spec's values from a filled form: a typed ticket id wins over the picked one.
    static func values(_ form: FormModel, spec: OperationSpec) -> [String: String] {
        var values = form.values
        for field in spec.fields {
            guard case .ticket = field.kind, (values[field.name] ?? "").trimmingCharacters(in: .whitespaces).isEmpty else { continue }
            values[field.name] = values[suggestionField(field)] ?? ""
        }
        return values
    }

    /// What Enter in an operation's form does: submit its change, or say in the form what is wrong.
    static func submitted(_ form: FormModel, language: Language) -> [PageEffect] {
        guard let spec = OperationSpec.named(form.id) else { return [.closeForm] }
        switch change(form, spec: spec, language: language) {
        case .success(let change): return [.submit(change)]
        case .failure(let refusal): return [.formError(refusal.message)]
        }
    }

    /// The change a filled form asks for, or what is wrong with a value.
    static func change(_ form: FormModel, spec: OperationSpec, language: Language) -> Result<Change, FormRefusal> {
        do throws(SpecError) {
            let operation = try spec.operation(values(form, spec: spec))
            return .success(Change(recordID: form.recordID ?? "", expectedRevision: form.revision, operation: operation))
        } catch {
            return .failure(FormRefusal(message: error.message.text(language)))
        }
    }
}

/// Why a form cannot be saved as it is.
struct FormRefusal: Error {
    var message: String
}
