import Testing
import Foundation
import Domain
import Store
@testable import App

@Suite("Subcommands built from the operation specs", .serialized)
struct OperationCommandLineTests {
    let workspace = TicketWorkspace()

    @Test("usage lines come from the specs' fields")
    func usage() {
        #expect(OperationCommandLine.usage("escalate", .ticket) == "ticket escalate ID --reason R")
        #expect(OperationCommandLine.usage("rate", .ticket) == "ticket rate ID --score K [--comment C]")
        #expect(OperationCommandLine.usage("close", .ticket) == "ticket close ID --as duplicate --of ID2 | ticket close ID --as invalid --reason R")
        #expect(OperationCommandLine.usage("points", .cadre) == "cadre points ID --month YYYY-MM --delta N --reason R")
        #expect(Usage.text.contains("  zugong cadre adjust-down ID --reason R\n"))
        for spec in OperationSpec.all where spec.needsRecord {
            #expect(Usage.text.contains(spec.usage), "help names \(spec.id)")
        }
    }

    @Test("a cadre's life cycle from the command line: review, appoint, start, points, warn, then the rules refuse")
    func cadreLifecycle() throws {
        defer { workspace.remove() }
        #expect(workspace.run(["tickets", "list"]).code == 0)
        let store = try DataStore.open(at: URL(filePath: workspace.data), readOnly: true)
        let cadre = try #require(store.dataset.cadres.first { $0.stage == .discovered })
        let id = cadre.id
        for step in [["review", id], ["appoint", id, "--post", "区长助理"], ["start", id],
                     ["points", id, "--month", "2018-09", "--delta", "5", "--reason", "招商引资"], ["warn", id, "--text", "进度滞后"]] {
            let result = workspace.run(["cadre"] + step)
            #expect(result.code == 0 && result.stdout.hasPrefix("\(id) seq "), "\(step): \(result.stderr)")
        }
        let after = try DataStore.open(at: URL(filePath: workspace.data), readOnly: true).dataset.cadre(id)
        #expect(after?.stage == .inPost && after?.post == "区长助理" && after?.monthlyPoints.last?.delta == 5 && after?.warnings.count == 1)
        #expect(workspace.run(["cadre", "review", id]).stderr.hasPrefix("zugong: cannot review \(id): stage is in post"))
        #expect(workspace.run(["cadre", "points", id, "--month", "2018-09", "--delta", "50", "--reason", "r"]).stderr
            .contains("--delta takes a whole number from -20 to 20, not '50'"))
        let usage = workspace.run(["cadre", "points", id, "--delta", "5", "--reason", "r"])
        #expect(usage.code == 2 && usage.stderr.contains("--month is missing; usage: cadre points ID --month YYYY-MM --delta N --reason R"))
        let month = workspace.run(["cadre", "points", id, "--month", "Sept", "--delta", "5", "--reason", "r"])
        #expect(month.code == 2 && month.stderr.contains("--month: month takes YYYY-MM"))
        let accountability = workspace.run(["cadre", "accountability", id, "--kind", "inquiry", "--text", "推诿扯皮"])
        #expect(accountability.code == 0, "\(accountability.stderr)")
        let shown = try JSONSerialization.jsonObject(with: Data(workspace.run(["cadre", "show", id, "--json"]).stdout.utf8)) as? [String: Any]
        #expect((shown?["accountability"] as? [[String: Any]])?.last?["kind"] as? String == "inquiry")
        #expect(workspace.run(["cadre", "accountability", id, "--text", "x"]).stderr.contains("--kind is missing; usage: cadre accountability ID --kind talk|inquiry|admonish|reassign --text T"))
        #expect(workspace.run(["cadre", "accountability", id, "--kind", "scold", "--text", "x"]).stderr.contains("--kind takes talk, inquiry, admonish, reassign"))
        #expect(workspace.run(["cadre", "fly", id]).stderr.contains("unknown cadre subcommand 'fly'; use show, review, appoint, start, points"))
        #expect(workspace.run(["cadre", "keep", id, "--text", "x"]).stderr.contains("cadre keep does not take --text"))
    }
}

extension OperationCommandLineTests {
    @Test("ticket subcommands take the picker's shorthand ('21' for T-000021); a snapshot below the minimum size is exit 2 with the reason")
    func shorthandAndSmallSnapshot() throws {
        defer { workspace.remove() }
        let noted = workspace.run(["ticket", "note", "21", "已回访"])
        #expect(noted.code == 0 && noted.stdout.hasPrefix("T-000021 seq "), "\(noted.stderr)")
        #expect(workspace.run(["ticket", "note", "t-21", "再次回访"]).stdout.hasPrefix("T-000021 seq "))
        let small = workspace.run(["snapshot", "--width", "40", "--height", "10"])
        #expect(small.code == 2 && small.stdout.isEmpty && small.stderr.contains("is below the minimum size, 60×16"))
        #expect(workspace.run(["snapshot", "--width", "40", "--height", "10"], language: "zh_CN.UTF-8").stderr.contains("小于最小尺寸 60×16"))
    }
}

