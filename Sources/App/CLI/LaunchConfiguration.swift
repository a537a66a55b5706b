import Foundation
import Domain
import Store

/// What the full-screen dashboard needs to start; built by the command line, run by the executable
/// (which alone knows the real terminal).
public struct LaunchConfiguration {
    public var dataset: Dataset
    public var display: DisplayOptions
    public var session: SessionInfo
    /// The data directory, watched for other operators' changes while the dashboard runs.
    public var store: DataStore?
    /// What the store noticed on opening (a torn last journal line): stderr for the text commands,
    /// the status line for the dashboard.
    public var warnings: [Label]

    public init(dataset: Dataset, display: DisplayOptions, session: SessionInfo, store: DataStore? = nil, warnings: [Label] = []) {
        self.dataset = dataset
        self.display = display
        self.session = session
        self.store = store
        self.warnings = warnings
    }

    /// The warnings as lines for stderr, in the user's language.
    public var warningLines: [String] {
        warnings.map { display.language == .zh ? "zugong:警告:\($0.zh)" : "zugong: warning: \($0.en)" }
    }
}
