import Domain
import Foundation

extension MonthlyValue: JSONReadable {
    private enum Field: String, JSONFields {
        case month, source, value
        static let keys = FieldKeys(rawValuesOf: Self.self)
    }

    init(reading reader: inout JSONReader) throws(JSONReader.Unreadable) {
        var month: Month?, source: Source?, value: Double?
        try reader.object(Field.self) { reader, field throws(JSONReader.Unreadable) in
            switch field {
            case .month: month = try reader.month()
            case .source: source = try reader.value(Source.self)
            case .value: value = try reader.double()
            }
        }
        guard let month, let source, let value else { throw JSONReader.Unreadable() }
        self.init(month: month, value: value, source: source)
    }
}
