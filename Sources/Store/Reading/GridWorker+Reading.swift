import Domain
import Foundation

extension GridWorker: JSONReadable {
    private enum Field: String, JSONFields {
        case id, level, location, name, phone, source
        static let keys = FieldKeys(rawValuesOf: Self.self)
    }

    init(reading reader: inout JSONReader) throws(JSONReader.Unreadable) {
        var id: String?, level: TicketLevel?, location: TicketLocation?, name: String?, phone: String?, source: Source?
        try reader.object(Field.self) { reader, field throws(JSONReader.Unreadable) in
            switch field {
            case .id: id = try reader.string()
            case .level: level = try reader.value(TicketLevel.self)
            case .location: location = try reader.record(TicketLocation.self)
            case .name: name = try reader.string()
            case .phone: phone = try reader.string()
            case .source: source = try reader.value(Source.self)
            }
        }
        guard let id, let level, let location, let name, let phone, let source else { throw JSONReader.Unreadable() }
        self.init(id: id, name: name, level: level, location: location, phone: phone, source: source)
    }
}
