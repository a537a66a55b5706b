import Foundation

/// A private tmux server running one command in a pane of a fixed size: the real binary on a
/// real pseudo-terminal, driven by keys and read back as text.
final class TmuxSession {
    let socket = "zugong-e2e-\(getpid())-\(UUID().uuidString.prefix(8))"

    init(width: Int, height: Int, command: String) throws {
        try tmux(["new-session", "-d", "-x", "\(width)", "-y", "\(height)", command])
    }

    deinit { _ = try? tmux(["kill-server"]) }

    @discardableResult
    /// Runs a tmux command and returns what it printed. It goes through posix_spawn and waitpid
    /// with output to a file: the server that `new-session` starts inherits the child's descriptors,
    /// so a pipe would never reach end-of-file.
    func tmux(_ arguments: [String]) throws -> String {
        let output = FileManager.default.temporaryDirectory.appending(path: "\(socket)-\(UUID().uuidString).out").path
        defer { unlink(output) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, output, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        // Test threads block signals and a spawned child inherits the mask: reset it, or the server
        // and the program under test would never see SIGWINCH.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK))
        let argv = ["tmux", "-L", socket, "-f", "/dev/null"] + arguments
        var cArguments = argv.map { strdup($0) } + [nil]
        defer { cArguments.forEach { free($0) } }
        var pid = pid_t()
        guard posix_spawnp(&pid, "tmux", &actions, &attributes, &cArguments, environ) == 0 else {
            throw CocoaError(.executableNotLoadable)
        }
        var status: Int32 = 0
        waitpid(pid, &status, 0)
        return (try? String(contentsOfFile: output, encoding: .utf8)) ?? ""
    }

    func send(_ keys: String...) throws { try tmux(["send-keys"] + keys) }

    func screen() throws -> String { try tmux(["capture-pane", "-p"]) }

    func resize(width: Int, height: Int) throws {
        try tmux(["resize-window", "-x", "\(width)", "-y", "\(height)"])
    }

    /// Waits up to `seconds` for the screen to satisfy `condition`; returns the last screen seen.
    @discardableResult
    func waitFor(_ seconds: Double = 10, _ condition: (String) -> Bool) throws -> String {
        let deadline = Date().addingTimeInterval(seconds)
        var last = ""
        while Date() < deadline {
            let current = try screen()
            // A capture can catch ncurses half-way through a frame: accept a screen only once it
            // holds the condition and has not changed since the previous capture.
            if condition(current) && current == last { return current }
            last = current
            usleep(50_000)
        }
        return last
    }
}
