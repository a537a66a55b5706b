import Foundation
import Domain

/// Turns a failed decode into `path:line:column: message` in both languages, naming the record
/// (by its `id`) and the field when the failure is inside one, e.g.
/// `snapshot.json:812:40: record T-000123 field status: unknown value "done"` /
/// `snapshot.json:812:40: 记录 T-000123 字段 status:未知取值“done”`.
public enum DecodingFailure {
    /// `lineOffset` is added to the line (a journal line decoded on its own is line 1 of its data).
    /// `recordAtRoot`: `data` is one record on its own (a snapshot line), named by its `id`.
    public static func message(for error: any Error, in data: Data, file: String, lineOffset: Int = 0,
                               recordAtRoot: Bool = false) -> Label {
        let at = { (path: [any CodingKey], text: Label) in
            Self.at(path, data, file, lineOffset, text, recordAtRoot: recordAtRoot)
        }
        guard let decodingError = error as? DecodingError else {
            return located(0, in: data, file: file, lineOffset: lineOffset, text: Label(zh: "\(error)", en: "\(error)"))
        }
        switch decodingError {
        case .dataCorrupted(let context) where context.codingPath.isEmpty:
            if let syntax = JSONLocator.syntaxError(in: data) {
                return located(syntax.offset, in: data, file: file, lineOffset: lineOffset,
                               text: Label(zh: "JSON 无效:\(syntax.chinese)", en: "invalid JSON: \(syntax.message)"))
            }
            return located(0, in: data, file: file, lineOffset: lineOffset, text: invalidValue(context))
        case .dataCorrupted(let context):
            return at(context.codingPath, invalidValue(context))
        case .keyNotFound(let key, let context):
            return at(context.codingPath, Label(zh: "缺少字段“\(key.stringValue)”", en: "missing field \"\(key.stringValue)\""))
        case .typeMismatch(let type, let context):
            return at(context.codingPath, mismatch(context.debugDescription, type: type))
        case .valueNotFound(let type, let context):
            return at(context.codingPath,
                      Label(zh: "此处不能为 null,应为\(chineseName(of: type))", en: "null where a value of type \(type) is required"))
        @unknown default:
            return located(0, in: data, file: file, lineOffset: lineOffset,
                           text: Label(zh: "无法读取", en: "\(decodingError)"))
        }
    }

    /// `path:line:column: message` for a byte offset, in both languages.
    public static func located(_ offset: Int, in data: Data, file: String, lineOffset: Int, text: Label) -> Label {
        let (line, column) = JSONLocator.lineAndColumn(of: offset, in: data)
        let place = "\(file):\(line + lineOffset):\(column): "
        return Label(zh: place + text.zh, en: place + text.en)
    }

    private static func at(_ path: [any CodingKey], _ data: Data, _ file: String, _ lineOffset: Int, _ text: Label,
                           recordAtRoot: Bool) -> Label {
        let offset = JSONLocator.offset(of: path, in: data) ?? 0
        let subject = subject(path, in: data, recordAtRoot: recordAtRoot)
        return located(offset, in: data, file: file, lineOffset: lineOffset,
                       text: Label(zh: subject.zh + text.zh, en: subject.en + text.en))
    }

    /// "record T-000123 field status: " for a path into a record array, "field rev: " elsewhere.
    private static func subject(_ path: [any CodingKey], in data: Data, recordAtRoot: Bool) -> Label {
        // The innermost array element that has an `id` is the record.
        for split in stride(from: path.count - 1, through: 0, by: -1) where path[split].intValue != nil {
            let recordPath = Array(path[...split])
            if let id = JSONLocator.string(at: recordPath + [JSONKey("id")], in: data) {
                return RecordField(recordID: id, field: fieldName(path[(split + 1)...])).label
            }
        }
        let id = recordAtRoot ? JSONLocator.string(at: [JSONKey("id")], in: data) ?? "" : ""
        return RecordField(recordID: id, field: fieldName(path[...])).label
    }

    private static func fieldName(_ path: ArraySlice<any CodingKey>) -> String {
        var name = ""
        for key in path {
            if let index = key.intValue {
                name += "[\(index)]"
            } else {
                name += name.isEmpty ? key.stringValue : "." + key.stringValue
            }
        }
        return name
    }

    private static func invalidValue(_ context: DecodingError.Context) -> Label {
        if let reason = context.underlyingError as? DecodingReason { return reason.label }
        // Foundation says "Cannot initialize TicketStatus from invalid String value done".
        let text = context.debugDescription
        if let range = text.range(of: "from invalid String value ") {
            let value = text[range.upperBound...]
            return Label(zh: "未知取值“\(value)”", en: "unknown value \"\(value)\"")
        }
        if text.contains("does not fit") || text.contains("not representable") {
            return Label(zh: "数值超出范围", en: text)
        }
        return Label(zh: "取值无效", en: text)
    }

    /// Foundation's "Expected to decode Int but found a string instead." as part of a message.
    private static func mismatch(_ text: String, type: Any.Type) -> Label {
        let found: [(String, String)] = [("a string", "字符串"), ("number", "数字"), ("bool", "布尔值"),
                                         ("null", "null"), ("a dictionary", "对象"), ("an array", "数组")]
        let reality = text.range(of: "but found ").flatMap { start in
            found.first { text[start.upperBound...].hasPrefix($0.0) }?.1
        }
        let zh = "应为\(chineseName(of: type))" + (reality.map { ",实际是\($0)" } ?? "")
        guard let first = text.first else { return Label(zh: zh, en: "expected \(type)") }
        let trimmed = text.hasSuffix(".") ? String(text.dropLast()) : text
        return Label(zh: zh, en: first.lowercased() + trimmed.dropFirst())
    }

    private static func chineseName(of type: Any.Type) -> String {
        switch type {
        case is String.Type: "字符串"
        case is Int.Type, is Int64.Type, is Int32.Type, is UInt.Type: "整数"
        case is Double.Type, is Float.Type: "数字"
        case is Bool.Type: "布尔值"
        case is [Any].Type: "数组"
        case is [String: Any].Type: "对象"
        default: "其他类型的值"
        }
    }
}
