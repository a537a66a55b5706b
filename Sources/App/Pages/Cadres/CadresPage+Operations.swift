import Domain
import Panels
import TermUI

extension CadresPage {
    /// An operation on a cadre, already allowed by `disabledReason`: a form, or for those that
    /// ask nothing (review, start in post, promote, keep) the change itself.
    func begin(_ id: String, on cadre: Cadre?, _ env: PageEnvironment) -> [PageEffect] {
        guard let spec = OperationSpec.named(id), let cadre else { return [] }
        if spec.asksNothing {
            return [.submit(Change(recordID: cadre.id, expectedRevision: cadre.revision, operation: spec.standInOperation))]
        }
        // Points are for the month now; a post starts from the one held.
        let prefill = ["month": Month(containing: env.now).description, "post": cadre.post ?? ""]
        return [.openForm(OperationForm.make(spec, recordID: cadre.id, revision: cadre.revision, prefill: prefill))]
    }

    public mutating func formSubmitted(_ form: FormModel, _ env: PageEnvironment) -> [PageEffect] {
        guard form.id != CadreFilterMenu.formID else {
            switch CadreFilterMenu.filter(from: form, language: env.context.language) {
            case .success(let chosen):
                filter = chosen
                filterPool(env)
                return [.closeForm]
            case .failure(let refusal):
                return [.formError(refusal.message)]
            }
        }
        return OperationForm.submitted(form, language: env.context.language)
    }

    public func formHeader(_ form: FormModel, _ env: PageEnvironment) -> [Line] {
        CadreFormHeader.lines(form, cadre: form.recordID.flatMap(env.dataset.cadre), context: env.context)
    }

    /// The store's answer: the status line says what happened (or why not).
    public mutating func submitted(_ outcome: SubmitOutcome, _ env: PageEnvironment) -> [PageEffect] {
        switch outcome {
        case .applied(let applied, let dataset):
            guard let cadre = dataset.cadre(applied.recordID) else { return [] }
            return [.message(cadre.id + " " + cadre.name + " " + env.context.text(dataset.summary(of: applied.event))
                             + " → " + env.context.text(cadre.stage.label))]
        case .refused(_, let reason):
            return [.message(reason.text(env.context.language))]
        }
    }
}
