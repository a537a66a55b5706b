import Foundation
import App
import NcursesBackend

let arguments = Array(CommandLine.arguments.dropFirst())
let environment = ProcessInfo.processInfo.environment
let code = ZugongCLI.main(arguments: arguments, environment: environment, stdoutIsTerminal: isatty(1) == 1) { configuration in
    // The Swift runtime reads SWIFT_BACKTRACE only at start-up: re-run with it set so a crash
    // never leaves the interactive backtracer painting over the screen.
    NcursesTerminal.ensureNonInteractiveBacktrace()
    return FullScreen.run(configuration, environment: environment)
}
exit(code)
