import Domain
import Foundation

/// The fast path of loading: reads records straight from their UTF-8 bytes, for the shape this
/// store writes (known keys, each once, integers without fraction or exponent). Anything else is
/// not an error here but `Unreadable`: the caller then decodes the same bytes with `JSONDecoder`,
/// which accepts all that JSON allows and says where and why when the bytes are wrong. So this
/// reader never decides what is valid; it gives the same values faster where it is sure, and a
/// test compares the two on every field.
struct JSONReader {
    struct Unreadable: Error {}

    private let base: UnsafePointer<UInt8>
    private let end: Int
    private var position = 0
    /// Where long strings already read are found again; nil makes each anew.
    private let strings: StringTable?
    /// Where histories are packed (a snapshot's shard); nil reads them as events.
    let histories: HistoryArena?

    /// `bytes` must stay valid while the reader is used.
    init(_ bytes: UnsafeBufferPointer<UInt8>, strings: StringTable? = nil, histories: HistoryArena? = nil) {
        self.strings = strings
        self.histories = histories
        // A dangling but never-read base for an empty buffer.
        base = bytes.baseAddress ?? UnsafePointer(bitPattern: 1)!
        end = bytes.count
    }

    /// True once only whitespace is left.
    mutating func atEnd() -> Bool {
        skipSpace()
        return position == end
    }

    // MARK: Structure

    /// Reads an object whose keys are all `F`'s, each at most once, calling `field` at each value,
    /// which it must read. Which keys are required is the caller's to check.
    mutating func object<F: JSONFields>(_: F.Type, _ field: (inout JSONReader, F) throws(Unreadable) -> Void) throws(Unreadable) {
        try expect(.openBrace)
        if consume(.closeBrace) { return }
        var seen: UInt64 = 0
        var hint = 0
        repeat {
            let index = try keyAndColon(F.keys, hint: &hint)
            guard seen & (1 << index) == 0 else { throw Unreadable() }
            seen |= 1 << index
            try field(&self, F.allCases[index])
        } while consume(.comma)
        try expect(.closeBrace)
    }

    mutating func array<T>(_ element: (inout JSONReader) throws(Unreadable) -> T) throws(Unreadable) -> [T] {
        var elements: [T] = []
        try forEachInArray { reader throws(Unreadable) in elements.append(try element(&reader)) }
        return elements
    }

    /// Calls `element` at each value of an array, which it must read.
    mutating func forEachInArray(_ element: (inout JSONReader) throws(Unreadable) -> Void) throws(Unreadable) {
        try expect(.openBracket)
        if consume(.closeBracket) { return }
        repeat {
            try element(&self)
        } while consume(.comma)
        try expect(.closeBracket)
    }

    /// Calls `element` at each of the comma-separated values up to the end of the bytes (a shard
    /// of a snapshot's record array, without brackets); `element` must read the value.
    mutating func forEachElement(_ element: (inout JSONReader) throws(Unreadable) -> Void) throws(Unreadable) {
        if atEnd() { return }
        repeat {
            try element(&self)
        } while consume(.comma)
        guard atEnd() else { throw Unreadable() }
    }

    mutating func array<T: JSONReadable>(of _: T.Type) throws(Unreadable) -> [T] {
        try array { reader throws(Unreadable) in try T(reading: &reader) }
    }

    mutating func record<T: JSONReadable>(_: T.Type) throws(Unreadable) -> T {
        try T(reading: &self)
    }

    mutating func optionalRecord<T: JSONReadable>(_: T.Type) throws(Unreadable) -> T? {
        try optional { reader throws(Unreadable) in try T(reading: &reader) }
    }

    mutating func optionalString() throws(Unreadable) -> String? {
        try optional { reader throws(Unreadable) in try reader.string() }
    }

    mutating func optionalDate() throws(Unreadable) -> Date? {
        try optional { reader throws(Unreadable) in try reader.date() }
    }

    mutating func optionalValue<T: JSONEnumeration>(_: T.Type) throws(Unreadable) -> T? {
        try optional { reader throws(Unreadable) in try reader.value(T.self) }
    }

    /// Nil for `null`, else the value `read` reads.
    mutating func optional<T>(_ read: (inout JSONReader) throws(Unreadable) -> T) throws(Unreadable) -> T? {
        skipSpace()
        if end - position >= 4, base[position] == UInt8(ascii: "n"), base[position + 1] == UInt8(ascii: "u"),
           base[position + 2] == UInt8(ascii: "l"), base[position + 3] == UInt8(ascii: "l") {
            position += 4
            return nil
        }
        return try read(&self)
    }

