/// A report-card score's band, written as a mark beside the score so the heat of a cell reads
/// without colour: 优 / A from 90, 良 / B from 80, 中 / C from 70, 差 / D from 60, 劣 / E below.
public enum ScoreGrade: Int, Sendable, CaseIterable, Comparable {
    case excellent, good, fair, poor, failing

    public init(_ score: Double) {
        self = switch score {
        case 90...: .excellent
        case 80..<90: .good
        case 70..<80: .fair
        case 60..<70: .poor
        default: .failing
        }
    }

    public var mark: Label {
        switch self {
        case .excellent: Label(zh: "优", en: "A")
        case .good: Label(zh: "良", en: "B")
        case .fair: Label(zh: "中", en: "C")
        case .poor: Label(zh: "差", en: "D")
        case .failing: Label(zh: "劣", en: "E")
        }
    }

    /// The legend: "优 ≥90 良 ≥80 中 ≥70 差 ≥60 劣 <60".
    public static func legend(_ language: Language) -> String {
        [(Self.excellent, "≥90"), (.good, "≥80"), (.fair, "≥70"), (.poor, "≥60"), (.failing, "<60")]
            .map { $0.mark.text(language) + " " + $1 }.joined(separator: " ")
    }

    public static func < (a: ScoreGrade, b: ScoreGrade) -> Bool { a.rawValue < b.rawValue }
}
