import Foundation
import Domain

/// `zugong warnings [--month M] [--json]`: the units in warning by the rule (settings file's
/// `warningRule`, else the standard one), with why, for how long, and the next step.
public enum WarningsCommand {
    public static let spec = CommandSpec("warnings", valued: ["--month"], flags: ["--json"]) { context in
        let arguments = context.arguments
        let chosen = try arguments.options["--month"].map { text throws(CommandLineError) in try UnitLookup.month(text) }
        let display = try DisplayOptions.resolve(arguments, environment: context.environment)
        let language = display.language
        let store = try DataSession.open(context)
        let units = store.dataset.units
        guard let month = chosen ?? ScoreBoard.months(units).last else {
            context.output.err(language == .zh ? "zugong: 尚无成绩" : "zugong: no scores yet")
            return 1
        }
        let warnings = UnitWarning.all(units, month: month, rule: display.warningRule)
        if arguments.has("--json") {
            context.output.out(try TicketCommandLine.json(warnings.map {
                WarningRecord(unit: $0.unitID, name: $0.name.text(language), kind: $0.kind.rawValue, month: $0.month.description,
                              monthsRunning: $0.monthsRunning, step: $0.step.rawValue, reasons: $0.reasons.map { $0.text(language) })
            }))
            return 0
        }
        context.output.out((language == .zh ? "预警 " : "Warnings ") + month.description + " · " + display.warningRule.description.text(language))
        for warning in warnings {
            let running = language == .zh ? "连续 \(warning.monthsRunning) 个月" : "\(warning.monthsRunning) month(s) running"
            context.output.out("  " + warning.unitID + "  " + warning.name.text(language) + "  " + (language == .zh ? "下一步:" : "next: ")
                               + warning.step.label.text(language) + " · " + running + " · " + warning.reasons.map { $0.text(language) }.joined(separator: "; "))
        }
        context.output.out(language == .zh ? "共 \(warnings.count) 个单位" : "\(warnings.count) unit(s)")
        return 0
    }
}

struct WarningRecord: Encodable {
    var unit: String
    var name: String
    var kind: String
    var month: String
    var monthsRunning: Int
    var step: String
    var reasons: [String]
}