    /// The bytes of the scalar value at the position (a string, number or literal), skipped
    /// unread, for a caller that knows how to read it only later. An object or array is off the
    /// fast path.
    mutating func scalarBytes() throws(Unreadable) -> UnsafeBufferPointer<UInt8> {
        skipSpace()
        let start = position
        guard position < end else { throw Unreadable() }
        if base[position] == Byte.quote.rawValue {
            position += 1
            while position < end, base[position] != Byte.quote.rawValue {
                position += base[position] == Byte.backslash.rawValue ? 2 : 1
            }
            guard position < end else { throw Unreadable() }
            position += 1
        } else {
            while position < end {
                switch base[position] {
                case Byte.comma.rawValue, Byte.closeBrace.rawValue, Byte.closeBracket.rawValue, 0x20, 0x0A, 0x0D, 0x09:
                    return UnsafeBufferPointer(start: base + start, count: position - start)
                case Byte.openBrace.rawValue, Byte.openBracket.rawValue, Byte.quote.rawValue:
                    throw Unreadable()
                default:
                    position += 1
                }
            }
        }
        return UnsafeBufferPointer(start: base + start, count: position - start)
    }

    // MARK: Values

    mutating func string() throws(Unreadable) -> String {
        try expect(.quote)
        let start = position
        var high: UInt8 = 0
        skipPlainWords(high: &high)
        while position < end {
            let byte = base[position]
            if byte == Byte.quote.rawValue {
                let bytes = UnsafeBufferPointer(start: base + start, count: position - start)
                position += 1
                return try text(bytes, ascii: high < 0x80)
            }
            high |= byte
            if byte == Byte.backslash.rawValue { return try escapedString(from: start) }
            if byte < 0x20 { throw Unreadable() }
            position += 1
        }
        throw Unreadable()
    }

    /// The bytes of a string with no escape in it, checked as `string()` checks them (no control
    /// character, valid UTF-8) but made into no `String`; an escape is `Unreadable` here.
    mutating func plainStringBytes() throws(Unreadable) -> UnsafeBufferPointer<UInt8> {
        try expect(.quote)
        let start = position
        var high: UInt8 = 0
        skipPlainWords(high: &high)
        while position < end {
            let byte = base[position]
            if byte == Byte.quote.rawValue {
                let bytes = UnsafeBufferPointer(start: base + start, count: position - start)
                position += 1
                guard high < 0x80 || UTF8Check.isValid(bytes) else { throw Unreadable() }
                return bytes
            }
            guard byte != Byte.backslash.rawValue, byte >= 0x20 else { throw Unreadable() }
            high |= byte
            position += 1
        }
        throw Unreadable()
    }

    mutating func date() throws(Unreadable) -> Date {
        try expect(.quote)
        // The store writes 24 or 20 bytes, so the closing quote is looked for there first. Bytes
        // that parse as a date hold no quote or backslash, so the string does end there.
        for length in [24, 20] where end - position > length && base[position + length] == Byte.quote.rawValue {
            if let date = Timestamp.parse(utf8: UnsafeBufferPointer(start: base + position, count: length)) {
                position += length + 1
                return date
            }
        }
        let start = position
        while position < end, base[position] != Byte.quote.rawValue, base[position] != Byte.backslash.rawValue {
            position += 1
        }
        guard position < end, base[position] == Byte.quote.rawValue,
              let date = Timestamp.parse(utf8: UnsafeBufferPointer(start: base + start, count: position - start))
        else { throw Unreadable() }
        position += 1
        return date
    }

    /// A `"YYYY-MM"` month; anything else, an escape included, is off the fast path.
    mutating func month() throws(Unreadable) -> Month {
        guard let month = Month(utf8: try plainStringBytes()) else { throw Unreadable() }
        return month
    }

    /// A case by its raw value's bytes; one written with an escape is off the fast path.
    mutating func value<T: JSONEnumeration>(_: T.Type) throws(Unreadable) -> T {
        guard let index = T.rawValueKeys.index(of: try plainStringBytes(), from: 0) else { throw Unreadable() }
        return T.allCases[index]
    }

