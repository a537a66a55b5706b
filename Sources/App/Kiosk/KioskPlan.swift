import Foundation
import Panels
import TermUI

/// What a kiosk shows and how: the pages in turn, how long each stays, the hours it runs, and
/// the key sequence that ends it. From `zugong kiosk`'s options over the settings file's `kiosk`.
public struct KioskPlan: Equatable, Sendable {
    public var pages: [Tab]
    /// Seconds a page stays, unless `dwellByPage` says otherwise.
    public var dwell: TimeInterval
    public var dwellByPage: [Tab: TimeInterval]
    public var hours: DailyHours?
    /// Keys pressed in order that end the kiosk (besides Ctrl-C); empty for none.
    public var unlock: [Key]

    public static let defaultPages: [Tab] = [.overview, .talent, .cadres, .scores, .grid]
    public static let defaultDwell: TimeInterval = 20
    /// Dwell times outside these bounds are refused: a page gone in a blink, or never.
    public static let dwellRange: ClosedRange<TimeInterval> = 3...86_400

    public init(pages: [Tab] = defaultPages, dwell: TimeInterval = defaultDwell, dwellByPage: [Tab: TimeInterval] = [:],
                hours: DailyHours? = nil, unlock: [Key] = []) {
        self.pages = pages.isEmpty ? Self.defaultPages : pages
        self.dwell = dwell
        self.dwellByPage = dwellByPage
        self.hours = hours
        self.unlock = unlock
    }

    public func dwell(for tab: Tab) -> TimeInterval { dwellByPage[tab] ?? dwell }

    /// `20s`, `2m`, `1h`, `1m30s`, or plain seconds; nil for anything else or out of range.
    public static func duration(_ text: String) -> TimeInterval? {
        let trimmed = text.trimmingCharacters(in: .whitespaces).lowercased()
        if let seconds = Double(trimmed) { return dwellRange.contains(seconds) ? seconds : nil }
        var total: TimeInterval = 0
        var digits = ""
        var units = 0
        for character in trimmed {
            if character.isASCII, character.isNumber { digits.append(character); continue }
            guard let value = Double(digits) else { return nil }
            switch character {
            case "h": total += value * 3_600
            case "m": total += value * 60
            case "s": total += value
            default: return nil
            }
            digits = ""
            units += 1
        }
        guard digits.isEmpty, units > 0, dwellRange.contains(total) else { return nil }
        return total
    }

    /// A comma-separated page list, `overview,talent`; the first unknown name when one is.
    public static func pages(_ text: String) -> Result<[Tab], UnknownPage> {
        var tabs: [Tab] = []
        for name in text.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) where !name.isEmpty {
            guard let tab = Tab(id: name) else { return .failure(UnknownPage(name: name)) }
            tabs.append(tab)
        }
        return .success(tabs)
    }

    public struct UnknownPage: Error, Equatable {
        public var name: String
    }

    /// The page ids the kiosk takes, for messages.
    public static var pageIDs: String { Tab.allCases.map(\.id).joined(separator: ", ") }
}
