import Foundation
import Domain

/// The command line: finds the subcommand, checks its options, and runs it. The full-screen
/// dashboard itself is started through `interactive`, which the executable supplies because only
/// it knows the real terminal.
public enum ZugongCLI {
    static let globalValued: Set<String> = ["--data", "--lang", "--theme", "--actor"]
    static let globalFlags: Set<String> = ["--help", "-h", "--version", "--read-only"]

    public static func main(arguments: [String], environment: [String: String], stdoutIsTerminal: Bool,
                            output: CommandOutput = .standard, now: @escaping () -> Date = Date.init,
                            interactive: (LaunchConfiguration) -> Int32) -> Int32 {
        do {
            let (command, rest) = splitCommand(arguments)
            let valued = globalValued.union(command == "snapshot" ? SnapshotCommand.valued : [])
            if let command, command != "snapshot" { throw CommandLineError("unknown command '\(command)'") }
            let parsed = try ParsedArguments.parse(rest, valued: valued, flags: globalFlags)
            if parsed.has("--help") || parsed.has("-h") { output.out(Usage.text); return 0 }
            if parsed.has("--version") { output.out(Usage.version); return 0 }
            if let extra = parsed.positionals.first { throw CommandLineError("unexpected argument '\(extra)'") }
            let display = try DisplayOptions.resolve(parsed, environment: environment)
            let configuration = try DataSession.open(parsed, display: display, environment: environment, now: now())
            if command == "snapshot" || !stdoutIsTerminal {
                try SnapshotCommand.render(configuration, arguments: parsed, now: now()).forEach(output.out)
                return 0
            }
            return interactive(configuration)
        } catch let error as CommandLineError {
            output.err(error.description)
            return 2
        } catch {
            output.err("zugong: \(error)")
            return 1
        }
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
