import Testing
import Foundation
import Domain
@testable import App

@Suite("Ticket commands")
struct TicketCommandLineTests {
    let workspace = TicketWorkspace()

    /// A grid worker whose name no other worker has, and a community office.
    static let gridWorker = Fixture.dataset.workers.first { w in
        w.level == .grid && Fixture.dataset.workers.filter { $0.name == w.name }.count == 1
    }!
    static let communityOffice = Fixture.dataset.workers.first { $0.level == .community }!

    static func acknowledged(_ result: TicketWorkspace.Result, _ id: String) -> Bool {
        result.code == 0 && result.stdout.range(of: #"^\#(id) seq \d+ rev \d+$"#, options: .regularExpression) != nil
    }

    @Test("every action succeeds from the right state, one journal line each")
    func lifecycle() throws {
        defer { workspace.remove() }
        let id = workspace.new("路灯不亮", ["--location", "江岸区/大智街/三阳社区/第1网格", "--reporter", "张三", "--phone", "13812341234"])
        #expect(id.range(of: #"^T-\d{6}$"#, options: .regularExpression) != nil, "the new id alone: \(id)")
        var lines = try workspace.journalLines()
        let steps: [[String]] = [
            ["classify", id, "--category", "道路交通", "--level", "grid"],
            ["assign", id, "--to", Self.gridWorker.name],
            ["claim", id],
            ["start", id],
            ["escalate", id, "--reason", "需要社区协调"],
            ["assign", id, "--to", Self.communityOffice.id],
            ["start", id],
            ["resolve", id, "--note", "已修复"],
            ["rate", id, "--score", "2", "--comment", "太慢"],
            ["start", id],
            ["resolve", id, "--note", "再次修复"],
            ["rate", id, "--score", "5"],
            ["reopen", id, "--reason", "又坏了"],
            ["note", id, "已联系", "供电所"],
        ]
        for step in steps {
            let result = workspace.run(["ticket"] + step)
            #expect(Self.acknowledged(result, id), "\(step): \(result.stdout) \(result.stderr)")
            lines += 1
            #expect(try workspace.journalLines() == lines, "one event for \(step[0])")
        }
        let ticket = try workspace.json(id)
        #expect(ticket["status"] as? String == "assigned")
        #expect(ticket["level"] as? String == "community")
        #expect(ticket["category"] as? String == "roads")
        #expect(ticket["reopenCount"] as? Int == 2)
        #expect((ticket["reporter"] as? [String: Any])?["phone"] as? String == "138****1234")
        #expect((ticket["history"] as? [[String: Any]])?.map { $0["op"] as? String } == ["create"] + steps.map { $0[0] })

        let other = workspace.new("重复上报")
        let closed = workspace.run(["ticket", "close", other, "--as", "duplicate", "--of", id])
        #expect(Self.acknowledged(closed, other))
        let invalid = workspace.new("测试")
        #expect(Self.acknowledged(workspace.run(["ticket", "close", invalid, "--as", "invalid", "--reason", "测试数据"]), invalid))
        #expect(try workspace.json(invalid)["status"] as? String == "closed")
    }

    @Test("ticket new needs only a title; --category classifies it in a second event")
    func newTicket() throws {
        defer { workspace.remove() }
        let plain = workspace.new("只有标题")
        let ticket = try workspace.json(plain)
        #expect(ticket["status"] as? String == "reported")
        #expect((ticket["location"] as? [String: String])?["district"] == TicketLocation.unspecifiedDistrict)
        let before = try workspace.journalLines()
        let classified = workspace.new("垃圾满溢", ["--category", "sanitation", "--urgent", "--location", "武昌区/中华路街"])
        #expect(try workspace.journalLines() == before + 2)
        let json = try workspace.json(classified)
        #expect(json["status"] as? String == "classified" && json["category"] as? String == "sanitation")
        #expect(json["urgent"] as? Bool == true)
        #expect((json["location"] as? [String: String]) == ["district": "武昌区", "street": "中华路街", "community": "", "grid": ""])
        let missing = workspace.run(["ticket", "new", "--description", "x"])
        #expect(missing.code == 2 && missing.stderr.contains("--title is missing"))
        let blank = workspace.run(["ticket", "new", "--title", "  "])
        #expect(blank.code == 1 && blank.stderr == "zugong: title is required" && blank.stdout.isEmpty)
    }

    @Test("refusals and usage errors", arguments: [
        (["classify", "ID", "--category", "roads"], 2, "--level is missing"),
        (["classify", "ID", "--category", "bogus", "--level", "grid"], 2, "--category takes sanitation, roads"),
        (["assign", "ID", "--to", "nobody"], 1, "zugong: cannot assign ID: it is reported; allowed when classified or assigned or in progress"),
        (["claim", "ID"], 1, "cannot claim ID: it is reported"),
        (["claim", "ID", "--to", "x"], 2, "ticket claim does not take --to"),
        (["start", "ID"], 1, "cannot start ID: it is reported"),
        (["escalate", "ID"], 2, "--reason is missing"),
        (["escalate", "ID", "--reason", "r"], 1, "cannot escalate ID: it is reported"),
        (["resolve", "ID", "--note", "n"], 1, "cannot resolve ID: it is reported"),
        (["rate", "ID", "--score", "x"], 2, "--score takes a whole number from 1 to 5, not 'x'"),
        (["rate", "ID", "--score", "6"], 2, "--score takes a whole number from 1 to 5, not '6'"),
        (["note", "ID", "x", "--rev", "-1"], 2, "--rev takes a whole number of at least 0, not '-1'"),
        (["rate", "ID", "--score", "4"], 1, "cannot rate ID: it is reported"),
        (["reopen", "ID", "--reason", "r"], 1, "cannot reopen ID: it is reported"),
        (["close", "ID", "--as", "later"], 2, "--as takes duplicate or invalid, not 'later'"),
        (["close", "ID", "--as", "duplicate", "--of", "ID"], 1, "ID cannot be a duplicate of itself"),
        (["close", "ID", "--as", "invalid", "--reason", " "], 1, "ID: reason is required"),
        (["note", "ID"], 2, "the note's text is missing"),
        (["note", "T-999999", "x"], 1, "zugong: no record T-999999"),
        (["show", "T-999999"], 1, "zugong: no ticket T-999999"),
        (["frob", "ID"], 2, "unknown ticket subcommand 'frob'"),
    ])
    func refusals(arguments: [String], code: Int32, message: String) throws {
        defer { workspace.remove() }
        let id = workspace.new("待处理")
        let lines = try workspace.journalLines()
        let result = workspace.run(["ticket"] + arguments.map { $0 == "ID" ? id : $0 })
        #expect(result.code == code)
        #expect(result.stderr.contains(message.replacingOccurrences(of: "ID", with: id)), "\(result.stderr)")
        #expect(!result.stderr.contains("\n"), "one line")
        #expect(result.stdout.isEmpty)
        #expect(try workspace.journalLines() == lines, "nothing written")
    }

    @Test("refusals speak the chosen language")
    func chinese() {
        defer { workspace.remove() }
        let id = workspace.new("待处理")
        let result = workspace.run(["ticket", "resolve", id, "--note", "n"], language: "zh_CN.UTF-8")
        #expect(result.code == 1 && result.stderr == "zugong: \(id) 当前为「已上报」,不能执行此操作;仅限「处理中」")
        let english = workspace.run(["ticket", "resolve", id, "--note", "n", "--lang", "en"], language: "zh_CN.UTF-8")
        #expect(english.stderr == "zugong: cannot resolve \(id): it is reported; allowed when in progress")
    }

    @Test("a stale --rev is refused with who changed the ticket and its revision")
    func revisionConflict() throws {
        defer { workspace.remove() }
        let id = workspace.new("并发")
        #expect(Self.acknowledged(workspace.run(["ticket", "note", id, "first", "--rev", "1"]), id))
        let lines = try workspace.journalLines()
        let stale = workspace.run(["ticket", "note", id, "second", "--rev", "1"])
        #expect(stale.code == 1)
        #expect(stale.stderr.hasPrefix("zugong: \(id) was changed by ") && stale.stderr.contains("(revision 2, you had 1)"))
        #expect(try workspace.journalLines() == lines)
    }

    @Test("read-only users are refused with the store's reason")
    func readOnly() throws {
        defer { workspace.remove() }
        let id = workspace.new("只读")
        let forced = workspace.run(["ticket", "note", id, "x", "--read-only"])
        #expect(forced.code == 1 && forced.stderr == "zugong: read-only: the data was opened read-only")
        let reveal = workspace.run(["ticket", "show", id, "--reveal-phone", "--read-only"])
        #expect(reveal.code == 1 && reveal.stderr.contains("--reveal-phone: read-only"))
        try Data(#"{"operators": ["someone-else"], "supervisors": []}"#.utf8).write(to: URL(fileURLWithPath: workspace.data + "/config.json"))
        let notOperator = workspace.run(["ticket", "claim", id])
        #expect(notOperator.code == 1 && notOperator.stderr.contains("is not an operator in"))
        let imported = workspace.run(["import", "open311", "/dev/null"])
        #expect(imported.code == 1)
        #expect(workspace.run(["tickets", "list"]).code == 0, "reading is allowed")
    }

    @Test("list filters, sorts and counts like the queue")
    func list() throws {
        defer { workspace.remove() }
        let all = workspace.run(["tickets", "list"])
        #expect(all.code == 0)
        let lines = all.stdout.components(separatedBy: "\n")
        #expect(lines[0].hasPrefix("ID ") && lines[0].hasSuffix("TITLE"))
        #expect(lines.last == "300 of 300 tickets")
        let overdue = workspace.run(["tickets", "list", "--overdue"]).stdout.components(separatedBy: "\n").dropFirst().dropLast()
        #expect(!overdue.isEmpty && overdue.allSatisfy { $0.contains(" late ") })
        let roads = workspace.run(["tickets", "list", "--category", "道路交通", "--status", "closed,resolved", "--json"])
        let records = try JSONSerialization.jsonObject(with: Data(roads.stdout.utf8)) as? [[String: Any]] ?? []
        #expect(!records.isEmpty && records.allSatisfy {
            $0["category"] as? String == "roads" && ["closed", "resolved"].contains($0["status"] as? String)
        })
        let byID = workspace.run(["tickets", "list", "--sort", "id", "--desc", "--csv"]).stdout.components(separatedBy: "\r\n")
        #expect(byID[1].hasPrefix("T-000300,") && byID[2].hasPrefix("T-000299,"))
        let found = workspace.run(["tickets", "list", "--search", "漏水", "--lang", "zh"])
        #expect(found.stdout.hasPrefix("编号") && found.stdout.contains("漏水"))
        #expect(workspace.run(["tickets", "list", "--sort", "colour"]).code == 2)
        #expect(workspace.run(["tickets", "list", "--status", "open"]).stderr.contains("--status takes reported, classified"))
        #expect(workspace.run(["tickets"]).code == 2)
    }

