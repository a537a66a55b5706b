import Domain
import TermUI

/// The lines above a form on a cadre: who, at which stage and where, as the record is now, with a
/// warning when it changed since the form opened.
public enum CadreFormHeader {
    public static func lines(_ form: FormModel, cadre: Cadre?, context: PanelContext) -> [Line] {
        guard let cadre else { return FormDialog.requiredNote(form, context: context) }
        var lines = [
            Line(cadre.id + "  " + Sanitizer.clean(cadre.name), style: context.theme.title),
            Line(context.text(cadre.stage.label) + " · " + cadre.unit + (cadre.post.map { " · " + $0 } ?? "")
                 + context.text(" · 积分 ", " · points ") + "\(cadre.pointsTotal)"),
        ]
        if let changed = FormDialog.changedLine(form, revision: cadre.revision, by: cadre.updatedBy, context: context) { lines.append(changed) }
        return lines
    }
}
