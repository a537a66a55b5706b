import Foundation

extension AssessmentUnit {
    /// Sets one report-card score, replacing any earlier score of the same month and card, and
    /// returns the history event's detail.
    mutating func perform(_ operation: Operation) throws(Refusal) -> String? {
        guard case .setReportCard(let month, let card, let score) = operation else {
            throw Refusal(.wrongRecordKind, recordID: id, en: "\(operation.name) does not apply to an assessment unit",
                          zh: "操作 \(operation.name) 不适用于考评单位")
        }
        guard score.isFinite, ReportCardScore.range.contains(score) else {
            throw Refusal(.invalidField, recordID: id, en: "score must be 0 to 100, got \(score)",
                          zh: "分数必须在 0 到 100 之间,收到 \(score)")
        }
        let entry = ReportCardScore(month: month, card: card, score: score, source: .entered)
        if let i = scores.firstIndex(where: { $0.month == month && $0.card == card }) {
            scores[i] = entry
        } else {
            let position = scores.firstIndex {
                $0.month > month || ($0.month == month && $0.card.order > card.order)
            } ?? scores.endIndex
            scores.insert(entry, at: position)
        }
        return "\(month) \(card.rawValue) \(score)"
    }
}
