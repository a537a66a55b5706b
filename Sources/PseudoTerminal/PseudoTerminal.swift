import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The real `zugong` on a pseudo-terminal of its own, as a user's terminal would run it: a new
/// session whose controlling terminal is the pty's slave, so Ctrl-C and Ctrl-Z reach it as signals.
/// The fuzzer drives it; the end-to-end tests use it to play a terminal that answers queries.
public final class PseudoTerminal {
    // Linux values Swift's Glibc module does not import (glibc's spawn.h, asm-generic/ioctls.h).
    private static let spawnSetSID: Int32 = 0x80
    private static let unlockSlave: UInt = 0x4004_5431
    private static let slaveNumber: UInt = 0x8004_5430

    public let master: Int32
    public let pid: pid_t
    public private(set) var width: Int
    public private(set) var height: Int

    public init(executable: String, arguments: [String], environment: [String: String], width: Int, height: Int) throws {
        guard let (master, slave) = Self.openMaster() else { throw PseudoTerminalError("cannot open a pseudo-terminal") }
        self.master = master
        self.width = width
        self.height = height
        _ = fcntl(master, F_SETFL, fcntl(master, F_GETFL) | O_NONBLOCK)
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        // After setsid, the first terminal the session leader opens becomes its controlling one.
        posix_spawn_file_actions_addopen(&actions, 0, slave, O_RDWR, 0)
        posix_spawn_file_actions_adddup2(&actions, 0, 1)
        posix_spawn_file_actions_adddup2(&actions, 0, 2)
        posix_spawn_file_actions_addclose(&actions, master)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var none = sigset_t()
        sigemptyset(&none)
        posix_spawnattr_setsigmask(&attributes, &none)
        var defaults = sigset_t()
        sigfillset(&defaults)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setflags(&attributes, Int16(Self.spawnSetSID | POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        let argv = [executable] + arguments
        var cArguments = argv.map { strdup($0) } + [nil]
        defer { cArguments.forEach { free($0) } }
        var cEnvironment = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { cEnvironment.forEach { free($0) } }
        var child = pid_t()
        // The size is set before the program starts, so its first screen has it.
        var size = winsize(ws_row: UInt16(height), ws_col: UInt16(width), ws_xpixel: 0, ws_ypixel: 0)
        _ = ioctl(master, UInt(TIOCSWINSZ), &size)
        guard posix_spawn(&child, executable, &actions, &attributes, &cArguments, &cEnvironment) == 0 else {
            close(master)
            throw PseudoTerminalError("cannot start \(executable)")
        }
        pid = child
    }

    deinit { close(master) }

    /// The modes a fresh pseudo-terminal starts with, what a program must leave behind.
    public static func freshModes() -> termios? {
        guard let (master, _) = openMaster() else { return nil }
        defer { close(master) }
        var t = termios()
        return tcgetattr(master, &t) == 0 ? t : nil
    }

    /// A new pty's master and its slave's path, the Linux way (`posix_openpt` is not in Swift's
    /// Glibc module): open /dev/ptmx, unlock the slave, ask its number.
    public static func openMaster() -> (Int32, String)? {
        let master = open("/dev/ptmx", O_RDWR | O_NOCTTY)
        guard master >= 0 else { return nil }
        var unlock: Int32 = 0
        var number: UInt32 = 0
        guard ioctl(master, unlockSlave, &unlock) == 0, ioctl(master, slaveNumber, &number) == 0 else {
            close(master)
            return nil
        }
        return (master, "/dev/pts/\(number)")
    }

    /// Resizes the terminal; the kernel sends the program SIGWINCH.
    public func resize(width: Int, height: Int) {
        self.width = width
        self.height = height
        var size = winsize(ws_row: UInt16(height), ws_col: UInt16(width), ws_xpixel: 0, ws_ypixel: 0)
        _ = ioctl(master, UInt(TIOCSWINSZ), &size)
    }

    /// Writes all of `bytes`, waiting while the program is slow to read; false when it is gone.
    @discardableResult
    public func write(_ bytes: [UInt8]) -> Bool {
        var offset = 0
        var waited = 0
        while offset < bytes.count {
            let n = bytes[offset...].withUnsafeBufferPointer { Glibc.write(master, $0.baseAddress, $0.count) }
            if n > 0 { offset += n; continue }
            if errno != EAGAIN || waited > 200 { return false }
            _ = drain()
            usleep(5_000)
            waited += 1
        }
        return true
    }

    /// Reads whatever the program wrote; the byte count (0 when nothing came).
    public func drain() -> Int {
        var total = 0
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let n = read(master, &buffer, buffer.count)
            if n <= 0 { return total }
            total += n
        }
    }

    /// The terminal's modes as the program left them.
    public func modes() -> termios? {
        var t = termios()
        return tcgetattr(master, &t) == 0 ? t : nil
    }

    /// Nil while running; else how it ended.
    public func exited() -> Ending? {
        var status: Int32 = 0
        let done = waitpid(pid, &status, WNOHANG)
        guard done == pid else { return nil }
        if status & 0x7F == 0 { return .code(Int((status >> 8) & 0xFF)) }
        return .signal(status & 0x7F)
    }

    /// The process's state letter from /proc (R running, S sleeping, T stopped…).
    public func state() -> String {
        let stat = (try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8)) ?? ""
        return stat.split(separator: ")").last?.split(separator: " ").first.map(String.init) ?? "?"
    }

    /// CPU ticks the process has used so far.
    public func cpuTicks() -> Int {
        let stat = (try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8)) ?? ""
        let fields = stat.split(separator: ")").last?.split(separator: " ") ?? []
        return fields.count > 13 ? (Int(fields[11]) ?? 0) + (Int(fields[12]) ?? 0) : 0
    }

    public enum Ending: Equatable, Sendable, CustomStringConvertible {
        case code(Int)
        case signal(Int32)

        public var description: String {
            switch self {
            case .code(let code): "exit \(code)"
            case .signal(let signo): "killed by signal \(signo)"
            }
        }
    }
}

public struct PseudoTerminalError: Error, CustomStringConvertible {
    public var description: String
    init(_ description: String) { self.description = description }
}
