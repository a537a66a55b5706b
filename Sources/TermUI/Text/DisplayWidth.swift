import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Column widths of text, measured the way ncurses measures them: libc `wcwidth` under a UTF-8
/// locale. Every part of the program (layout, truncation, the frame diff) asks this one place.
public enum DisplayWidth {
    /// Widths of the Basic Multilingual Plane, filled once from libc so lookups are an array read.
    private static let bmp: [Int8] = {
        var table = [Int8](repeating: 1, count: 0x10000)
        for v in 0..<0x10000 { table[v] = Int8(LibcWidth.wcwidth(UInt32(v))) }
        return table
    }()

    /// Width of one Unicode scalar: 0, 1 or 2, or -1 when it is not printable.
    public static func of(_ scalar: Unicode.Scalar) -> Int {
        let v = scalar.value
        if v >= 0x20 && v < 0x7F { return 1 }
        if v < 0x10000 { return Int(bmp[Int(v)]) }
        return LibcWidth.wcwidth(v)
    }

    /// Width of one grapheme as it will be drawn (after replacing control characters).
    /// Marks that follow the first scalar combine with it and add nothing, as in ncurses.
    public static func of(_ character: Character) -> Int {
        guard let first = character.unicodeScalars.first else { return 0 }
        if first.value >= 0x20 && first.value < 0x7F { return 1 }
        let w = of(first)
        return w < 0 ? 1 : w  // non-printable scalars are drawn as a one-column replacement
    }

    /// Width of a string in terminal columns.
    public static func of(_ text: String) -> Int {
        var total = 0
        for ch in text { total += of(ch) }
        return total
    }

    /// Cuts text to at most `width` columns, ending with `ellipsis` when something was cut.
    /// A wide character is never split.
    public static func truncate(_ text: String, to width: Int, ellipsis: String = "…") -> String {
        guard width > 0 else { return "" }
        if of(text) <= width { return text }
        let room = width - of(ellipsis)
        guard room >= 0 else { return String(repeating: ".", count: width) }
        var out = ""
        var used = 0
        for ch in text {
            let w = of(ch)
            if used + w > room { break }
            out.append(ch)
            used += w
        }
        return out + ellipsis
    }

    /// Pads with spaces (or truncates) to exactly `width` columns.
    public static func pad(_ text: String, to width: Int, alignRight: Bool = false, ellipsis: String = "…") -> String {
        let cut = truncate(text, to: width, ellipsis: ellipsis)
        let gap = String(repeating: " ", count: max(0, width - of(cut)))
        return alignRight ? gap + cut : cut + gap
    }
}

/// libc's `wcwidth`, evaluated under a UTF-8 locale whatever the process locale is.
/// glibc hides the declaration without `_XOPEN_SOURCE`, so it is looked up by name.
private enum LibcWidth {
    typealias Function = @convention(c) (Int32) -> Int32

    private static let function: Function? = {
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "wcwidth") else { return nil }
        return unsafeBitCast(symbol, to: Function.self)
    }()

    private nonisolated(unsafe) static let utf8Locale: locale_t? = newlocale(LC_CTYPE_MASK, "C.UTF-8", nil)

    static func wcwidth(_ value: UInt32) -> Int {
        guard let function, let utf8Locale else { return fallback(value) }
        let previous = uselocale(utf8Locale)
        defer { uselocale(previous) }
        return Int(function(Int32(bitPattern: value)))
    }

    /// Used only when libc offers no UTF-8 locale: East Asian wide ranges are two columns.
    private static func fallback(_ v: UInt32) -> Int {
        if v < 0x20 || (v >= 0x7F && v < 0xA0) { return -1 }
        if (0x0300...0x036F).contains(v) { return 0 }
        let wide: [ClosedRange<UInt32>] = [0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF,
                                          0x4E00...0x9FFF, 0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF,
                                          0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x1F300...0x1F64F,
                                          0x20000...0x3FFFD]
        return wide.contains { $0.contains(v) } ? 2 : 1
    }
}
