import Foundation
import Domain

/// A CSV of scores (`unit,month,card,score`, a header line optional, CRLF or LF) read into one
/// change per line, with every bad line named by its number and reason.
struct ScoreImport {
    var changes: [Change] = []
    /// The file line of each change.
    var lines: [Int] = []
    var problems: [String] = []

    static func plan(_ text: String, units: [AssessmentUnit], file: String, language: Language) -> ScoreImport {
        var plan = ScoreImport()
        let rows = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n").components(separatedBy: "\n")
        for (i, raw) in rows.enumerated() {
            let number = i + 1
            let fields = raw.split(separator: ",", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
            if raw.trimmingCharacters(in: .whitespaces).isEmpty || (number == 1 && fields.first?.lowercased() == "unit") { continue }
            func fail(_ zh: String, _ en: String) { plan.problems.append("\(file):\(number): " + (language == .zh ? zh : en)) }
            guard fields.count == 4 else {
                fail("应有 4 栏(单位,月份,成绩单,分数),实有 \(fields.count) 栏", "expected 4 fields (unit,month,card,score), found \(fields.count)")
                continue
            }
            guard let unit = UnitLookup.find(fields[0], in: units) else { fail("没有单位 \(fields[0])", "no unit \(fields[0])"); continue }
            guard let month = Month(fields[1]) else { fail("月份须写作 YYYY-MM,不是 \(fields[1])", "month takes YYYY-MM, not \(fields[1])"); continue }
            guard let card = try? UnitLookup.card(fields[2]) else {
                fail("成绩单须为 " + ReportCard.allCases.map(\.rawValue).joined(separator: "、") + ",不是 \(fields[2])",
                     "card takes " + ReportCard.allCases.map(\.rawValue).joined(separator: ", ") + ", not \(fields[2])")
                continue
            }
            guard let score = Double(fields[3]), score.isFinite, ReportCardScore.range.contains(score) else {
                fail("分数须为 0 到 100 的数,不是 \(fields[3])", "score takes a number from 0 to 100, not \(fields[3])")
                continue
            }
            plan.changes.append(Change(recordID: unit.id, operation: .setReportCard(month: month, card: card, score: score)))
            plan.lines.append(number)
        }
        return plan
    }
}
