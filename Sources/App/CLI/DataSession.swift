import Foundation
import Domain

/// Opens the data a command works on and describes the session for the status bar.
public enum DataSession {
    public static func open(_ arguments: ParsedArguments, display: DisplayOptions, environment: [String: String], now: Date) throws -> LaunchConfiguration {
        let dataset = try Dataset.seedDataset(reference: now)
        let session = SessionInfo(dataLabel: "seed", user: environment["USER"] ?? "?", readOnly: true)
        return LaunchConfiguration(dataset: dataset, display: display, session: session)
    }
}
