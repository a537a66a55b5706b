import Foundation
import Domain

/// Finds an assessment unit by what a person types: its id (`U-005`), or its name in either
/// language (`武昌区`, `Wuchang`), case-insensitively.
enum UnitLookup {
    static func find(_ text: String, in units: [AssessmentUnit]) -> AssessmentUnit? {
        let wanted = text.trimmingCharacters(in: .whitespaces)
        return units.first { $0.id.caseInsensitiveCompare(wanted) == .orderedSame || $0.name.zh == wanted
            || $0.name.en.caseInsensitiveCompare(wanted) == .orderedSame }
    }

    static func kind(_ text: String) throws(CommandLineError) -> UnitKind {
        guard let kind = UnitKind(rawValue: try OperationCommandLine.choice(text, option: "--kind", UnitKind.allCases.map { Choice($0.label, value: $0.rawValue) })) else {
            throw CommandLineError(zh: "--kind 取 " + UnitKind.allCases.map(\.rawValue).joined(separator: "、"), en: "--kind takes " + UnitKind.allCases.map(\.rawValue).joined(separator: ", "))
        }
        return kind
    }

    static func card(_ text: String, option: String = "--card") throws(CommandLineError) -> ReportCard {
        guard let card = ReportCard(rawValue: try OperationCommandLine.choice(text, option: option, ReportCard.allCases.map { Choice($0.label, value: $0.rawValue) })) else {
            throw CommandLineError(zh: "\(option) 取 " + ReportCard.allCases.map(\.rawValue).joined(separator: "、"), en: "\(option) takes " + ReportCard.allCases.map(\.rawValue).joined(separator: ", "))
        }
        return card
    }

    static func month(_ text: String, option: String = "--month") throws(CommandLineError) -> Month {
        guard let month = Month(text.trimmingCharacters(in: .whitespaces)) else { throw CommandLineError(zh: "\(option) 取 YYYY-MM,而非“\(text)”", en: "\(option) takes YYYY-MM, not '\(text)'") }
        return month
    }
}
