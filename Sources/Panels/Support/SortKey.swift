/// A value a table column sorts by. Numbers sort before text; text sorts by code points so the
/// order is the same in every locale and fast to compute.
public enum SortKey: Comparable, Sendable {
    case number(Double)
    case text(String)

    public static func < (a: SortKey, b: SortKey) -> Bool {
        switch (a, b) {
        case let (.number(x), .number(y)): x < y
        case let (.text(x), .text(y)): x.unicodeScalars.lexicographicallyPrecedes(y.unicodeScalars)
        case (.number, .text): true
        case (.text, .number): false
        }
    }
}
