import Domain

/// Random terminal input of the kinds users and networks produce: keys, CJK text, escape
/// sequences whole and cut, mouse reports, pastes, invalid UTF-8, control keys, bursts.
struct InputGenerator {
    var random: SeededRandom

    /// What one step sends, and what it is, for the record of a failing run.
    enum Step {
        case bytes([UInt8], String)
        case resize(width: Int, height: Int)
        /// Ctrl-C, Ctrl-\ and Ctrl-Z together: the run ends and the next one starts.
        case signalBurst([UInt8])
    }

    private static let keys = Array("jjjkkkhl1234563 sS/ftbmoc?:qgG\u{1b}") + ["\r", "\t"]
    private static let text = ["漏水", "长江社区", "王芳", "T-000", "lion", "楼道灯坏了", "🚀", "é", "ｱ"]
    private static let sequences = ["\u{1b}[A", "\u{1b}[B", "\u{1b}[C", "\u{1b}[D", "\u{1b}[5~", "\u{1b}[6~", "\u{1b}[H", "\u{1b}[F",
                                    "\u{1b}OP", "\u{1b}[1;5C", "\u{1b}[Z", "\u{1b}[99z", "\u{1b}[?1049h", "\u{1b}]0;title\u{7}", "\u{1b}[200~"]

    init(seed: UInt64) { random = SeededRandom(seed: seed) }

    mutating func next(allowQuit: Bool) -> Step {
        switch random.weighted([40, 8, 14, 8, 4, 5, 4, 6, allowQuit ? 1 : 0, 3]) {
        case 0: return .bytes(Array(String(random.pick(Self.keys)).utf8), "key")
        case 1: return .bytes(Array(random.pick(Self.text).utf8), "text")
        case 2:
            let sequence = Array(random.pick(Self.sequences).utf8)
            // Sometimes only part of it, as a packet boundary would cut it.
            let cut = random.chance(0.25) ? random.int(1...max(1, sequence.count - 1)) : sequence.count
            return .bytes(Array(sequence.prefix(cut)), "escape")
        case 3:
            let (x, y) = (random.int(1...220), random.int(1...70))
            let button = random.pick([0, 1, 2, 64, 65, 32])
            return .bytes(Array("\u{1b}[<\(button);\(x);\(y)\(random.chance(0.5) ? "M" : "m")".utf8), "mouse")
        case 4:
            let body = (0..<random.int(1...40)).map { _ in random.pick(Self.text) }.joined(separator: random.chance(0.3) ? "\n" : " ")
            return .bytes(Array("\u{1b}[200~\(body)\u{1b}[201~".utf8), "paste")
        case 5: return .bytes((0..<random.int(1...6)).map { _ in UInt8(random.int(0x80...0xFF)) }, "invalid UTF-8")
        case 6: return .bytes([UInt8(random.pick([0x01, 0x02, 0x04, 0x06, 0x0C, 0x10, 0x13, 0x11, 0x15, 0x17, 0x7F]))], "control")
        case 7:
            let small = random.chance(0.2)
            return .resize(width: small ? random.int(1...70) : random.int(60...300), height: small ? random.int(1...20) : random.int(16...100))
        case 8: return .signalBurst([0x03, 0x1C, 0x1A].shuffled(using: &random))
        default:
            return .bytes((0..<random.int(20...200)).flatMap { _ in Array(String(random.pick(Self.keys)).utf8) }, "burst")
        }
    }
}
