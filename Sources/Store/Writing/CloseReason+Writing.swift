import Domain

/// The kind and its one value, as `CloseReason.encode(to:)` writes them.
extension CloseReason: JSONWritable {
    public func write(to out: inout JSONOutput) {
        out.object { out in
            switch self {
            case .rated(let score):
                out.field("kind", "rated")
                out.field("score", score)
            case .duplicate(let of):
                out.field("kind", "duplicate")
                out.field("of", of)
            case .invalid(let reason):
                out.field("kind", "invalid")
                out.field("reason", reason)
            case .atSource(let note):
                out.field("kind", "source")
                out.field("reason", note)
            }
        }
    }
}
