/// A value a table column sorts by. Numbers sort before text; text sorts by code points so the
/// order is the same in every locale and fast to compute.
public enum SortKey: Comparable, Sendable {
    case number(Double)
    case text(String)

    public static func < (a: SortKey, b: SortKey) -> Bool {
        switch (a, b) {
        case let (.number(x), .number(y)): x < y
        // UTF-8 byte order is code point order, without decoding a scalar.
        case let (.text(x), .text(y)): x.utf8.lexicographicallyPrecedes(y.utf8)
        case (.number, .text): true
        case (.text, .number): false
        }
    }

    /// Equal as the sort sees them: the same number, or the same bytes (no Unicode
    /// normalization, which `String ==` would do on every comparison).
    public static func == (a: SortKey, b: SortKey) -> Bool {
        switch (a, b) {
        case let (.number(x), .number(y)): x == y
        case let (.text(x), .text(y)): x.utf8.elementsEqual(y.utf8)
        default: false
        }
    }
}
