/// Reads the characters after an ESC that the terminal library did not turn into a key: the
/// xterm, VT220/PuTTY, rxvt and Linux-console spellings of the editing and function keys, and
/// anything else consumed whole and dropped — never replayed as Esc plus loose characters that
/// would switch tabs or quit.
public enum EscapeSequence {
    public enum Result: Equatable, Sendable {
        /// More characters are needed to tell.
        case incomplete
        case key(Key)
        /// A whole sequence the program has no use for (or a malformed one), consumed.
        case ignored
        /// `ESC [ 200 ~` and `ESC [ 201 ~`: the text between is a paste.
        case pasteStart
        case pasteEnd
        /// Esc pressed just before another key (or an Alt combination the dashboard has no use
        /// for): the Esc key, and the characters after it read again as keys of their own.
        case escapeThenReplay
    }

    /// Longest sequence read before giving up on it.
    public static let maximumLength = 32

    /// What `tail` (the characters after ESC so far) is. An empty tail is incomplete: the caller
    /// decides, when nothing more arrives, that it was the Esc key alone.
    public static func parse(_ tail: [Character]) -> Result {
        guard let first = tail.first else { return .incomplete }
        guard tail.count <= maximumLength else { return .ignored }
        switch first {
        case "[": return controlSequence(Array(tail.dropFirst()))
        case "O":
            guard tail.count >= 2 else { return .incomplete }
            return singleShift(tail[1])
        default:
            // Esc typed quickly before another key (scripts, fast hands) must not lose either.
            return .escapeThenReplay
        }
    }

    /// `ESC O x`: the application-mode cursor and keypad keys.
    private static func singleShift(_ final: Character) -> Result {
        switch final {
        case "A": .key(.up)
        case "B": .key(.down)
        case "C": .key(.right)
        case "D": .key(.left)
        case "H": .key(.home)
        case "F": .key(.end)
        case "M": .key(.enter)
        case "P": .key(.function(1))
        case "Q": .key(.function(2))
        case "R": .key(.function(3))
        case "S": .key(.function(4))
        default: .ignored
        }
    }

    /// `ESC [ params intermediates final`, and the Linux console's `ESC [ [ A`…`E` (F1–F5).
    private static func controlSequence(_ body: [Character]) -> Result {
        if body.first == "[" {
            guard body.count >= 2 else { return .incomplete }
            let consoleKeys: [Character: Int] = ["A": 1, "B": 2, "C": 3, "D": 4, "E": 5]
            return consoleKeys[body[1]].map { .key(.function($0)) } ?? .ignored
        }
        var params = ""
        for character in body {
            guard let value = character.asciiValue else { return .ignored }
            switch value {
            case 0x30...0x3F: params.append(character)
            case 0x20...0x2F: continue
            case 0x40...0x7E: return final(character, params: params)
            default: return .ignored
            }
        }
        return .incomplete
    }

    private static func final(_ final: Character, params: String) -> Result {
        // The first parameter names the key for `~`; a second one is the modifiers (Shift, Ctrl…).
        let numbers = params.split(separator: ";", omittingEmptySubsequences: false).map { Int($0) }
        let first = numbers.first ?? nil
        switch final {
        case "~":
            switch first {
            case 1, 7: return .key(.home)
            case 4, 8: return .key(.end)
            case 2: return .key(.insert)
            case 3: return .key(.delete)
            case 5: return .key(.pageUp)
            case 6: return .key(.pageDown)
            case let n? where (11...15).contains(n): return .key(.function(n - 10))
            case let n? where (17...21).contains(n): return .key(.function(n - 11))
            case 23: return .key(.function(11))
            case 24: return .key(.function(12))
            case 200: return .pasteStart
            case 201: return .pasteEnd
            default: return .ignored
            }
        case "A": return .key(.up)
        case "B": return .key(.down)
        case "C": return .key(.right)
        case "D": return .key(.left)
        case "H": return .key(.home)
        case "F": return .key(.end)
        case "Z": return .key(.backTab)
        case "P", "Q", "R", "S":
            // xterm's modified F1–F4 (`ESC [ 1 ; 2 P`); a bare `ESC [ P` is a delete-character report.
            guard first == 1 else { return .ignored }
            let number: [Character: Int] = ["P": 1, "Q": 2, "R": 3, "S": 4]
            return number[final].map { .key(.function($0)) } ?? .ignored
        default:
            return .ignored
        }
    }
}
