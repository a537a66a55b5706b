import App
import Foundation
import Store

/// The data loaded on a thread of its own, so the main thread can keep the loading screen
/// current. Unchecked: the result is written once by that thread before it signals, and read
/// only after the signal.
final class BackgroundLoad: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    private var outcome: Result<LaunchConfiguration, any Error>?
    private var finished = false

    init(_ load: @escaping (LoadProgress) throws -> LaunchConfiguration, progress: LoadProgress) {
        let work = UncheckedWork { [self] in
            outcome = Result { try load(progress) }
            done.signal()
        }
        let thread = Thread { work.run() }
        // A new thread gets 512 KiB of stack, the main thread 8 MiB; the decoders recurse (a
        // deeply nested bad file), so the loader gets the main thread's size.
        thread.stackSize = 8 << 20
        thread.start()
    }

    /// True once the load has ended, waiting up to `seconds` for it.
    func wait(seconds: Double) -> Bool {
        if finished { return true }
        finished = done.wait(timeout: .now() + seconds) == .success
        return finished
    }

    func result() throws -> LaunchConfiguration {
        while !wait(seconds: 3600) {}
        return try outcome!.get()
    }
}

/// A closure handed to another thread that is known to run there alone.
private struct UncheckedWork: @unchecked Sendable {
    let run: () -> Void
}
