import Foundation
import App

let arguments = Array(CommandLine.arguments.dropFirst())
let environment = ProcessInfo.processInfo.environment
let code = ZugongCLI.main(arguments: arguments, environment: environment, stdoutIsTerminal: isatty(1) == 1) { start in
    try FullScreen.run(start, environment: environment)
}
exit(code)
