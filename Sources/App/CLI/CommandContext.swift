import Foundation
import TermUI

/// What a subcommand gets to work with: its checked arguments and the process's surroundings.
public struct CommandContext {
    public var arguments: ParsedArguments
    public var environment: [String: String]
    public var output: CommandOutput
    public var now: Date
    public var stdoutIsTerminal: Bool
    /// Starts the full-screen dashboard (supplied by the executable, which owns the terminal).
    public var interactive: (DashboardStart) throws -> Int32
    /// Looks the terminal up and measures it (supplied by the executable, which has the backend).
    public var inspectTerminal: () -> TerminalFacts
    /// Holds what the command opened until the process exits (see `ZugongCLI.main`).
    public var keepUntilExit: (AnyObject) -> Void
}
