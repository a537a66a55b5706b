import Testing
import Foundation

/// `zugong doctor` and the measurement the dashboard starts with, against terminals that answer
/// as a Western terminal and as a CJK-ambiguous one would, and against tmux.
@Suite("Doctor and the measured terminal", .serialized)
struct DoctorTests {
    static func environment(_ folder: URL) -> [String: String] {
        ["TERM": "xterm-256color", "LANG": "en_US.UTF-8", "HOME": folder.path, "ZUGONG_DATA": folder.appending(path: "data").path,
         "PATH": "/usr/bin:/bin"]
    }

    static func folder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appending(path: "zugong-doctor-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    @Test("a terminal that draws ambiguous characters wide: doctor says so and chooses ASCII lines")
    func wideAmbiguous() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let terminal = try AnsweringTerminal(arguments: ["doctor"], environment: Self.environment(folder), ambiguousColumns: 2, synchronizedOutput: true)
        terminal.pump(10)
        let text = terminal.text
        #expect(terminal.ending == .code(0), "\(text)")
        #expect(text.contains("─ box drawing                    2 columns"), "\(text)")
        #expect(text.contains("汉 CJK                           2 columns"))
        #expect(text.contains("Ambiguous width                  wide (2 columns)"))
        #expect(text.contains("ASCII lines: the terminal draws box lines two columns wide"))
        #expect(text.contains("Synchronized output (mode 2026)  supported"))
        #expect(text.contains("Frame sync                       on"))
    }

    @Test("the dashboard on that terminal draws ASCII lines and wraps frames; on a narrow one, Unicode lines and no wrapping")
    func dashboardFollowsTheMeasurement() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        for (columns, sync) in [(2, true), (1, false)] {
            let terminal = try AnsweringTerminal(arguments: [], environment: Self.environment(folder), ambiguousColumns: columns, synchronizedOutput: sync,
                                                 width: 200, height: 40)
            terminal.pump(6)
            terminal.pty.write(Array("q".utf8))
            terminal.pump(4)
            let drawn = terminal.text
            #expect(terminal.ending == .code(0))
            #expect(drawn.contains("Latest changes"), "no dashboard drawn: \(drawn.suffix(300))")
            // The probe's own samples are printed before curses starts; the frames come after.
            let frames = drawn.components(separatedBy: "\u{1B}[?1049h").dropFirst().joined()
            if columns == 2 {
                #expect(!frames.contains("┌") && !frames.contains("─") && !frames.contains("·"))
                #expect(frames.contains("+-"))
                #expect(frames.contains("\u{1B}[?2026h") && frames.contains("\u{1B}[?2026l"))
                #expect(frames.contains("ambiguous characters wide: ASCII lines"))
            } else {
                #expect(frames.contains("┌"))
                #expect(!frames.contains("\u{1B}[?2026h"))
            }
        }
    }

    @Test("doctor in tmux: tmux's TERM, narrow ambiguous characters, Unicode lines; in Chinese too")
    func tmux() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let command = "env HOME=\(folder.path) LANG=en_US.UTF-8 \(BuiltBinary.path) doctor --data \(folder.path)/data; "
            + "env HOME=\(folder.path) LANG=zh_CN.UTF-8 \(BuiltBinary.path) doctor --data \(folder.path)/data | tail -4; sleep 30"
        let session = try TmuxSession(width: 200, height: 60, command: command)
        let screen = try session.waitFor(10) { $0.contains("Unifont") && $0.contains("设置文件") }
        #expect(screen.contains("TERM                             tmux"), "\(screen)")
        #expect(screen.contains("─ box drawing                    1 column"))
        #expect(screen.contains("Symbols                          Unicode lines"))
        #expect(screen.contains("(absent: created from the bundled seed on first use)"))
        #expect(screen.contains("设置文件") && screen.contains("不存在:使用默认设置"), "\(screen)")
    }
}
