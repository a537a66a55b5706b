import Foundation

/// Where a request comes from: district → street → community → grid (display names, Chinese).
public struct TicketLocation: Codable, Sendable, Hashable {
    public var district: String
    public var street: String
    public var community: String
    public var grid: String

    public init(district: String, street: String, community: String, grid: String) {
        self.district = district
        self.street = street
        self.community = community
        self.grid = grid
    }

    /// A place written as a path, "江岸区 / 大智街 / 三阳社区 / 第1网格": the parts in order,
    /// trimmed, the missing ones empty.
    public init(path: String) {
        let parts = path.split(separator: "/", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
        func part(_ i: Int) -> String { parts.indices.contains(i) ? parts[i] : "" }
        self.init(district: part(0), street: part(1), community: part(2), grid: part(3))
    }

    /// The path down to `level`, e.g. "江岸区 / 大智街 / 三阳社区" for community.
    /// The place's own name at `level` ("三阳社区" for the community).
    public func name(at level: TicketLevel) -> String {
        switch level {
        case .district: district
        case .street: street
        case .community: community
        case .grid: grid
        }
    }

    /// The district a report gets when it names none (the domain requires one): `未指定`, "not
    /// given", stored as written and shown in the reader's language.
    public static let unspecifiedDistrict = "未指定"

    public var districtGiven: Bool { district != Self.unspecifiedDistrict }

    /// The district as a reader sees it: the placeholder in their language.
    public func districtName(_ language: Language) -> String {
        districtGiven ? district : (language == .zh ? Self.unspecifiedDistrict : "not given")
    }

    /// A district's name without its 区 (武昌区 → 武昌), for columns; the placeholder in the reader's language.
    public static func shortName(ofDistrict district: String, _ language: Language) -> String {
        guard district != unspecifiedDistrict else { return language == .zh ? unspecifiedDistrict : "not given" }
        return district.hasSuffix("区") && district.count > 2 ? String(district.dropLast()) : district
    }

    /// The path as a reader sees it, the placeholder district in their language.
    public func path(to level: TicketLevel, _ language: Language) -> String {
        var shown = self
        shown.district = districtName(language)
        return shown.path(to: level)
    }

    /// The path as stored, for matching places (the same in every language).
    public func path(to level: TicketLevel) -> String {
        let depth = switch level {
        case .district: 1
        case .street: 2
        case .community: 3
        case .grid: 4
        }
        // Appended part by part, without an array of parts: the ticket index makes a path for
        // each level of every new location, thousands of them as a large data set opens.
        var path = ""
        for part in 0..<depth {
            let name = switch part {
            case 0: district
            case 1: street
            case 2: community
            default: grid
            }
            // Imported tickets may know only some parts (an address and nothing else): no empty steps.
            guard !name.isEmpty else { continue }
            if !path.isEmpty { path += " / " }
            path += name
        }
        return path
    }
}
