extension HistoryEvent {
    /// The event as one line of text, e.g. "escalated to Community: 需要街道协调" /
    /// "上报升级至社区:需要街道协调". Worker ids are shown as ids; the panel may look up names.
    public var summary: Label {
        let text = detail ?? ""
        // "head rest": the first word and the text after it.
        let head = text.split(separator: " ", maxSplits: 1).first.map(String.init) ?? ""
        let rest = text.split(separator: " ", maxSplits: 1).dropFirst().first.map(String.init) ?? ""
        func with(_ zh: String, _ en: String) -> Label {
            text.isEmpty ? Label(zh: zh, en: en) : Label(zh: "\(zh):\(text)", en: "\(en): \(text)")
        }
        switch op {
        case "create": return Label(zh: "上报", en: "reported")
        case HistoryEvent.discoverOp: return Label(zh: "发现掌握,纳入人选库", en: "discovered, entered the pool")
        case "classify":
            let category = TicketCategory(rawValue: head)?.label ?? Label(zh: head, en: head)
            let level = TicketLevel(rawValue: rest)?.label ?? Label(zh: rest, en: rest)
            return Label(zh: "分类:\(category.zh),\(level.zh)级", en: "classified: \(category.en), \(level.en) level")
        case "assign": return Label(zh: "派单给 \(text)", en: "assigned to \(text)")
        case "claim":
            return text.isEmpty ? Label(zh: "认领", en: "claimed") : Label(zh: "认领(原为 \(text))", en: "claimed (was \(text))")
        case "start": return Label(zh: "开始处理", en: "work started")
        case "escalate":
            let level = TicketLevel(rawValue: head)?.label ?? Label(zh: head, en: head)
            return Label(zh: "上报升级至\(level.zh):\(rest)", en: "escalated to \(level.en): \(rest)")
        case "resolve": return with("办结", "resolved")
        case "rate":
            let comment = rest.isEmpty ? "" : ":\(rest)"
            return Label(zh: "居民评价 \(head) 分\(comment)", en: "rated \(head)" + (rest.isEmpty ? "" : ": \(rest)"))
        case "reopen": return with("重新打开", "reopened")
        case "close_duplicate": return Label(zh: "作为 \(text) 的重复件关闭", en: "closed as duplicate of \(text)")
        case "close_invalid": return with("作为无效件关闭", "closed as invalid")
        case "close_at_source": return with("已在来源系统关闭", "closed at its source")
        case "note": return with("备注", "note")
        case "review": return Label(zh: "进入考察", en: "review started")
        case "appoint": return with("任命到攻坚岗位", "appointed to")
        case "start_post": return Label(zh: "到岗履职", en: "took up the post")
        case "add_points":
            let parts = text.split(separator: " ", maxSplits: 2).map(String.init)
            guard parts.count == 3, let delta = Int(parts[1]) else { return with("加减分", "points") }
            let signed = delta > 0 ? "+\(delta)" : "\(delta)"
            return Label(zh: "\(parts[0]) \(signed) 分:\(parts[2])", en: "\(parts[0]) \(signed) points: \(parts[2])")
        case "warn": return with("预警", "warning")
        case "record_accountability": return with("问责", "accountability")
        case "record_fault_tolerance": return with("容错纠错", "fault tolerance")
        case "promote": return Label(zh: "提拔", en: "promoted")
        case "keep": return Label(zh: "评估后留任", en: "kept in post after evaluation")
        case "adjust_down": return with("调整", "adjusted down")
        case "remove": return with("出库", "taken out of the pool")
        case "set_report_card":
            let parts = text.split(separator: " ").map(String.init)
            guard parts.count == 3 else { return with("成绩单", "report card") }
            let card = ReportCard(rawValue: parts[1])?.label ?? Label(zh: parts[1], en: parts[1])
            return Label(zh: "\(parts[0]) \(card.zh):\(parts[2]) 分", en: "\(parts[0]) \(card.en): \(parts[2])")
        default: return with(op, op)
        }
    }
}
