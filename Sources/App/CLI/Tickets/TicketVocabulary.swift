import Foundation
import Domain

/// Reads statuses, levels, categories and sort keys from the command line: the ASCII id or either
/// label (`sanitation`, `环境卫生`, `Sanitation`), case-insensitively.
public enum TicketVocabulary {
    public static func category(_ text: String, option: String = "--category") throws(CommandLineError) -> TicketCategory {
        try pick(text, option: option, TicketCategory.allCases, id: \.rawValue, label: \.label)
    }

    public static func level(_ text: String, option: String = "--level") throws(CommandLineError) -> TicketLevel {
        try pick(text, option: option, TicketLevel.allCases, id: \.rawValue, label: \.label)
    }

    public static func status(_ text: String, option: String = "--status") throws(CommandLineError) -> TicketStatus {
        try pick(text, option: option, TicketStatus.allCases, id: \.rawValue, label: \.label)
    }

    /// A comma-separated list, e.g. `reported,classified`.
    public static func list<Value>(_ text: String, _ one: (String) throws(CommandLineError) -> Value) throws(CommandLineError) -> [Value] {
        var values: [Value] = []
        for part in text.split(separator: ",") {
            values.append(try one(part.trimmingCharacters(in: .whitespaces)))
        }
        return values
    }

    private static func pick<Value>(_ text: String, option: String, _ all: [Value], id: (Value) -> String,
                                    label: (Value) -> Label) throws(CommandLineError) -> Value {
        let value = try OperationCommandLine.choice(text, option: option, all.map { Choice(label($0), value: id($0)) })
        guard let found = all.first(where: { id($0) == value }) else { throw CommandLineError(zh: "\(option):未知的“\(text)”", en: "\(option): unknown '\(text)'") }
        return found
    }
}
