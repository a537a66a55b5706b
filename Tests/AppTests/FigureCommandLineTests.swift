import Testing
import Foundation
@testable import App

/// `figures`, `talent` and `metrics`: what the dashboards show, for scripts.
@Suite("Command line: figures, talent, metrics")
struct FigureCommandLineTests {
    let data = FileManager.default.temporaryDirectory.appending(path: "zugong-figures-\(UUID().uuidString)").path

    func run(_ arguments: [String], language: String = "en_US.UTF-8") -> (Int32, Captured) {
        let captured = Captured()
        let code = ZugongCLI.main(arguments: arguments, environment: ["LANG": language, "ZUGONG_DATA": data], stdoutIsTerminal: false,
                                  output: captured.output, now: { Fixture.now }) { _ in 0 }
        return (code, captured)
    }

    @Test("figures: every reported figure with qualifier, date and the article's words; --area narrows; JSON and CSV keep the numbers exact")
    func figures() throws {
        defer { try? FileManager.default.removeItem(atPath: data) }
        let (code, table) = run(["figures"])
        #expect(code == 0)
        let lines = table.stdout.components(separatedBy: "\n")
        #expect(lines[0].hasPrefix("AREA") && lines[0].contains("THE ARTICLE"))
        #expect(lines.contains { $0.contains("Party coverage of non-public") && $0.contains("85.1") && $0.contains("2018-11") && $0.contains("85。1%") })
        let (_, grassroots) = run(["figures", "--area", "grassroots", "--json"])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(grassroots.stdout.utf8)) as? [[String: Any]])
        #expect(json.count == 10 && json.allSatisfy { $0["area"] as? String == "grassroots" && $0["excerpt"] is String })
        #expect(json.first { $0["id"] as? String == "grassroots.instructors" }?["value"] as? Double == 1202)
        let (_, csv) = run(["figures", "--csv"])
        #expect(csv.stdout.hasPrefix("id,area,label_zh,label_en,value,qualifier,"))
        #expect(csv.stdout.contains("cadres.city_candidates,cadres,") && csv.stdout.contains(",309,"))
        let (bad, refused) = run(["figures", "--area", "sports"])
        #expect(bad == 2 && refused.stderr.contains("--area takes cadres, grassroots, talent, not 'sports'"))
        let (_, chinese) = run(["figures", "--area", "talent"], language: "zh_CN.UTF-8")
        #expect(chinese.stdout.hasPrefix("领域") || chinese.stdout.isEmpty == false)
    }

    @Test("talent: values with the article's qualifier, goal and progress; the JSON carries each monthly series marked synthetic")
    func talent() throws {
        defer { try? FileManager.default.removeItem(atPath: data) }
        let (code, table) = run(["talent"], language: "zh_CN.UTF-8")
        #expect(code == 0)
        let lines = table.stdout.components(separatedBy: "\n")
        #expect(lines[0].hasPrefix("工程") && lines[0].contains("目标") && lines[0].contains("完成"))
        #expect(lines.contains { $0.contains("大学生留汉") && $0.contains("70万") && $0.contains("100万") && $0.contains("70%") })
        #expect(lines.contains { $0.contains("项目签约总投资") && $0.contains("约 1.9万亿") })
        #expect(lines.contains { $0.contains("企业创新平台") && $0.contains("1350余") })
        #expect(lines.last?.contains("模拟") == true)
        let (_, json) = run(["talent", "--json"])
        let records = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        let graduates = try #require(records.first { $0["id"] as? String == "graduates.retained" })
        #expect(graduates["goal"] as? Double == 1_000_000 && graduates["progress"] as? Double == 0.7)
        let series = try #require(graduates["series"] as? [[String: Any]])
        #expect(series.last?["value"] as? Double == 700_000 && series.last?["month"] as? String == "2018-10")
        #expect(series.dropLast().allSatisfy { $0["source"] as? String == "synthetic" })
    }

    @Test("metrics: the strip's figures with their counts, overdue by level, the backlog by age, category, district and community path")
    func metrics() throws {
        defer { try? FileManager.default.removeItem(atPath: data) }
        let (code, json) = run(["metrics", "--json"])
        #expect(code == 0)
        let record = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let open = try #require(record["open"] as? Int)
        let byAge = try #require(record["backlogByAge"] as? [[String: Any]])
        #expect(byAge.count == 4 && byAge.compactMap { $0["count"] as? Int }.reduce(0, +) == open)
        let byLevel = try #require(record["overdueByLevel"] as? [[String: Any]])
        #expect(byLevel.compactMap { $0["count"] as? Int }.reduce(0, +) == record["overdue"] as? Int)
        let communities = try #require(record["backlogByCommunity"] as? [[String: Any]])
        #expect(communities.allSatisfy { ($0["name"] as? String)?.components(separatedBy: " / ").count == 3 }, "community by its full path")
        #expect((record["onTime"] as? [String: Any])?["denominator"] is Int)
        let (_, table) = run(["metrics"], language: "zh_CN.UTF-8")
        #expect(table.stdout.hasPrefix("指标") && table.stdout.contains("积压 · 按区") && table.stdout.contains("超期 · 按级别"))
    }

    @Test("tickets list --community: a name in several districts is refused with them; DISTRICT/NAME picks one; the list shows the district")
    func community() throws {
        defer { try? FileManager.default.removeItem(atPath: data) }
        let (code, refused) = run(["tickets", "list", "--community", "长江社区"])
        #expect(code == 2 && refused.stderr.contains("长江社区 is in ") && refused.stderr.contains("districts ("))
        let district = try #require(refused.stderr.components(separatedBy: "e.g. --community ").last?.components(separatedBy: "/").first)
        let (ok, listed) = run(["tickets", "list", "--community", "\(district)/长江社区", "--json"])
        #expect(ok == 0)
        let tickets = try #require(try JSONSerialization.jsonObject(with: Data(listed.stdout.utf8)) as? [[String: Any]])
        #expect(tickets.allSatisfy { ($0["location"] as? [String: Any])?["district"] as? String == district })
        let (_, plain) = run(["tickets", "list"])
        #expect(plain.stdout.contains("·") , "the table names the district before the community")
    }
}
