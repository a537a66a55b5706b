import Domain

/// The active cadre filters in words, for the line above the pool table.
public enum CadreFilterSummary {
    public static func parts(_ filter: CadreFilter, context: PanelContext) -> [String] {
        var parts: [String] = []
        if !filter.stages.isEmpty {
            let names = CadreStage.allCases.filter(filter.stages.contains).map { context.text($0.label) }
            parts.append(context.text("阶段:", "Stage: ") + names.joined(separator: context.text("、", ",")))
        }
        if let pool = filter.pool { parts.append(context.text(pool.label) + context.text("库", " pool")) }
        if let unit = filter.unit { parts.append(unit) }
        if filter.firstBatchOnly { parts.append(context.text("首批 108 人", "first batch")) }
        if filter.warnedOnly { parts.append(context.text("有预警", "warned")) }
        if let below = filter.pointsBelow { parts.append(context.text("积分 < \(below)", "points < \(below)")) }
        if let below = filter.criterionBelow {
            parts.append(context.text("任一项 < ", "a criterion < ") + NumberText.format(below, context.language))
        }
        if !filter.text.isEmpty { parts.append("/" + filter.text) }
        return parts
    }
}
