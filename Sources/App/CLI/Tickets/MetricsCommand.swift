import Foundation
import Domain
import Panels

/// `zugong metrics [--json]`: the grid's figures as the queue's strip shows them (with their
/// counts, over the last 30 days), overdue tickets by level, and the backlog by age, category,
/// district and community.
public enum MetricsCommand {
    public static let spec = CommandSpec("metrics", flags: ["--json"]) { context in
        let arguments = context.arguments
        let language = try DisplayOptions.resolve(arguments, environment: context.environment).language
        let store = try DataSession.open(context)
        let tickets = store.dataset.tickets
        let metrics = GridMetrics(tickets: tickets, now: context.now)
        let districts = DistrictMetrics(tickets: tickets, now: context.now)
        let backlog = Backlog(tickets: tickets, indices: Array(tickets.indices), now: context.now)
        let record = MetricsRecord(metrics: metrics, districts: districts, backlog: backlog, language: language)
        if arguments.has("--json") {
            context.output.out(try TicketCommandLine.json(record))
            return 0
        }
        let zh = language == .zh
        func share(_ ratio: MetricsRecord.Share) -> String {
            ratio.value.map { Format.fixed($0 * 100, decimals: 1) + "% (\(ratio.numerator)/\(ratio.denominator))" } ?? "—"
        }
        let days = GridMetrics.periodDays
        let lines: [[String]] = [
            [zh ? "在办" : "Open", "\(record.open)"],
            [zh ? "超期" : "Overdue", "\(record.overdue)"],
            [zh ? "格内解决(\(days)天)" : "Resolved in the grid (\(days) d)", share(record.withinGrid)],
            [zh ? "社区内解决(\(days)天)" : "Resolved in the community (\(days) d)", share(record.withinCommunity)],
            [zh ? "按时办结(\(days)天)" : "Resolved on time (\(days) d)", share(record.onTime)],
            [zh ? "满意度(\(days)天)" : "Satisfaction (\(days) d)", record.satisfaction.map { Format.fixed($0, decimals: 2) + " (\(record.ratings))" } ?? "—"],
        ]
        PlainTable.lines(header: [zh ? "指标" : "MEASURE", zh ? "数值" : "VALUE"], rows: lines, limits: [40]).forEach(context.output.out)
        for (title, rows) in [(zh ? "超期 · 按级别" : "Overdue by level", record.overdueByLevel), (zh ? "积压 · 按时长" : "Backlog by age", record.backlogByAge),
                              (zh ? "积压 · 按类别" : "Backlog by category", record.backlogByCategory),
                              (zh ? "积压 · 按区" : "Backlog by district", record.backlogByDistrict),
                              (zh ? "积压 · 按社区" : "Backlog by community", record.backlogByCommunity)] {
            context.output.out("")
            context.output.out(title)
            PlainTable.lines(header: [zh ? "分组" : "GROUP", zh ? "件数" : "COUNT"], rows: rows.map { [$0.name, "\($0.count)"] }, limits: [40], rightAligned: [1])
                .forEach(context.output.out)
        }
        return 0
    }
}

struct MetricsRecord: Encodable {
    struct Share: Encodable {
        var numerator: Int
        var denominator: Int
        var value: Double?

        init(_ ratio: Ratio) {
            numerator = ratio.numerator
            denominator = ratio.denominator
            value = ratio.value
        }
    }

    struct Count: Encodable {
        var name: String
        var count: Int
    }

    var periodDays = GridMetrics.periodDays
    var open: Int
    var overdue: Int
    var withinGrid: Share
    var withinCommunity: Share
    var onTime: Share
    var satisfaction: Double?
    var ratings: Int
    var overdueByLevel: [Count]
    var backlogByAge: [Count]
    var backlogByCategory: [Count]
    var backlogByDistrict: [Count]
    var backlogByCommunity: [Count]

    init(metrics: GridMetrics, districts: DistrictMetrics, backlog: Backlog, language: Language) {
        open = metrics.open
        overdue = metrics.overdue
        withinGrid = Share(metrics.withinGrid)
        withinCommunity = Share(metrics.withinCommunity)
        onTime = Share(metrics.onTime)
        satisfaction = metrics.satisfaction.value
        ratings = metrics.satisfaction.count
        overdueByLevel = TicketLevel.allCases.map { Count(name: $0.label.text(language), count: districts.overdueByLevel[$0] ?? 0) }
        backlogByAge = BacklogAge.allCases.map { Count(name: $0.label.text(language), count: backlog.byAge[$0] ?? 0) }
        backlogByCategory = backlog.byCategory.rows.map {
            Count(name: $0.key?.label.text(language) ?? (language == .zh ? "未分类" : "unclassified"), count: $0.count)
        }
        backlogByDistrict = backlog.byDistrict.rows.map { Count(name: $0.key, count: $0.count) }
        // The whole path: community names repeat across districts.
        backlogByCommunity = backlog.byCommunity.rows.map { Count(name: $0.key.path, count: $0.count) }
    }
}
