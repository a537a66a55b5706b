import Foundation
import Domain
import Store
import TermUI

/// The command line: finds the subcommand, checks its options, and runs it. The full-screen
/// dashboard itself is started through `interactive`, which the executable supplies because only
/// it knows the real terminal.
public enum ZugongCLI {
    static let globalValued: Set<String> = ["--data", "--lang", "--theme", "--actor", "--settings"]
    static let globalFlags: Set<String> = ["--help", "-h", "--version", "--read-only"]

    /// Every subcommand by name; the dashboard is the one without a name.
    static let commands: [String: CommandSpec] = Dictionary(uniqueKeysWithValues: [
        DashboardCommand.spec, KioskCommandLine.spec, DoctorCommand.spec, ApplyCommand.spec, SnapshotCommand.spec,
        StoreCommands.initialize, StoreCommands.check, StoreCommands.compact, StoreCommands.generate,
        TicketsCommand.spec, TicketCommandLine.spec, MetricsCommand.spec, FiguresCommand.spec, TalentListCommand.spec, WorkersCommand.spec, CadresCommand.spec, CadreCommandLine.spec, ScoresCommandLine.spec, UnitsCommand.spec, WarningsCommand.spec, BulletinCommand.spec, Open311Commands.importSpec, Open311Commands.exportSpec,
    ].map { ($0.name, $0) })

    /// Runs one command line and returns its exit status. `keepUntilExit` is given every store a
    /// command opens: an executable that exits right after can hold them, so that their data sets
    /// are not freed record by record on the way out (about 0.03 s at 100,000 tickets).
    public static func main(arguments: [String], environment: [String: String], stdoutIsTerminal: Bool,
                            output: CommandOutput = .standard, now: @escaping () -> Date = Date.init,
                            inspectTerminal: @escaping () -> TerminalFacts = { TerminalFacts.unmeasured(ProcessInfo.processInfo.environment) },
                            keepUntilExit: @escaping (AnyObject) -> Void = { _ in },
                            interactive: @escaping (DashboardStart) throws -> Int32) -> Int32 {
        do {
            let (name, rest) = splitCommand(arguments)
            guard let command = commands[name ?? ""] else { throw CommandLineError(zh: "未知命令“\(name ?? "")”", en: "unknown command '\(name ?? "")'") }
            let parsed = try ParsedArguments.parse(rest, valued: globalValued.union(command.valued), flags: globalFlags.union(command.flags))
            if parsed.has("--help") || parsed.has("-h") { output.out(Usage.text); return 0 }
            if parsed.has("--version") { output.out(Usage.version); return 0 }
            if !command.takesPositionals, let extra = parsed.positionals.first { throw CommandLineError(zh: "多余的参数“\(extra)”", en: "unexpected argument '\(extra)'") }
            // A broken settings file stops every command but the one that diagnoses it.
            if name != DoctorCommand.spec.name { _ = try DisplayOptions.resolve(parsed, environment: environment) }
            let context = CommandContext(arguments: parsed, environment: environment, output: output, now: now(),
                                         stdoutIsTerminal: stdoutIsTerminal, interactive: interactive, inspectTerminal: inspectTerminal,
                                         keepUntilExit: keepUntilExit)
            return try command.run(context)
        } catch let error as CommandLineError {
            output.err(error.text(errorLanguage(arguments, environment: environment)))
            return 2
        } catch let error as StoreError {
            let language = errorLanguage(arguments, environment: environment)
            output.err("zugong" + (language == .zh ? ":" : ": ") + error.label.text(language))
            return 1
        } catch {
            output.err("zugong: \(error)")
            return 1
        }
    }

    /// The language a refusal is written in, from what can be read of a command line that may be
    /// wrong: a valid `--lang`, else the settings file's `language`, else the locale.
    static func errorLanguage(_ arguments: [String], environment: [String: String]) -> Language {
        var given: String?
        for (i, word) in arguments.enumerated() {
            if word == "--lang", i + 1 < arguments.count { given = arguments[i + 1] }
            if word.hasPrefix("--lang=") { given = String(word.dropFirst(7)) }
        }
        if let given, let language = Language(rawValue: given) { return language }
        var settingsOption: String?
        for (i, word) in arguments.enumerated() where word == "--settings" && i + 1 < arguments.count { settingsOption = arguments[i + 1] }
        // A settings file with a mistake elsewhere still says which language its user reads.
        if let place = Settings.location(option: settingsOption, environment: environment),
           let data = FileManager.default.contents(atPath: place.path),
           let object = try? JSONSerialization.jsonObject(with: data.starts(with: [0xEF, 0xBB, 0xBF]) ? data.dropFirst(3) : data) as? [String: Any],
           let text = object["language"] as? String, let language = Language(rawValue: text) {
            return language
        }
        return (try? DisplayOptions.language(ParsedArguments(), environment: environment)) ?? .en
    }

    /// The subcommand is the first word that is neither an option nor a global option's value.
    static func splitCommand(_ arguments: [String]) -> (String?, [String]) {
        var i = 0
        while i < arguments.count {
            let word = arguments[i]
            if word == "--" { return (nil, arguments) }
            if globalValued.contains(word) { i += 2; continue }
            if !word.hasPrefix("-") {
                var rest = arguments
                rest.remove(at: i)
                return (word, rest)
            }
            i += 1
        }
        return (nil, arguments)
    }
}
