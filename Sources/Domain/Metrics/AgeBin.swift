/// One bar of an age histogram: ages in `lower..<upper` (nil bounds are open).
public struct AgeBin: Sendable, Hashable {
    public var lower: Int?
    public var upper: Int?
    public var count: Int

    public init(lower: Int?, upper: Int?, count: Int) {
        self.lower = lower
        self.upper = upper
        self.count = count
    }

    /// "<35", "35–39", "≥55".
    public var label: String {
        switch (lower, upper) {
        case (nil, let u?): "<\(u)"
        case (let l?, nil): "≥\(l)"
        case (let l?, let u?): "\(l)–\(u - 1)"
        case (nil, nil): "all"
        }
    }
}
