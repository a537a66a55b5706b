import Domain
import Foundation

extension Label: JSONReadable {
    private enum Field: String, JSONFields {
        case en, zh
        static let keys = FieldKeys(rawValuesOf: Self.self)
    }

    init(reading reader: inout JSONReader) throws(JSONReader.Unreadable) {
        var en: String?, zh: String?
        try reader.object(Field.self) { reader, field throws(JSONReader.Unreadable) in
            switch field {
            case .en: en = try reader.string()
            case .zh: zh = try reader.string()
            }
        }
        guard let en, let zh else { throw JSONReader.Unreadable() }
        self.init(zh: zh, en: en)
    }
}
