import Foundation
import PseudoTerminal

/// A pseudo-terminal that answers the queries a real terminal answers — the cursor position
/// report (`ESC[6n`), DECRQM for mode 2026, primary device attributes (`ESC[c`) — as a terminal
/// that draws East Asian ambiguous characters `ambiguousColumns` wide would. Everything the
/// program writes is kept, to look at afterwards.
final class AnsweringTerminal {
    let pty: PseudoTerminal
    let ambiguousColumns: Int
    let synchronizedOutput: Bool
    private(set) var output: [UInt8] = []
    /// How the program ended, once it has.
    private(set) var ending: PseudoTerminal.Ending?
    private var scanned = 0
    private var column = 1

    init(arguments: [String], environment: [String: String], ambiguousColumns: Int, synchronizedOutput: Bool,
         width: Int = 100, height: Int = 30) throws {
        pty = try PseudoTerminal(executable: BuiltBinary.path, arguments: arguments, environment: environment, width: width, height: height)
        self.ambiguousColumns = ambiguousColumns
        self.synchronizedOutput = synchronizedOutput
    }

    var text: String { String(decoding: output, as: UTF8.self) }

    /// Reads and answers for `seconds`, or until the program ends.
    func pump(_ seconds: Double) {
        let deadline = Date().addingTimeInterval(seconds)
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while Date() < deadline {
            let n = read(pty.master, &buffer, buffer.count)
            if n > 0 {
                output += buffer[0..<n]
                answer()
            } else if let end = pty.exited() {
                ending = end
                return
            } else {
                usleep(5_000)
            }
        }
    }

    /// Walks the new output: tracks the cursor column after each carriage return and answers
    /// each query as it comes.
    private func answer() {
        let text = Array(String(decoding: output[scanned...], as: UTF8.self).unicodeScalars)
        scanned = output.count
        var i = 0
        while i < text.count {
            let scalar = text[i]
            if scalar == "\u{1B}" {
                var j = i + 1
                while j < text.count, !(0x40...0x7E).contains(text[j].value) || j == i + 1 { j += 1 }
                let sequence = String(String.UnicodeScalarView(text[i...min(j, text.count - 1)]))
                switch sequence {
                case "\u{1B}[6n": reply("\u{1B}[1;\(column)R")
                case "\u{1B}[c": reply("\u{1B}[?62;22c")
                case "\u{1B}[?2026$p": if synchronizedOutput { reply("\u{1B}[?2026;2$y") }
                default: break
                }
                i = j + 1
                continue
            }
            if scalar == "\r" { column = 1 } else { column += columns(scalar) }
            i += 1
        }
    }

    private func columns(_ scalar: Unicode.Scalar) -> Int {
        switch scalar.value {
        case 0x2460...0x24FF, 0x2500...0x257F, 0x2026, 0x00B7: ambiguousColumns
        case 0x4E00...0x9FFF, 0x1F300...0x1FAFF: 2
        default: 1
        }
    }

    private func reply(_ text: String) { pty.write(Array(text.utf8)) }
}