extension OperationCommandLineTests {
    @Test("workers list: by level and community, as a table, --json and --csv; the ids it prints are the ones assign takes")
    func workers() throws {
        defer { workspace.remove() }
        let table = workspace.run(["workers", "list", "--level", "community"]).stdout.components(separatedBy: "\n")
        #expect(table[0].hasPrefix("ID ") && table.last?.hasSuffix("worker(s)") == true)
        #expect(table.dropFirst().dropLast().allSatisfy { $0.contains("Community") })
        // 长江社区 is in more than one district: a bare name is refused with the districts, a path picks one.
        let ambiguous = workspace.run(["workers", "list", "--community", "长江社区", "--json"])
        #expect(ambiguous.code == 2 && ambiguous.stderr.contains("长江社区 is in ") && ambiguous.stderr.contains("say which, e.g. --community "))
        let suggested = try #require(ambiguous.stderr.components(separatedBy: "--community ").dropFirst().first?.components(separatedBy: " ").first)
        let json = try JSONSerialization.jsonObject(with: Data(workspace.run(["workers", "list", "--community", suggested, "--json"]).stdout.utf8)) as? [[String: Any]] ?? []
        #expect(!json.isEmpty && json.allSatisfy { $0["community"] as? String == "长江社区" })
        #expect(Set(json.compactMap { $0["district"] as? String }) == [String(suggested.prefix { $0 != "/" })])
        #expect(workspace.run(["workers", "list", "--csv"]).stdout.hasPrefix("id,name,level,district,street,community,grid,source"))
        #expect(workspace.run(["workers", "list", "--level", "planet"]).code == 2)
        #expect(workspace.run(["workers"]).code == 2)
    }
}

extension OperationCommandLineTests {
    @Test("generate and init are byte-identical for a seed and --as-of (or SOURCE_DATE_EPOCH), whatever the clock says")
    func reproducible() throws {
        let root = FileManager.default.temporaryDirectory.appending(path: "zugong-repro-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        func run(_ arguments: [String], at seconds: TimeInterval, environment: [String: String] = [:]) -> Int32 {
            ZugongCLI.main(arguments: arguments, environment: environment, stdoutIsTerminal: false, output: Captured().output,
                           now: { Date(timeIntervalSince1970: seconds) }) { _ in 0 }
        }
        func snapshot(_ name: String) throws -> Data { try Data(contentsOf: root.appending(path: name).appending(path: "snapshot.json")) }
        let generate = ["generate", "--tickets", "300", "--cadres", "200", "--seed", "7", "--as-of", "2018-11-20T00:00:00Z"]
        #expect(run(generate + ["--data", root.appending(path: "a").path], at: 1_800_000_000) == 0)
        #expect(run(generate + ["--data", root.appending(path: "b").path], at: 1_800_000_777) == 0)
        #expect(try snapshot("a") == snapshot("b"))
        let epoch = ["SOURCE_DATE_EPOCH": "1542672000"]
        #expect(run(["init", "--data", root.appending(path: "c").path], at: 1_800_000_000, environment: epoch) == 0)
        #expect(run(["init", "--data", root.appending(path: "d").path], at: 1_800_000_999, environment: epoch) == 0)
        #expect(try snapshot("c") == snapshot("d"))
        #expect(run(["init", "--data", root.appending(path: "e").path, "--as-of", "yesterday"], at: 0) == 2)
    }
}

extension OperationCommandLineTests {
    @Test("ticket show in Chinese has no English ids (status, operations); it counts reopens; it takes the shorthand id")
    func showInChinese() throws {
        defer { workspace.remove() }
        let id = workspace.new("路灯不亮")
        let number = String(Int(id.dropFirst(2)) ?? 0)
        let shown = workspace.run(["ticket", "show", number], language: "zh_CN.UTF-8").stdout
        #expect(shown.hasPrefix("\(id)  路灯不亮") && shown.contains("已上报  版本"))
        #expect(!shown.contains("(reported)") && !shown.contains("create"), "\(shown)")
        #expect(workspace.run(["ticket", "show", id]).stdout.contains("Reported (reported)"))
    }
}

extension OperationCommandLineTests {
    @Test("role refusals speak the user's language, on the command line and on screen")
    func refusalsInChinese() throws {
        defer { workspace.remove() }
        let id = workspace.new("路灯不亮")
        let readOnly = workspace.run(["ticket", "note", id, "x", "--read-only"], language: "zh_CN.UTF-8")
        #expect(readOnly.code == 1 && readOnly.stderr == "zugong: 只读:数据以只读方式打开")
        #expect(workspace.run(["ticket", "note", id, "x", "--read-only"]).stderr == "zugong: read-only: the data was opened read-only")
        let store = try DataStore.open(at: URL(filePath: workspace.data))
        try Data(#"{"operators":["\#(store.actor)"]}"#.utf8).write(to: URL(filePath: workspace.data).appending(path: "config.json"))
        let cadre = try #require(store.dataset.cadres.first { $0.stage == .discovered })
        #expect(workspace.run(["cadre", "review", cadre.id], language: "zh_CN.UTF-8").stderr.contains("只有主管可以修改干部和成绩单"))

        var state = Fixture.state(language: .zh)
        state.session = SessionInfo(dataLabel: "/data", user: "alice", readOnly: true)
        state.tab = .grid
        _ = AppReducer.reduce(&state, .page(.grid(.operation("ticket.note"))))
        #expect(state.message == "只读")
    }
}
