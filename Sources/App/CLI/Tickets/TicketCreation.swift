import Foundation
import Domain

/// `ticket new`: a resident's report from the command line. Only the title is needed; without
/// `--location` the district is `TicketLocation.unspecifiedDistrict`, because the domain requires one.
public enum TicketCreation {
    public static let options: Set<String> = ["--title", "--description", "--category", "--level", "--location",
                                              "--reporter", "--phone", "--urgent"]

    public static func newTicket(_ arguments: ParsedArguments) throws(CommandLineError) -> NewTicket {
        guard let title = arguments.options["--title"] else {
            throw CommandLineError(zh: "缺少 --title;用法:ticket new --title T [--description D] [--category C] [--location PATH] [--reporter NAME] [--phone P] [--urgent]",
                                   en: "--title is missing; usage: ticket new --title T [--description D] [--category C] [--location PATH] [--reporter NAME] [--phone P] [--urgent]")
        }
        return NewTicket(title: title, description: arguments.options["--description"] ?? "", urgent: arguments.has("--urgent"),
                         location: location(arguments.options["--location"] ?? ""),
                         reporterName: arguments.options["--reporter"] ?? "", reporterPhone: arguments.options["--phone"] ?? "")
    }

    /// The classification to apply right after creating, when `--category` is given (`--level`
    /// defaults to grid).
    public static func classification(_ arguments: ParsedArguments) throws(CommandLineError) -> Domain.Operation? {
        guard let category = arguments.options["--category"] else {
            if arguments.options["--level"] != nil { throw CommandLineError(zh: "ticket new 中 --level 需要同时给出 --category", en: "--level needs --category in ticket new") }
            return nil
        }
        let level = try arguments.options["--level"].map { text throws(CommandLineError) in try TicketVocabulary.level(text) } ?? .grid
        return .classify(category: try TicketVocabulary.category(category), level: level)
    }

    /// "district/street/community/grid", each part trimmed; missing parts are empty.
    public static func location(_ path: String) -> TicketLocation {
        var parts = path.split(separator: "/", omittingEmptySubsequences: false)
            .map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
        while parts.count < 4 { parts.append("") }
        if parts.count > 4 { parts[3] = parts[3...].joined(separator: "/") }
        return TicketLocation(district: parts[0].isEmpty ? TicketLocation.unspecifiedDistrict : parts[0], street: parts[1],
                              community: parts[2], grid: parts[3])
    }
}