    /// `-?(0|[1-9][0-9]*)` within `Int`'s range; a fraction or exponent is off the fast path.
    mutating func int() throws(Unreadable) -> Int {
        skipSpace()
        let negative = position < end && base[position] == Byte.minus.rawValue
        if negative { position += 1 }
        let start = position
        var value = 0
        while position < end, let digit = Self.digit(base[position]) {
            let (shifted, overflow) = value.multipliedReportingOverflow(by: 10)
            let (sum, carry) = shifted.addingReportingOverflow(digit)
            guard !overflow, !carry else { throw Unreadable() }
            value = sum
            position += 1
        }
        let count = position - start
        guard count > 0, count == 1 || base[start] != UInt8(ascii: "0"), !continuesNumber() else { throw Unreadable() }
        return negative ? -value : value
    }

    /// A JSON number, by Swift's own correctly rounded parse of its text.
    mutating func double() throws(Unreadable) -> Double {
        skipSpace()
        let start = position
        if position < end, base[position] == Byte.minus.rawValue { position += 1 }
        let integerStart = position
        guard skipDigits() > 0, position - integerStart == 1 || base[integerStart] != UInt8(ascii: "0") else { throw Unreadable() }
        if position < end, base[position] == UInt8(ascii: ".") {
            position += 1
            guard skipDigits() > 0 else { throw Unreadable() }
        }
        if position < end, base[position] | 0x20 == UInt8(ascii: "e") {
            position += 1
            if position < end, base[position] == Byte.minus.rawValue || base[position] == UInt8(ascii: "+") { position += 1 }
            guard skipDigits() > 0 else { throw Unreadable() }
        }
        let text = String(decoding: UnsafeBufferPointer(start: base + start, count: position - start), as: UTF8.self)
        guard let value = Double(text), value.isFinite else { throw Unreadable() }
        return value
    }

    mutating func bool() throws(Unreadable) -> Bool {
        skipSpace()
        if matches("true") { return true }
        if matches("false") { return false }
        throw Unreadable()
    }

    // MARK: Bytes

    private enum Byte: UInt8 {
        case quote = 0x22, backslash = 0x5C, comma = 0x2C, colon = 0x3A, minus = 0x2D
        case openBrace = 0x7B, closeBrace = 0x7D, openBracket = 0x5B, closeBracket = 0x5D
    }

    /// Moves over the string's bytes eight at a time while none of the eight is a quote, a
    /// backslash or a control character, noting in `high` whether any is beyond ASCII; the byte
    /// loop after it takes the rest. (`v - 0x01…01 & ~v & 0x80…80` is nonzero exactly when a byte
    /// of `v` is zero, and with 0x20…20 when one is below 0x20.)
    private mutating func skipPlainWords(high: inout UInt8) {
        let ones: UInt64 = 0x0101_0101_0101_0101, tops: UInt64 = 0x8080_8080_8080_8080
        var bits: UInt64 = 0
        while end - position >= 8 {
            let word = UnsafeRawPointer(base + position).loadUnaligned(as: UInt64.self)
            let quote = word ^ (ones &* UInt64(Byte.quote.rawValue)), backslash = word ^ (ones &* UInt64(Byte.backslash.rawValue))
            let stops = ((quote &- ones) & ~quote) | ((backslash &- ones) & ~backslash) | ((word &- ones &* 0x20) & ~word)
            guard stops & tops == 0 else { break }
            bits |= word
            position += 8
        }
        if bits & tops != 0 { high |= 0x80 }
    }

    private mutating func skipSpace() {
        while position < end {
            switch base[position] {
            case 0x20, 0x0A, 0x0D, 0x09: position += 1
            default: return
            }
        }
    }

    /// The byte there first: the store writes no space, so the skip is nearly never needed.
    @inline(__always)
    private mutating func consume(_ byte: Byte) -> Bool {
        if position < end, base[position] == byte.rawValue {
            position += 1
            return true
        }
        skipSpace()
        guard position < end, base[position] == byte.rawValue else { return false }
        position += 1
        return true
    }

    @inline(__always)
    private mutating func expect(_ byte: Byte) throws(Unreadable) {
        guard consume(byte) else { throw Unreadable() }
    }

    private mutating func matches(_ word: StaticString) -> Bool {
        let count = word.utf8CodeUnitCount
        guard end - position >= count, memcmp(base + position, word.utf8Start, count) == 0 else { return false }
        position += count
        return true
    }

