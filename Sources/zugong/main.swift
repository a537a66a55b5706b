import Foundation
import App
import NcursesBackend

let arguments = Array(CommandLine.arguments.dropFirst())
let environment = ProcessInfo.processInfo.environment
let inspect = { TerminalInspection.report(environment: environment) }
let code = ZugongCLI.main(arguments: arguments, environment: environment, stdoutIsTerminal: isatty(1) == 1, inspectTerminal: inspect) { start in
    try FullScreen.run(start, environment: environment)
}
exit(code)