    @Test("--json keys are sorted and documented ones always present")
    func jsonShape() throws {
        defer { workspace.remove() }
        let id = workspace.new("形状")
        let text = workspace.run(["ticket", "show", id, "--json"]).stdout
        let topLevel = text.components(separatedBy: "\n").filter { $0.hasPrefix("  \"") }
            .map { String($0.dropFirst(3).prefix { $0 != "\"" }) }
        #expect(topLevel == topLevel.sorted())
        let required: Set = ["id", "title", "status", "level", "category", "location", "assignee", "claimedBy", "deadline",
                             "revision", "rating", "history"]
        #expect(required.isSubset(of: Set(topLevel)))
        let history = try #require(try workspace.json(id)["history"] as? [[String: Any]])
        #expect(Set(history[0].keys).isSuperset(of: ["seq", "actor", "at", "op"]))
        #expect(text.contains("\"assignee\" : null") && text.contains("\"rating\" : null"))
        let list = workspace.run(["tickets", "list", "--json", "--search", "形状"]).stdout
        #expect(list.hasPrefix("[") && !list.contains("\"history\""))
    }

    @Test("CSV follows RFC 4180 quoting")
    func csv() {
        defer { workspace.remove() }
        let id = workspace.new("He said \"hi\", then\nleft")
        let out = workspace.run(["tickets", "list", "--csv", "--search", "he said"]).stdout
        #expect(out.hasPrefix("id,title,status,level,category,urgent,district,street,community,grid,assignee,claimedBy,createdAt,deadline,deadlineState,revision,rating\r\n"))
        #expect(out.contains("\(id),\"He said \"\"hi\"\", then\r\nleft\",reported,grid,,false,未指定,,,,,,"))
        #expect(CSVText.field("plain") == "plain" && CSVText.field("a,b") == "\"a,b\"")
    }

    @Test("control characters in the data are shown, never sent to the terminal")
    func controlCharacters() {
        defer { workspace.remove() }
        let id = workspace.new("bad\u{1B}[31mred\u{07}", ["--reporter", "x\u{9B}y"])
        let outputs: [String] = [
            workspace.run(["tickets", "list", "--search", "red"]).stdout,
            workspace.run(["ticket", "show", id]).stdout,
            workspace.run(["tickets", "list", "--csv", "--search", "red"]).stdout,
            workspace.run(["ticket", "show", id, "--json"]).stdout,
        ]
        for output in outputs {
            let raw = output.unicodeScalars.filter { $0.value == 0x1B || $0.value == 0x07 || $0.value == 0x9B }
            #expect(raw.isEmpty)
        }
        #expect(workspace.run(["ticket", "show", id]).stdout.contains("bad␛[31mred␇"))
        #expect(workspace.run(["tickets", "list", "--search", "red"]).stdout.contains("bad␛[31mred␇"))
    }
}
