import Foundation

extension Dataset {
    /// Every problem found, in record order. An empty result means the data set is consistent:
    /// unique ids, known references, counts and scores in range, dates in order, states that match
    /// their fields.
    public func validate() -> [ValidationProblem] {
        var problems: [ValidationProblem] = []
        func problem(_ id: String, _ field: String, _ en: String, _ zh: String) {
            problems.append(ValidationProblem(recordID: id, field: field, en: en, zh: zh))
        }
        if schemaVersion != Self.currentSchemaVersion {
            problem("", "schemaVersion", "schema version \(schemaVersion) is not the supported \(Self.currentSchemaVersion)",
                    "数据版本 \(schemaVersion) 与支持的版本 \(Self.currentSchemaVersion) 不符")
        }
        var seen: Set<String> = []
        func unique(_ id: String) {
            if id.isEmpty {
                problem(id, "id", "empty id", "编号为空")
            } else if !seen.insert(id).inserted {
                problem(id, "id", "duplicate id \(id)", "编号 \(id) 重复")
            }
        }
        func revision(_ id: String, _ value: Int) {
            if value < 1 { problem(id, "revision", "revision \(value) is below 1", "版本号 \(value) 小于 1") }
        }
        // Interned, so a ticket's district is found by its bytes, not by hashing Chinese text.
        let districtNames = units.reduce(into: InternTable()) { table, unit in
            if unit.kind == .district { _ = table.intern(unit.name.zh) }
        }

        // The index holds each id once: when it holds as many as there are indexed records,
        // none repeats and only the unindexed ones (talent, figures) need the set.
        let indexedCount = tickets.count + cadres.count + units.count + workers.count
        let indexUnique = index.count == indexedCount
        func unique(indexed id: String) {
            if !indexUnique || id.isEmpty { unique(id) }
        }
        func unique(unindexed id: String) {
            if indexUnique, !id.isEmpty, index[id] != nil {
                problem(id, "id", "duplicate id \(id)", "编号 \(id) 重复")
            } else {
                unique(id)
            }
        }

        for worker in workers { unique(indexed: worker.id) }
        // By pointer, each field read where it is needed: passing `tickets[i]`, even to a
        // `borrowing` parameter, copies the ticket and retains each of its strings and arrays.
        // A ticket's own problems, in a list of its own, so halves of the tickets can be checked
        // on two cores. Only the duplicate check needs the shared set, and only when the index
        // shows a duplicate; then the tickets are checked in order on one core.
        func check(_ t: UnsafePointer<Ticket>) -> [ValidationProblem] {
            var found: [ValidationProblem] = []
            func problem(_ id: String, _ field: String, _ en: String, _ zh: String) {
                found.append(ValidationProblem(recordID: id, field: field, en: en, zh: zh))
            }
            if !indexUnique {
                unique(t.pointee.id)
            } else if t.pointee.id.isEmpty {
                problem(t.pointee.id, "id", "empty id", "编号为空")
            }
            if t.pointee.revision < 1 { problem(t.pointee.id, "revision", "revision \(t.pointee.revision) is below 1", "版本号 \(t.pointee.revision) 小于 1") }
            if Self.ticketNumber(t.pointee.id) == nil {
                problem(t.pointee.id, "id", "ticket ids look like T-000123", "工单编号应形如 T-000123")
            }
            if Self.isBlank(t.pointee.title) {
                problem(t.pointee.id, "title", "title is empty", "标题为空")
            }
            if t.pointee.deadline < t.pointee.createdAt {
                problem(t.pointee.id, "deadline", "deadline is before creation", "办理时限早于上报时间")
            }
            if t.pointee.levelStartedAt < t.pointee.createdAt {
                problem(t.pointee.id, "levelStartedAt", "level clock starts before creation", "层级计时早于上报时间")
            }
            if let r = t.pointee.resolvedAt, r < t.pointee.createdAt {
                problem(t.pointee.id, "resolvedAt", "resolved before creation", "办结时间早于上报时间")
            }
            if t.pointee.reopenCount < 0 {
                problem(t.pointee.id, "reopenCount", "negative reopen count \(t.pointee.reopenCount)", "重办次数 \(t.pointee.reopenCount) 为负")
            }
            for (i, rating) in t.pointee.ratings.enumerated() where !(1...5).contains(rating.score) {
                problem(t.pointee.id, "ratings[\(i)].score", "rating \(rating.score) is outside 1…5", "评分 \(rating.score) 不在 1–5 之间")
            }
            if t.pointee.status != .reported && t.pointee.category == nil {
                problem(t.pointee.id, "category", "a \(t.pointee.status.rawValue) ticket has no category", "已分类的工单缺少类别")
            }
            if (t.pointee.status == .assigned || t.pointee.status == .inProgress) && t.pointee.assignee == nil {
                problem(t.pointee.id, "assignee", "a \(t.pointee.status.rawValue) ticket has no assignee", "已派单的工单缺少承办人")
            }
            if (t.pointee.status == .closed) != (t.pointee.closeReason != nil) {
                problem(t.pointee.id, "closeReason", t.pointee.status == .closed ? "a closed ticket has no close reason" : "an unclosed ticket has a close reason",
                        t.pointee.status == .closed ? "已关闭工单缺少关闭原因" : "未关闭工单带有关闭原因")
            }
            if t.pointee.status == .resolved && t.pointee.resolvedAt == nil {
                problem(t.pointee.id, "resolvedAt", "a resolved ticket has no resolution time", "已办结工单缺少办结时间")
            }
            if let assignee = t.pointee.assignee, workerIndex(assignee) == nil {
                problem(t.pointee.id, "assignee", "unknown worker \(assignee)", "未知承办人 \(assignee)")
            }
            switch t.pointee.closeReason {
            case .duplicate(let of)?:
                if of == t.pointee.id {
                    problem(t.pointee.id, "closeReason.of", "duplicate of itself", "与自身重复")
                } else if ticketIndex(of) == nil {
                    problem(t.pointee.id, "closeReason.of", "duplicate of unknown ticket \(of)", "重复的工单 \(of) 不存在")
                }
            case .rated(let score)?:
                if !(1...5).contains(score) {
                    problem(t.pointee.id, "closeReason.score", "rating \(score) is outside 1…5", "评分 \(score) 不在 1–5 之间")
                }
            case .invalid?, .atSource?, nil:
                break
            }
            if !districtNames.values.isEmpty && districtNames.id(of: t.pointee.location.district) == nil {
                problem(t.pointee.id, "location.district", "unknown district \(t.pointee.location.district)", "未知的区 \(t.pointee.location.district)")
            }
            return found
        }
        if indexUnique, tickets.count >= 10_000 {
            // The path that would touch the shared set is not taken here.
            let half = tickets.count / 2
            let halves = tickets.withUnsafeBufferPointer { tickets in
                [[ValidationProblem]](concurrently: 2) { k in
                    (k == 0 ? 0..<half : half..<tickets.count).flatMap { check(tickets.baseAddress! + $0) }
                }
            }
            problems += halves.joined()
        } else {
            tickets.withUnsafeBufferPointer { tickets in
                for i in tickets.indices { problems += check(tickets.baseAddress! + i) }
            }
        }
        for c in cadres {
            unique(indexed: c.id)
            revision(c.id, c.revision)
            for criterion in Criterion.allCases where !CriteriaScores.range.contains(c.scores[criterion]) || !c.scores[criterion].isFinite {
                problem(c.id, "scores.\(criterion.rawValue)", "score \(c.scores[criterion]) is outside 0…100",
                        "\(criterion.label.zh)得分 \(c.scores[criterion]) 不在 0–100 之间")
            }
            if !(1900...2100).contains(c.birthYear) {
                problem(c.id, "birthYear", "implausible birth year \(c.birthYear)", "出生年份 \(c.birthYear) 不合理")
            }
            switch (c.pool, c.district) {
            case (.district, nil):
                problem(c.id, "district", "a district-pool cadre has no district", "区级人选缺少所属区")
            case (.district, let d?) where !districtNames.values.isEmpty && districtNames.id(of: d) == nil:
                problem(c.id, "district", "unknown district \(d)", "未知的区 \(d)")
            default:
                break
            }
            if [.appointed, .inPost, .kept, .promoted].contains(c.stage) && (c.post == nil || c.appointedAt == nil) {
                problem(c.id, "post", "an appointed cadre has no post or appointment date", "已任命干部缺少岗位或任命时间")
            }
            for (i, entry) in c.monthlyPoints.enumerated() where entry.delta == 0 {
                problem(c.id, "monthlyPoints[\(i)].delta", "a points entry of 0", "加减分为 0")
            }
        }
        for u in units {
            unique(indexed: u.id)
            revision(u.id, u.revision)
            var cards: Set<String> = []
            for (i, s) in u.scores.enumerated() {
                if !ReportCardScore.range.contains(s.score) || !s.score.isFinite {
                    problem(u.id, "scores[\(i)].score", "score \(s.score) is outside 0…100", "分数 \(s.score) 不在 0–100 之间")
                }
                if !cards.insert("\(s.month) \(s.card.rawValue)").inserted {
                    problem(u.id, "scores[\(i)]", "two scores for \(s.card.rawValue) in \(s.month)", "\(s.month) \(s.card.label.zh) 有两个分数")
                }
            }
        }
        for t in talent {
            unique(unindexed: t.id)
            if t.value < 0 || !t.value.isFinite {
                problem(t.id, "value", "negative count \(t.value)", "数值 \(t.value) 为负")
            }
            if let goal = t.goal, goal <= 0 {
                problem(t.id, "goal", "goal \(goal) is not positive", "目标 \(goal) 不是正数")
            }
            for (i, point) in t.series.enumerated() {
                if point.value < 0 { problem(t.id, "series[\(i)].value", "negative value \(point.value)", "数值 \(point.value) 为负") }
                if i > 0 && point.month <= t.series[i - 1].month {
                    problem(t.id, "series[\(i)].month", "months are not ascending", "月份未按升序排列")
                }
            }
        }
        for f in figures {
            unique(unindexed: f.id)
            if f.value < 0 || !f.value.isFinite {
                problem(f.id, "value", "negative count \(f.value)", "数值 \(f.value) 为负")
            }
            if Self.partialDate(f.asOf) == false {
                problem(f.id, "asOf", "\(f.asOf) is not YYYY, YYYY-MM or YYYY-MM-DD", "\(f.asOf) 不是有效日期")
            }
            if f.source == .reported && f.excerpt == nil {
                problem(f.id, "excerpt", "a reported figure has no excerpt of the article", "公开报道数据缺少原文摘录")
            }
        }
        return problems
    }

    /// Whether `text` is empty or all `CharacterSet.whitespacesAndNewlines`, without the trimmed
    /// copy `trimmingCharacters` makes. No scalar above U+3000 is white, so an ASCII or Chinese
    /// first letter decides without asking the character set, which cost 250 instructions a title.
    static func isBlank(_ text: String) -> Bool {
        text.unicodeScalars.allSatisfy { scalar in
            if scalar.value > 0x3000 { return false }
            if scalar.value < 0x80 { return scalar.value == 0x20 || (0x09...0x0D).contains(scalar.value) }
            return CharacterSet.whitespacesAndNewlines.contains(scalar)
        }
    }

    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    static func partialDate(_ text: String) -> Bool {
        switch text.count {
        case 4: Int(text) != nil
        case 7: Month(text) != nil
        case 10: Timestamp.parse(text) != nil
        default: false
        }
    }
}
