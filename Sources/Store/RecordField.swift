import Domain

/// The subject of a problem inside a data file: "record T-000123 field status: ",
/// "record T-000123: ", "field rev: " or nothing, in both languages.
struct RecordField {
    var recordID: String
    var field: String

    var label: Label {
        switch (recordID.isEmpty, field.isEmpty) {
        case (false, false): Label(zh: "记录 \(recordID) 字段 \(field):", en: "record \(recordID) field \(field): ")
        case (false, true): Label(zh: "记录 \(recordID):", en: "record \(recordID): ")
        case (true, false): Label(zh: "字段 \(field):", en: "field \(field): ")
        case (true, true): Label(zh: "", en: "")
        }
    }
}
