import Foundation
import Domain
import Panels

/// `zugong cadre review|appoint|start|points|warn|accountability|tolerance|promote|keep|adjust-down|remove ID …`:
/// the cadre life cycle from the command line, every subcommand built from its operation spec.
/// Supervisors only, as on screen; a refusal says the rule.
public enum CadreCommandLine {
    static let valued = OperationCommandLine.options(.cadre)
    static let flags: Set<String> = ["--json"]

    public static let spec = CommandSpec("cadre", valued: valued, flags: flags, takesPositionals: true) { context in
        let words = context.arguments.positionals
        let subcommands = "show, " + OperationCommandLine.commands(.cadre).joined(separator: ", ")
        guard let name = words.first else { throw CommandLineError(zh: "cadre 需要子命令:" + subcommands, en: "cadre needs a subcommand: " + subcommands) }
        if name == "show" { return try show(context, words: Array(words.dropFirst())) }
        guard let code = try OperationCommandLine.run(name, .cadre, context, words: Array(words.dropFirst()), commandOptions: valued.union(flags)) else {
            throw CommandLineError(zh: "cadre 没有子命令“\(name)”,可用:" + subcommands, en: "unknown cadre subcommand '\(name)'; use " + subcommands)
        }
        return code
    }

    /// `cadre show ID [--json]`: the whole record, as on the cadre page.
    static func show(_ context: CommandContext, words: [String]) throws -> Int32 {
        try OperationCommandLine.allowOnly(["--json"], of: valued.union(flags), context.arguments, in: "cadre show")
        guard words.count == 1 else { throw CommandLineError(zh: "用法:cadre show ID [--json]", en: "usage: cadre show ID [--json]") }
        let language = try DisplayOptions.resolve(context.arguments, environment: context.environment).language
        let store = try DataSession.open(context)
        guard let cadre = store.dataset.cadre(words[0]) else {
            context.output.err("zugong: " + (language == .zh ? "没有干部 \(words[0])" : "no cadre \(words[0])"))
            return 1
        }
        if context.arguments.has("--json") {
            context.output.out(try TicketCommandLine.json(CadreRecord(cadre, in: store.dataset, language: language, detailed: true)))
        } else {
            let panel = PanelContext(theme: .make(tier: .monochrome), language: language, now: context.now)
            CadreDetailView(cadre: cadre, dataset: store.dataset, scroll: 0).text(panel, width: 100).forEach(context.output.out)
        }
        return 0
    }
}
