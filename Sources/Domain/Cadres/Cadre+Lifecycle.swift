import Foundation

/// The lion-type cadre life cycle: discovered → under review → appointed → in post → promoted,
/// kept, adjusted down or out. Checks come first, so a refused action changes nothing.
extension Cadre {
    /// Performs a cadre action and returns the history event's detail.
    mutating func perform(_ operation: Operation, actor: String, at: Date, rules: LifecycleRules) throws(Refusal) -> String? {
        switch operation {
        case .review:
            try require([.discovered], for: "review")
            stage = .underReview
            return nil

        case .appoint(let post):
            try require([.underReview], for: "appoint")
            let post = try required(post, field: "post")
            stage = .appointed
            self.post = post
            appointedAt = at
            return post

        case .startPost:
            try require([.appointed], for: "start in post")
            stage = .inPost
            return nil

        case .addPoints(let month, let delta, let reason):
            try require(Self.serving, for: "add points to")
            let reason = try required(reason, field: "reason")
            guard delta != 0, abs(delta) <= rules.maxPointDelta else {
                throw refusal(.invalidField,
                              en: "points must be non-zero and at most ±\(rules.maxPointDelta), got \(delta)",
                              zh: "加减分必须非零且不超过 ±\(rules.maxPointDelta),收到 \(delta)")
            }
            guard month <= Month(containing: at) else {
                throw refusal(.invalidField, en: "\(month) is in the future", zh: "\(month) 尚未到来")
            }
            monthlyPoints.append(PointEntry(month: month, delta: delta, reason: reason, at: at, actor: actor))
            return "\(month) \(delta) \(reason)"

        case .warn(let text):
            try require(Self.serving, for: "warn")
            let text = try required(text, field: "text")
            warnings.append(DatedNote(at: at, actor: actor, text: text))
            return text

        case .recordAccountability(let kind, let text):
            try require(Self.serving, for: "record accountability for")
            let text = try required(text, field: "text")
            accountability.append(DatedNote(at: at, actor: actor, text: text, kind: kind))
            return text

        case .recordFaultTolerance(let text):
            try require(Self.serving, for: "record fault tolerance for")
            let text = try required(text, field: "text")
            faultTolerance.append(DatedNote(at: at, actor: actor, text: text))
            return text

        case .promote:
            try require(Self.serving, for: "promote")
            stage = .promoted
            return nil

        case .keep:
            try require([.inPost], for: "keep")
            stage = .kept
            return nil

        case .adjustDown(let reason):
            try require(Self.serving, for: "adjust down")
            let reason = try required(reason, field: "reason")
            stage = .adjustedDown
            exitReason = reason
            return reason

        case .remove(let reason):
            let reason = try required(reason, field: "reason")
            guard stage != .out else {
                throw refusal(.notAllowed, en: "\(id) is already out of the pool", zh: "\(id) 已出库")
            }
            stage = .out
            exitReason = reason
            return reason

        case .create, .classify, .assign, .claim, .start, .escalate, .resolve, .rate, .reopen,
             .closeDuplicate, .closeInvalid, .closeAtSource, .note, .setReportCard:
            throw refusal(.wrongRecordKind, en: "\(operation.name) does not apply to a cadre",
                          zh: "操作 \(operation.name) 不适用于干部")
        }
    }

    /// Serving cadres collect monthly points, warnings, accountability and fault-tolerance records.
    static let serving: [CadreStage] = [.inPost, .kept]

    private func require(_ stages: [CadreStage], for action: String) throws(Refusal) {
        guard stages.contains(stage) else {
            throw refusal(.notAllowed,
                          en: "cannot \(action) \(id): stage is \(stage.label.en.lowercased()); allowed when "
                              + stages.map { $0.label.en.lowercased() }.joined(separator: " or "),
                          zh: "\(id) 当前为「\(stage.label.zh)」,不能执行此操作;仅限"
                              + stages.map { "「\($0.label.zh)」" }.joined(separator: "或"))
        }
    }

    private func required(_ text: String, field: String) throws(Refusal) -> String {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else {
            throw refusal(.invalidField, en: "\(field) is required", zh: "必须填写\(FieldNames.zh(field))")
        }
        return trimmed
    }

    private func refusal(_ code: Refusal.Code, en: String, zh: String) -> Refusal {
        Refusal(code, recordID: id, en: en, zh: zh)
    }
}
