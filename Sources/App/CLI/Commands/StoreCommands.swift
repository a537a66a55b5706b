import Foundation
import Domain
import Store

/// `zugong init`, `check`, `compact` and `generate`: looking after the data directory.
public enum StoreCommands {
    public static let initialize = CommandSpec("init", valued: ["--as-of"], flags: ["--empty"]) { context in
        let directory = DataSession.directory(context)
        try DataStore.initialize(at: directory, empty: context.arguments.has("--empty"), reference: try referenceDate(context))
        context.output.out(directory.path)
        return 0
    }

    /// Reports every problem found; exit 0 when there is none, 1 otherwise.
    public static let check = CommandSpec("check") { context in
        let directory = DataSession.directory(context)
        let language = try DisplayOptions.resolve(context.arguments, environment: context.environment).language
        let problems = DataStore.check(at: directory)
        problems.forEach { context.output.out($0.text(language)) }
        if problems.isEmpty {
            context.output.out(language == .zh ? "\(directory.path):完好" : "\(directory.path): ok")
        } else if problems.contains(where: { $0.en.contains("journal.jsonl:") }) {
            // Nothing writes to a folder with a bad journal line until a person has looked at it.
            context.output.out(language == .zh
                ? "日志是纯文本,一行一个事件:修正或删除上面指出的行(先留一份副本),再运行 zugong check;报告完好之前不会写入任何改动"
                : "the journal is plain text, one event per line: fix or remove the lines named above "
                    + "(keep a copy), then run zugong check again; no change is written until it reports ok")
        }
        return problems.isEmpty ? 0 : 1
    }

    public static let compact = CommandSpec("compact") { context in
        let store = try DataSession.open(context)
        if let refusal = store.permissions.refusal(for: .ticket) { throw StoreError.notPermitted(refusal) }
        try store.compact()
        let language = try DisplayOptions.resolve(context.arguments, environment: context.environment).language
        context.output.out(language == .zh ? "\(store.directory.path):已压缩至事件 \(store.sequence)"
                                           : "\(store.directory.path): compacted at event \(store.sequence)")
        return 0
    }

    /// A large deterministic synthetic data set, for benchmarks and load tests.
    /// The moment the data is made for: `--as-of` (ISO 8601), else `SOURCE_DATE_EPOCH` (seconds, as
    /// reproducible builds set it), else now. With either, the same seed gives the same bytes.
    static func referenceDate(_ context: CommandContext) throws(CommandLineError) -> Date {
        if let text = context.arguments.options["--as-of"] {
            guard let date = Timestamp.parse(text) else { throw CommandLineError(zh: "--as-of 取 ISO 8601 时间,如 2018-11-20T00:00:00Z,而非“\(text)”", en: "--as-of takes an ISO 8601 time such as 2018-11-20T00:00:00Z, not '\(text)'") }
            return date
        }
        if let epoch = context.environment["SOURCE_DATE_EPOCH"], !epoch.isEmpty {
            guard let seconds = Int(epoch) else { throw CommandLineError(zh: "SOURCE_DATE_EPOCH 取自 1970 年起的整秒数,而非“\(epoch)”", en: "SOURCE_DATE_EPOCH takes whole seconds since 1970, not '\(epoch)'") }
            return Date(timeIntervalSince1970: TimeInterval(seconds))
        }
        return context.now
    }

    public static let generate = CommandSpec("generate", valued: ["--tickets", "--cadres", "--seed", "--units", "--months", "--as-of"]) { context in
        guard context.arguments.options["--data"] != nil else { throw CommandLineError(zh: "generate 需要 --data DIR", en: "generate needs --data DIR") }
        let tickets = try context.arguments.integer("--tickets", in: 0...10_000_000) ?? 100_000
        let cadres = try context.arguments.integer("--cadres", in: 0...1_000_000) ?? 10_000
        let seed = try context.arguments.integer("--seed", in: 0...Int.max) ?? 1
        let units = try context.arguments.integer("--units", in: 0...999)
        let months = try context.arguments.integer("--months", in: 1...240)
        let directory = DataSession.directory(context)
        let dataset = Dataset.generate(tickets: tickets, cadres: cadres, seed: UInt64(seed), reference: try referenceDate(context),
                                       units: units, months: months)
        try DataStore.create(at: directory, dataset: dataset)
        let monthCount = ScoreBoard.months(dataset.units).count
        let language = try DisplayOptions.resolve(context.arguments, environment: context.environment).language
        context.output.out(language == .zh
            ? "\(directory.path):\(tickets) 件诉求、\(cadres) 名干部、\(dataset.units.count) 个单位 × \(monthCount) 个月(种子 \(seed),合成数据)"
            : "\(directory.path): \(tickets) tickets, \(cadres) cadres, \(dataset.units.count) units × \(monthCount) months (seed \(seed), synthetic)")
        return 0
    }
}
