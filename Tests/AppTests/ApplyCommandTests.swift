import Foundation
import Testing
import Domain
@testable import App

/// `zugong apply`: JSON lines of operations in the journal's shape, applied in order under one
/// lock; one result per line; all or nothing on request.
@Suite("zugong apply")
struct ApplyCommandTests {
    let workspace = TicketWorkspace()

    func write(_ text: String) throws -> String {
        let path = workspace.data + "-batch.jsonl"
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    func cleanUp() {
        workspace.remove()
        try? FileManager.default.removeItem(atPath: workspace.data + "-batch.jsonl")
    }

    static let batch = """
    {"op":"note","record":"T-000001","fields":{"text":"已电话回访"}}\r
    \r
    {"op":"note","record":"T-999999","fields":{"text":"x"}}
    {"op":"claim","record":"T-000002","rev":1}
    not json
    {"op":"escalate","record":"T-000021","fields":{"reason":"需要街道协调"}}

    """

    @Test("each line applied or refused on its own, in order; the results line up with the input's line numbers")
    func mixed() throws {
        defer { cleanUp() }
        _ = workspace.run(["init"])
        let before = try workspace.journalLines()
        let result = workspace.run(["apply", try write(Self.batch)])
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(result.code == 1)
        #expect(lines.count == 5, "\(lines)")
        #expect(lines[0].hasPrefix("ok T-000001 seq \(before + 1) rev "))
        #expect(lines[1] == "refused 3: no record T-999999")
        #expect(lines[2].hasPrefix("refused 4: T-000002 was changed by "))
        #expect(lines[3].hasPrefix("invalid 5: ") && lines[3].contains("-batch.jsonl:5:2: invalid JSON"))
        #expect(lines[4].hasPrefix("ok T-000021 seq \(before + 2) rev "), "\(lines[4])")
        #expect(try workspace.journalLines() == before + 2)
        #expect(workspace.run(["ticket", "show", "T-000001"]).stdout.contains("已电话回访"))
        #expect(workspace.run(["ticket", "show", "T-000021"]).stdout.contains("需要街道协调"))
    }

    @Test("an operation name that does not exist is named as such, with or without fields")
    func unknownOperation() throws {
        defer { cleanUp() }
        _ = workspace.run(["init"])
        let result = workspace.run(["apply", try write("{\"op\":\"notee\",\"record\":\"T-000001\"}\n{\"op\":\"notee\",\"record\":\"T-000001\",\"fields\":{}}\n{\"op\":\"note\",\"record\":\"T-000001\"}\n")])
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == 3, "\(lines)")
        #expect(lines[0].hasPrefix("invalid 1: ") && lines[0].contains("unknown operation \"notee\""), "\(lines)")
        #expect(lines[1].hasPrefix("invalid 2: ") && lines[1].contains("unknown operation \"notee\""), "\(lines)")
        #expect(lines[2].hasPrefix("invalid 3: ") && lines[2].contains("missing field \"fields\""), "\(lines)")
    }

    @Test("in Chinese every reason is Chinese, at the same file:line:col")
    func chineseReasons() throws {
        defer { cleanUp() }
        _ = workspace.run(["init"])
        let batch = """
        {"op":"notee","record":"T-000001"}
        {"op":"note","record":"T-000001"}
        not json
        {"op":"note","record":"T-000001","fields":{"text":5}}
        {"op":"set_report_card","record":"U-01","fields":{"month":"2018-13","card":"x","score":1}}
        {"op":"note","record":"T-999999","fields":{"text":"x"}}

        """
        let file = try write(batch)
        let lines = workspace.run(["apply", "--lang", "zh", file]).stdout.split(separator: "\n").map(String.init)
        #expect(lines == [
            "无效 1: \(file):1:7: 字段 op:未知操作“notee”",
            "无效 2: \(file):2:1: 缺少字段“fields”",
            "无效 3: \(file):3:2: JSON 无效:应为 'null',遇到'o'",
            "无效 4: \(file):4:51: 字段 fields.text:应为字符串,实际是数字",
            "无效 5: \(file):5:59: 字段 fields.month:月份“2018-13”无效,应为“年-月”,如 2018-10",
            "拒绝 6: 没有记录 T-999999",
        ])
        let english = workspace.run(["apply", "--lang", "en", file]).stdout.split(separator: "\n").map(String.init)
        #expect(english[1] == "invalid 2: \(file):2:1: missing field \"fields\"")
        #expect(english[4] == "invalid 5: \(file):5:59: field fields.month: invalid month \"2018-13\", expected YYYY-MM")
    }

    @Test("--all-or-nothing: one refusal, or one line that is not an operation, writes nothing")
    func allOrNothing() throws {
        defer { cleanUp() }
        _ = workspace.run(["init"])
        let before = try workspace.journalLines()
        let refused = workspace.run(["apply", try write("""
        {"op":"note","record":"T-000001","fields":{"text":"a"}}
        {"op":"note","record":"T-999999","fields":{"text":"b"}}
        {"op":"note","record":"T-000003","fields":{"text":"c"}}
        """), "--all-or-nothing"], language: "zh_CN.UTF-8")
        #expect(try refused.code == 1 && workspace.journalLines() == before)
        #expect(refused.stdout.split(separator: "\n") == ["未执行 1: 第 2 行未通过,整批不执行", "拒绝 2: 没有记录 T-999999", "未执行 3: 第 2 行未通过,整批不执行"],
                "\(refused.stdout)")
        let invalid = workspace.run(["apply", try write("{\"op\":\"note\",\"record\":\"T-000001\",\"fields\":{\"text\":\"a\"}}\n{\"op\":\n"), "--all-or-nothing"])
        #expect(try invalid.code == 1 && workspace.journalLines() == before)
        #expect(invalid.stdout.hasPrefix("not applied 1: line 2 did not pass and the batch is all or nothing"))
        let good = workspace.run(["apply", try write("""
        {"op":"note","record":"T-000001","fields":{"text":"a"}}
        {"op":"note","record":"T-000003","fields":{"text":"c"}}
        """), "--all-or-nothing", "--json"])
        #expect(try good.code == 0 && workspace.journalLines() == before + 2)
        let objects = good.stdout.split(separator: "\n").compactMap { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
        #expect(objects.count == 2 && objects.allSatisfy { $0["ok"] as? Bool == true } && objects[1]["record"] as? String == "T-000003")
    }

    @Test("a read-only user is refused line by line; a missing file and a missing argument are usage errors")
    func refusals() throws {
        defer { cleanUp() }
        _ = workspace.run(["init"])
        let path = try write("{\"op\":\"note\",\"record\":\"T-000001\",\"fields\":{\"text\":\"a\"}}\n")
        let readOnly = workspace.run(["apply", path, "--read-only"])
        #expect(readOnly.code == 1 && readOnly.stdout.hasPrefix("refused 1: "))
        #expect(workspace.run(["apply", "/nonexistent.jsonl"]).code == 2)
        #expect(workspace.run(["apply"]).stderr.contains("usage: apply FILE|-"))
    }
}
