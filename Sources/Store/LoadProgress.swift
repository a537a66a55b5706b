import Domain
import Foundation

/// Where an open is, written by the threads that load and read by the one that draws the
/// loading screen.
public final class LoadProgress: @unchecked Sendable {
    private let lock = NSLock()
    private var progress = LoadingProgress()

    public init() {}

    public var current: LoadingProgress { lock.withLock { progress } }

    func begin(_ phase: LoadingProgress.Phase, total: Int) {
        lock.withLock { progress = LoadingProgress(phase: phase, done: 0, total: total) }
    }

    func advance(by count: Int) {
        lock.withLock { progress.done += count }
    }
}
