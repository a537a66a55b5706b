import Foundation
import App
import NcursesBackend

let arguments = Array(CommandLine.arguments.dropFirst())
let environment = ProcessInfo.processInfo.environment
let inspect = { TerminalInspection.report(environment: environment) }
/// The stores the command opened, never released: `exit` gives their memory back at once. Locked,
/// because the dashboard opens its store on the loading thread.
final class Kept: @unchecked Sendable {
    private let lock = NSLock()
    private var stores: [AnyObject] = []
    func keep(_ store: AnyObject) { lock.withLock { stores.append(store) } }
}
let kept = Kept()
let code = ZugongCLI.main(arguments: arguments, environment: environment, stdoutIsTerminal: isatty(1) == 1,
                          inspectTerminal: inspect, keepUntilExit: kept.keep) { start in
    try FullScreen.run(start, environment: environment)
}
exit(code)
