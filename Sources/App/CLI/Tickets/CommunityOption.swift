import Domain

/// `--community NAME`, `--community 区/NAME` or `--community 区/街道/NAME`. Community names
/// repeat across districts (长江社区 is in three), so a bare name that does is refused with the
/// districts it is in, and a path picks one.
enum CommunityOption {
    struct Place: Equatable {
        var district: String?
        var street: String?
        var community: String

        func matches(_ location: TicketLocation) -> Bool {
            location.community == community && (district.map { $0 == location.district } ?? true)
                && (street.map { $0 == location.street } ?? true)
        }
    }

    /// The place `text` names among `known` locations (the workers', which cover every community).
    static func resolve(_ text: String, known: [TicketLocation]) throws(CommandLineError) -> Place {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false).map { String($0).trimmingCharacters(in: .whitespaces) }
        switch parts.count {
        case 1: break
        case 2: return Place(district: parts[0], street: nil, community: parts[1])
        case 3: return Place(district: parts[0], street: parts[1], community: parts[2])
        default: throw CommandLineError(zh: "--community 取 社区、区/社区 或 区/街道/社区,而非“\(text)”", en: "--community takes NAME, DISTRICT/NAME or DISTRICT/STREET/NAME, not '\(text)'")
        }
        let districts = Set(known.filter { $0.community == text }.map(\.district)).sorted()
        if districts.count > 1 {
            throw CommandLineError(zh: "\(text) 在 \(districts.count) 个区都有(\(districts.joined(separator: "、"))):请指明,如 --community \(districts[0])/\(text)",
                                   en: "\(text) is in \(districts.count) districts (\(districts.joined(separator: ", "))): say which, e.g. --community \(districts[0])/\(text)")
        }
        return Place(district: nil, street: nil, community: text)
    }
}