    /// The index of the key at the position in `keys`, and the colon after it, trying `hint`
    /// first: the store writes keys sorted, so the next key is almost always the one after the last.
    private mutating func keyAndColon(_ keys: FieldKeys, hint: inout Int) throws(Unreadable) -> Int {
        try expect(.quote)
        if let length = keys.lengthBeforeColon(of: hint, at: base + position, before: end - position) {
            position += length + 2
            hint += 1
            return hint - 1
        }
        let start = position
        while position < end, base[position] != Byte.quote.rawValue {
            guard base[position] != Byte.backslash.rawValue else { throw Unreadable() }
            position += 1
        }
        guard position < end else { throw Unreadable() }
        let found = keys.index(of: UnsafeBufferPointer(start: base + start, count: position - start), from: hint)
        position += 1
        guard let found else { throw Unreadable() }
        try expect(.colon)
        hint = found + 1
        return found
    }

    private mutating func skipDigits() -> Int {
        let start = position
        while position < end, Self.digit(base[position]) != nil { position += 1 }
        return position - start
    }

    /// A `.`, exponent or digit right after a number means it is not the plain integer read.
    private func continuesNumber() -> Bool {
        guard position < end else { return false }
        let byte = base[position]
        return byte == UInt8(ascii: ".") || byte | 0x20 == UInt8(ascii: "e") || Self.digit(byte) != nil
    }

    private static func digit(_ byte: UInt8) -> Int? {
        byte >= 0x30 && byte <= 0x39 ? Int(byte - 0x30) : nil
    }

    /// The string of UTF-8 bytes, which must be valid, from the table when it is long or not ASCII.
    private func text(_ bytes: UnsafeBufferPointer<UInt8>, ascii: Bool) throws(Unreadable) -> String {
        let text = if bytes.count > StringTable.inlineLimit || !ascii, let strings {
            strings.string(for: bytes) { Self.validText($0, ascii: ascii) }
        } else {
            Self.validText(bytes, ascii: ascii)
        }
        guard let text else { throw Unreadable() }
        return text
    }

    /// `String(decoding:)` is the fast way to make a string (`String(validating:)` is several
    /// times slower), but it repairs invalid bytes instead of refusing them, so text that is not
    /// all ASCII is compared with the bytes.
    private static func validText(_ bytes: UnsafeBufferPointer<UInt8>, ascii: Bool) -> String? {
        var text = String(decoding: bytes, as: UTF8.self)
        if ascii { return text }
        let same = text.withUTF8 { $0.count == bytes.count && ($0.isEmpty || memcmp($0.baseAddress!, bytes.baseAddress!, $0.count) == 0) }
        return same ? text : nil
    }

    /// The rest of a string that holds an escape, from its first byte at `start`.
    private mutating func escapedString(from start: Int) throws(Unreadable) -> String {
        var bytes = Array(UnsafeBufferPointer(start: base + start, count: position - start))
        while position < end {
            let byte = base[position]
            position += 1
            switch byte {
            case Byte.quote.rawValue:
                return try bytes.withUnsafeBufferPointer { buffer throws(Unreadable) in try text(buffer, ascii: false) }
            case Byte.backslash.rawValue:
                guard position < end else { throw Unreadable() }
                let escape = base[position]
                position += 1
                if let unescaped = JSONEscape.byte(for: escape) {
                    bytes.append(unescaped)
                } else if escape == UInt8(ascii: "u") {
                    bytes.append(contentsOf: try unicodeEscape())
                } else {
                    throw Unreadable()
                }
            case 0..<0x20:
                throw Unreadable()
            default:
                bytes.append(byte)
            }
        }
        throw Unreadable()
    }

    /// The UTF-8 of `\uXXXX` (after the `u`), or of a surrogate pair `\uD83D\uDE00`; a lone
    /// surrogate is off the fast path (and invalid to `JSONDecoder`).
    private mutating func unicodeEscape() throws(Unreadable) -> [UInt8] {
        var value = try hex4()
        if (0xD800..<0xDC00).contains(value) {
            guard end - position >= 2, base[position] == Byte.backslash.rawValue, base[position + 1] == UInt8(ascii: "u") else { throw Unreadable() }
            position += 2
            let low = try hex4()
            guard (0xDC00..<0xE000).contains(low) else { throw Unreadable() }
            value = 0x10000 + ((value - 0xD800) << 10) + (low - 0xDC00)
        }
        guard let scalar = Unicode.Scalar(value) else { throw Unreadable() }
        return Array(String(Character(scalar)).utf8)
    }

    private mutating func hex4() throws(Unreadable) -> UInt32 {
        guard end - position >= 4 else { throw Unreadable() }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let byte = base[position] | 0x20
            let digit: UInt8
            switch byte {
            case 0x30...0x39: digit = byte - 0x30
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            default: throw Unreadable()
            }
            value = value << 4 | UInt32(digit)
            position += 1
        }
        return value
    }
}
