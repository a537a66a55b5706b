import Foundation

/// Finds places in a JSON text for `path:line:column:` messages. Foundation's decoders say *what*
/// is wrong (or, for syntax, only "not valid JSON") but not *where*; this scanner runs only after
/// a decode failed, so its speed does not matter.
public enum JSONLocator {
    public struct SyntaxError: Equatable, Sendable {
        public var offset: Int
        public var message: String
        /// The same in Chinese, for the settings file's refusals in the Chinese interface.
        public var chinese: String
        /// A whole value came first and more follows it (two records on one line, say).
        public var afterValue = false
    }

    /// The first syntax error, or nil when `data` is one valid JSON value.
    public static func syntaxError(in data: Data) -> SyntaxError? {
        data.withUnsafeBytes { raw in
            var scanner = Scanner(raw.bindMemory(to: UInt8.self))
            scanner.skipWhitespace()
            guard scanner.skipValue(depth: 0) else { return scanner.error }
            scanner.skipWhitespace()
            if scanner.index < scanner.bytes.count {
                return SyntaxError(offset: scanner.index, message: "unexpected content after the end of the JSON value",
                                   chinese: "JSON 值结束后还有内容", afterValue: true)
            }
            return nil
        }
    }

    /// The byte offset of the value at a decoder's coding path (object keys and array indices),
    /// or nil when the text does not have it.
    public static func offset(of path: [any CodingKey], in data: Data) -> Int? {
        data.withUnsafeBytes { raw in
            var scanner = Scanner(raw.bindMemory(to: UInt8.self))
            scanner.skipWhitespace()
            for key in path {
                guard scanner.enter(key) else { return nil }
            }
            return scanner.index
        }
    }

    /// The string value at a coding path, such as a record's `id` next to a failing field.
    static func string(at path: [any CodingKey], in data: Data) -> String? {
        guard let start = offset(of: path, in: data) else { return nil }
        return data.withUnsafeBytes { raw in
            var scanner = Scanner(raw.bindMemory(to: UInt8.self))
            scanner.index = start
            return scanner.decodeString()
        }
    }

