import Foundation
import Domain

/// What the full-screen dashboard needs to start; built by the command line, run by the executable
/// (which alone knows the real terminal).
public struct LaunchConfiguration {
    public var dataset: Dataset
    public var display: DisplayOptions
    public var session: SessionInfo

    public init(dataset: Dataset, display: DisplayOptions, session: SessionInfo) {
        self.dataset = dataset
        self.display = display
        self.session = session
    }
}
