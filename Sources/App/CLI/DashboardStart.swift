import Foundation

/// What the executable gets to start the full-screen dashboard: how to show it, known at once, and
/// how to load the data, which the executable runs with the screen already saying so (reading
/// 100,000 tickets takes seconds). Loading after the executable's own set-up also means it happens
/// once, not again after the re-exec that sets SWIFT_BACKTRACE.
public struct DashboardStart {
    public var display: DisplayOptions
    /// The data directory, named on the loading screen.
    public var dataLabel: String
    public var load: () throws -> LaunchConfiguration

    public init(display: DisplayOptions, dataLabel: String, load: @escaping () throws -> LaunchConfiguration) {
        self.display = display
        self.dataLabel = dataLabel
        self.load = load
    }
}
