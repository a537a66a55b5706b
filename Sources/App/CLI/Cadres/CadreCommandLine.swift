import Foundation
import Domain

/// `zugong cadre review|appoint|start|points|warn|accountability|tolerance|promote|keep|adjust-down|remove ID …`:
/// the cadre life cycle from the command line, every subcommand built from its operation spec.
/// Supervisors only, as on screen; a refusal says the rule.
public enum CadreCommandLine {
    static let valued = OperationCommandLine.options(.cadre)

    public static let spec = CommandSpec("cadre", valued: valued, takesPositionals: true) { context in
        let words = context.arguments.positionals
        let subcommands = OperationCommandLine.commands(.cadre).joined(separator: ", ")
        guard let name = words.first else { throw CommandLineError("cadre needs a subcommand: " + subcommands) }
        guard let code = try OperationCommandLine.run(name, .cadre, context, words: Array(words.dropFirst()), commandOptions: valued) else {
            throw CommandLineError("unknown cadre subcommand '\(name)'; use " + subcommands)
        }
        return code
    }
}
