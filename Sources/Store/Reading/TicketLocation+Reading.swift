import Domain
import Foundation

extension TicketLocation: JSONReadable {
    private enum Field: String, JSONFields {
        case community, district, grid, street
        static let keys = FieldKeys(rawValuesOf: Self.self)
    }

    init(reading reader: inout JSONReader) throws(JSONReader.Unreadable) {
        var community: String?, district: String?, grid: String?, street: String?
        try reader.object(Field.self) { reader, field throws(JSONReader.Unreadable) in
            switch field {
            case .community: community = try reader.string()
            case .district: district = try reader.string()
            case .grid: grid = try reader.string()
            case .street: street = try reader.string()
            }
        }
        guard let community, let district, let grid, let street else { throw JSONReader.Unreadable() }
        self.init(district: district, street: street, community: community, grid: grid)
    }
}