    /// 1-based line and column (in characters, not bytes) of a byte offset.
    static func lineAndColumn(of offset: Int, in data: Data) -> (line: Int, column: Int) {
        var line = 1
        var column = 1
        for byte in data.prefix(offset) {
            if byte == 0x0A {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
        }
        return (line, column)
    }

    private struct Scanner {
        let bytes: UnsafeBufferPointer<UInt8>
        var index = 0
        var error: SyntaxError?

        init(_ bytes: UnsafeBufferPointer<UInt8>) {
            self.bytes = bytes
        }

        private var current: UInt8? { index < bytes.count ? bytes[index] : nil }

        private mutating func fail(_ message: String, _ chinese: String) -> Bool {
            if error == nil {
                let what = current.map { byte in
                    byte >= 0x20 && byte < 0x7F ? "'\(Character(UnicodeScalar(byte)))'" : String(format: "byte 0x%02X", byte)
                }
                error = SyntaxError(offset: index, message: "\(message), found \(what ?? "end of file")",
                                    chinese: "\(chinese),遇到" + (what.map { $0.replacingOccurrences(of: "byte", with: "字节") } ?? "文件结尾"))
            }
            return false
        }

        mutating func skipWhitespace() {
            while let byte = current, byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 {
                index += 1
            }
        }

        mutating func skipValue(depth: Int) -> Bool {
            guard depth < 512 else { return fail("nesting deeper than 512 levels", "嵌套超过 512 层") }
            guard let byte = current else { return fail("expected a value", "应为一个值") }
            switch byte {
            case UInt8(ascii: "{"): return skipObject(depth: depth)
            case UInt8(ascii: "["): return skipArray(depth: depth)
            case UInt8(ascii: "\""): return decodeString() != nil
            case UInt8(ascii: "t"): return literal("true")
            case UInt8(ascii: "f"): return literal("false")
            case UInt8(ascii: "n"): return literal("null")
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return number()
            default: return fail("expected a value", "应为一个值")
            }
        }

        private mutating func skipObject(depth: Int) -> Bool {
            index += 1
            skipWhitespace()
            if current == UInt8(ascii: "}") {
                index += 1
                return true
            }
            while true {
                guard current == UInt8(ascii: "\"") else { return fail("expected a key in quotes", "应为带引号的键") }
                guard decodeString() != nil else { return false }
                skipWhitespace()
                guard current == UInt8(ascii: ":") else { return fail("expected ':' after the key", "键后应为 ':'") }
                index += 1
                skipWhitespace()
                guard skipValue(depth: depth + 1) else { return false }
                skipWhitespace()
                if current == UInt8(ascii: ",") {
                    index += 1
                    skipWhitespace()
                } else if current == UInt8(ascii: "}") {
                    index += 1
                    return true
                } else {
                    return fail("expected ',' or '}' in an object", "对象中应为 ',' 或 '}'")
                }
            }
        }

        private mutating func skipArray(depth: Int) -> Bool {
            index += 1
            skipWhitespace()
            if current == UInt8(ascii: "]") {
                index += 1
                return true
            }
            while true {
                guard skipValue(depth: depth + 1) else { return false }
                skipWhitespace()
                if current == UInt8(ascii: ",") {
                    index += 1
                    skipWhitespace()
                } else if current == UInt8(ascii: "]") {
                    index += 1
                    return true
                } else {
                    return fail("expected ',' or ']' in an array", "数组中应为 ',' 或 ']'")
                }
            }
        }

        private mutating func literal(_ word: String) -> Bool {
            for byte in word.utf8 {
                guard current == byte else { return fail("expected '\(word)'", "应为 '\(word)'") }
                index += 1
            }
            return true
        }

        private mutating func number() -> Bool {
            func digits() -> Int {
                let start = index
                while let byte = current, byte >= 0x30, byte <= 0x39 { index += 1 }
                return index - start
            }
            if current == UInt8(ascii: "-") { index += 1 }
            if current == UInt8(ascii: "0") {
                index += 1
            } else if digits() == 0 {
                return fail("expected a digit", "应为数字")
            }
            if current == UInt8(ascii: ".") {
                index += 1
                guard digits() > 0 else { return fail("expected a digit after '.'", "'.' 后应为数字") }
            }
            if current == UInt8(ascii: "e") || current == UInt8(ascii: "E") {
                index += 1
                if current == UInt8(ascii: "+") || current == UInt8(ascii: "-") { index += 1 }
                guard digits() > 0 else { return fail("expected a digit in the exponent", "指数中应为数字") }
            }
            return true
        }

        /// Reads a string starting at its opening quote; nil (and an error) when malformed.
        mutating func decodeString() -> String? {
            guard current == UInt8(ascii: "\"") else {
                _ = fail("expected a string", "应为字符串")
                return nil
            }
            index += 1
            var utf8: [UInt8] = []
            while true {
                guard let byte = current else {
                    _ = fail("unterminated string", "字符串没有结束")
                    return nil
                }
                if byte == UInt8(ascii: "\"") {
                    index += 1
                    return String(decoding: utf8, as: UTF8.self)
                }
                if byte < 0x20 {
                    _ = fail("control character in a string (escape it)", "字符串中有控制字符(需转义)")
                    return nil
                }
                if byte != UInt8(ascii: "\\") {
                    utf8.append(byte)
                    index += 1
                    continue
                }
                index += 1
                guard let escaped = current else {
                    _ = fail("unterminated string", "字符串没有结束")
                    return nil
                }
                index += 1
                if let unescaped = JSONEscape.byte(for: escaped) {
                    utf8.append(unescaped)
                    continue
                }
                switch escaped {
                case UInt8(ascii: "u"):
                    guard var scalar = hex4() else { return nil }
                    if (0xD800..<0xDC00).contains(scalar), current == UInt8(ascii: "\\"),
                       index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "u") {
                        index += 2
                        guard let low = hex4() else { return nil }
                        scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low &- 0xDC00)
                    }
                    utf8.append(contentsOf: String(UnicodeScalar(scalar) ?? "\u{FFFD}").utf8)
                default:
                    index -= 1
                    _ = fail("invalid escape in a string", "字符串中的转义无效")
                    return nil
                }
            }
        }

        private mutating func hex4() -> UInt32? {
            var value: UInt32 = 0
            for _ in 0..<4 {
                guard let byte = current, let digit = Character(UnicodeScalar(byte)).hexDigitValue else {
                    _ = fail("expected four hex digits after \\u", "\\u 后应为四位十六进制数字")
                    return nil
                }
                value = value * 16 + UInt32(digit)
                index += 1
            }
            return value
        }

        /// Moves from a container's start to the value of one key or index.
        mutating func enter(_ key: any CodingKey) -> Bool {
            skipWhitespace()
            if let position = key.intValue, current == UInt8(ascii: "[") {
                index += 1
                for _ in 0..<position {
                    skipWhitespace()
                    guard skipValue(depth: 1) else { return false }
                    skipWhitespace()
                    guard current == UInt8(ascii: ",") else { return false }
                    index += 1
                }
                skipWhitespace()
                return current != UInt8(ascii: "]")
            }
            guard current == UInt8(ascii: "{") else { return false }
            index += 1
            while true {
                skipWhitespace()
                guard current == UInt8(ascii: "\""), let name = decodeString() else { return false }
                skipWhitespace()
                guard current == UInt8(ascii: ":") else { return false }
                index += 1
                skipWhitespace()
                if name == key.stringValue { return true }
                guard skipValue(depth: 1) else { return false }
                skipWhitespace()
                guard current == UInt8(ascii: ",") else { return false }
                index += 1
            }
        }
    }
}
