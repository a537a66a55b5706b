/// One character's bitmap from a Unifont-style font: 16 rows, 8 or 16 pixels wide (16 for CJK
/// and other wide characters). Row bits run from the most significant bit, the leftmost pixel.
public struct Glyph: Equatable, Sendable {
    public let width: Int
    public let rows: [UInt16]
    public static let height = 16

    public init?(width: Int, rows: [UInt16]) {
        guard width == 8 || width == 16, rows.count == Self.height else { return nil }
        self.width = width
        self.rows = rows
    }

    /// Whether the pixel at (x, y) is on, counted from the top left.
    public func isSet(x: Int, y: Int) -> Bool {
        guard x >= 0, y >= 0, x < width, y < Self.height else { return false }
        return rows[y] & (0x8000 >> UInt16(x)) != 0
    }
}
