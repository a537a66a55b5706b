import Testing
import Foundation
import Domain
import Store
@testable import App

@Suite("The cadre area on the command line", .serialized)
struct CadreCommandLineTests {
    let workspace = TicketWorkspace()

    @Test("cadres list filters, sorts and prints a table, --json and --csv; cadre show prints the record")
    func listAndShow() throws {
        defer { workspace.remove() }
        let table = workspace.run(["cadres", "list", "--first-batch", "--sort", "born"])
        let lines = table.stdout.components(separatedBy: "\n")
        #expect(table.code == 0 && lines[0].hasPrefix("ID ") && lines.last == "108 of 1417 cadres")
        let years = lines.dropFirst().dropLast().compactMap { line in line.split(separator: " ").dropFirst(2).first.flatMap { Int($0) } }
        #expect(years.count == 108 && years == years.sorted() && years.first == 2017 - 57 && years.last == 2017 - 33)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(workspace.run(["cadres", "list", "--stage", "promoted", "--json"]).stdout.utf8)) as? [[String: Any]])
        #expect(!json.isEmpty && json.allSatisfy { $0["stage"] as? String == "promoted" && ($0["pointsTotal"] as? Int ?? -99) >= 5 })
        #expect(Set(json[0].keys).isSuperset(of: ["id", "name", "criteria", "pointsTotal", "warningCount", "ageAtAppointment"]))
        let csv = workspace.run(["cadres", "list", "--warned", "--csv"]).stdout
        #expect(csv.hasPrefix("id,name,gender,birthYear,pool,district,stage,firstBatch,unit,post,loyal_clean,"))
        #expect(workspace.run(["cadres", "list", "--stage", "asleep"]).stderr.contains("--stage takes discovered, under_review"))
        #expect(workspace.run(["cadres", "list", "--sort", "height"]).code == 2)

        let id = try #require(json.first?["id"] as? String)
        let shown = try #require(try JSONSerialization.jsonObject(with: Data(workspace.run(["cadre", "show", id, "--json"]).stdout.utf8)) as? [String: Any])
        #expect(Set(shown.keys).isSuperset(of: ["history", "points", "warnings", "accountability", "faultTolerance", "criteria"]))
        #expect((shown["history"] as? [[String: Any]])?.last?["op"] as? String == "promote")
        let text = workspace.run(["cadre", "show", id], language: "zh_CN.UTF-8").stdout
        #expect(text.contains("五项标准") && text.contains("月度加减分") && text.contains("提拔"))
        #expect(workspace.run(["cadre", "show", "C-99999"]).stderr == "zugong: no cadre C-99999")
    }

    @Test("scores, scores set, warnings and the bulletin; an import is checked whole and writes all or nothing")
    func scores() throws {
        defer { workspace.remove() }
        // CRLF records: "\r\n" is one Character in Swift, so split on any line break.
        let listed = workspace.run(["scores", "--kind", "district", "--card", "overall", "--csv"]).stdout.split(whereSeparator: \.isNewline)
        #expect(listed[0] == "unit,name,kind,month,card,score,rank" && listed[1].hasPrefix("U-005,Wuchang,district,2018-10,overall,89.5,1"))
        #expect(listed.count == 14)
        let before = try JSONSerialization.jsonObject(with: Data(workspace.run(["warnings", "--json"]).stdout.utf8)) as? [[String: Any]] ?? []
        #expect(!before.contains { $0["unit"] as? String == "U-005" })
        #expect(workspace.run(["scores", "set", "U-005", "--month", "2018-10", "--card", "rule_of_law", "--score", "55"]).stdout.hasPrefix("U-005 seq "))
        let after = try JSONSerialization.jsonObject(with: Data(workspace.run(["warnings", "--json"]).stdout.utf8)) as? [[String: Any]] ?? []
        let warned = try #require(after.first { $0["unit"] as? String == "U-005" })
        #expect(warned["step"] as? String == "talk" && (warned["reasons"] as? [String]) == ["Rule of law 55, below 60"])
        #expect(workspace.run(["scores", "set", "U-005", "--month", "2018-10", "--card", "law", "--score", "5"]).stderr.contains("--card takes overall, moderately_prosperous"))
        #expect(workspace.run(["scores", "set", "U-005", "--month", "2018-10", "--card", "overall", "--score", "105"]).code == 2)

        let folder = URL(filePath: workspace.data).deletingLastPathComponent()
        let file = folder.appending(path: "scores-\(UUID().uuidString).csv")
        defer { try? FileManager.default.removeItem(at: file) }
        let lines = try workspace.journalLines()
        try Data("unit,month,card,score\r\nU-001,2018-10,overall,95\r\n武昌区,2018-10,rule_of_law,88.5\r\nU-099,2018-10,overall,50\r\nU-002,2018-13,overall,50\r\n".utf8).write(to: file)
        let refused = workspace.run(["scores", "import", file.path])
        #expect(refused.code == 1 && refused.stderr.contains("\(file.path):4: no unit U-099") && refused.stderr.contains("\(file.path):5: month takes YYYY-MM"))
        #expect(try workspace.journalLines() == lines, "nothing written")
        try Data("U-001,2018-10,overall,95\nWuchang,2018-10,Rule of law,88.5\n".utf8).write(to: file)
        #expect(workspace.run(["scores", "import", file.path]).stdout == "2 scores written")
        #expect(try workspace.journalLines() == lines + 2)

        let bulletin = workspace.run(["bulletin", "--quarter", "2018Q3"]).stdout
        #expect(bulletin.hasPrefix("Bulletin, quarter 3 of 2018 (months 2018-07, 2018-08, 2018-09; synthetic") && bulletin.contains("Most improved: "))
        #expect(workspace.run(["bulletin", "--half", "2018Q3"]).code == 2)
        let half = try JSONSerialization.jsonObject(with: Data(workspace.run(["bulletin", "--half", "2018H1", "--json"]).stdout.utf8)) as? [[String: Any]] ?? []
        #expect(half.count == 32 && half.first?["rank"] as? Int == 1)
        #expect(workspace.run(["units", "list", "--kind", "department"]).stdout.components(separatedBy: "\n").count == 16)
    }

    @Test("operators may not change cadres or scores: the reason names the role")
    func roles() throws {
        defer { workspace.remove() }
        #expect(workspace.run(["units", "list"]).code == 0)
        let store = try DataStore.open(at: URL(filePath: workspace.data))
        try Data(#"{"operators":["\#(store.actor)"]}"#.utf8).write(to: URL(filePath: workspace.data).appending(path: "config.json"))
        let cadre = try #require(store.dataset.cadres.first { $0.stage == .discovered })
        #expect(workspace.run(["cadre", "review", cadre.id]).stderr.contains("only supervisors change cadres and report cards"))
        #expect(workspace.run(["scores", "set", "U-001", "--month", "2018-10", "--card", "overall", "--score", "80"]).code == 1)
    }
}
