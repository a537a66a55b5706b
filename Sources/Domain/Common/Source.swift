/// Where a number or record comes from. The UI labels every figure with it, so synthetic numbers
/// are never mistaken for reported ones.
public enum Source: String, Codable, Sendable, CaseIterable {
    /// Stated in the source article, for the date the record names.
    case reported
    /// Made by the deterministic generator; plausible, not true.
    case synthetic
    /// Entered by an operator through a change (a created ticket, a report-card score).
    case entered

    public var label: Label {
        switch self {
        case .reported: Label(zh: "公开报道", en: "reported")
        case .synthetic: Label(zh: "模拟数据", en: "synthetic")
        case .entered: Label(zh: "录入", en: "entered")
        }
    }

    /// The sources present in `sources`, in `allCases` order; stops reading once all are seen.
    public static func present<S: Sequence>(in sources: S) -> [Source] where S.Element == Source {
        var seen = Set<Source>()
        for source in sources {
            seen.insert(source)
            if seen.count == allCases.count { break }
        }
        return allCases.filter(seen.contains)
    }
}
