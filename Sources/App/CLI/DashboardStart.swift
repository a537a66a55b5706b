import Foundation
import Domain
import Store
import TermUI

/// What the executable gets to start the full-screen dashboard: how to show it, known at once, and
/// how to load the data, which the executable runs with the screen already saying so (reading
/// 100,000 tickets takes seconds). Loading after the executable's own set-up also means it happens
/// once, not again after the re-exec that sets SWIFT_BACKTRACE.
public struct DashboardStart {
    public var display: DisplayOptions
    /// The data directory, named on the loading screen.
    public var dataLabel: String
    /// Called on a thread of its own while the loading screen shows how far it is.
    public var load: (LoadProgress) throws -> LaunchConfiguration
    /// The doctor's findings for the terminal the executable opened and the data it loaded (its
    /// page, and the title font).
    public var diagnose: (TerminalFacts, Dataset) -> Diagnosis

    public init(display: DisplayOptions, dataLabel: String, diagnose: @escaping (TerminalFacts, Dataset) -> Diagnosis,
                load: @escaping (LoadProgress) throws -> LaunchConfiguration) {
        self.display = display
        self.dataLabel = dataLabel
        self.diagnose = diagnose
        self.load = load
    }

    /// The start of a dashboard or kiosk for `context`, named on the loading screen by its folder.
    init(_ context: CommandContext, display: DisplayOptions, load: @escaping (LoadProgress) throws -> LaunchConfiguration) {
        self.init(display: display, dataLabel: DataSession.directory(context).path, diagnose: { facts, dataset in
            Diagnosis.gather(terminal: facts, environment: context.environment, dataDirectory: DataSession.directory(context),
                             settingsOption: context.arguments.options["--settings"], forceMonochrome: display.theme == .mono,
                             dataset: dataset)
        }, load: load)
    }
}
