import Foundation

/// Turns a failed decode into `path:line:column: message`, naming the record (by its `id`) and
/// the field when the failure is inside one, e.g.
/// `snapshot.json:812:40: record T-000123 field status: unknown value "done"`.
public enum DecodingFailure {
    /// `lineOffset` is added to the line (a journal line decoded on its own is line 1 of its data).
    public static func message(for error: any Error, in data: Data, file: String, lineOffset: Int = 0) -> String {
        guard let decodingError = error as? DecodingError else {
            return located(0, in: data, file: file, lineOffset: lineOffset, text: "\(error)")
        }
        switch decodingError {
        case .dataCorrupted(let context) where context.codingPath.isEmpty:
            if let syntax = JSONLocator.syntaxError(in: data) {
                return located(syntax.offset, in: data, file: file, lineOffset: lineOffset,
                               text: "invalid JSON: \(syntax.message)")
            }
            return located(0, in: data, file: file, lineOffset: lineOffset, text: context.debugDescription)
        case .dataCorrupted(let context):
            return at(context.codingPath, data, file, lineOffset, invalidValue(context))
        case .keyNotFound(let key, let context):
            return at(context.codingPath, data, file, lineOffset, "missing field \"\(key.stringValue)\"",
                      fieldPath: context.codingPath + [key])
        case .typeMismatch(let type, let context):
            return at(context.codingPath, data, file, lineOffset, sentence(context.debugDescription, type: type))
        case .valueNotFound(let type, let context):
            return at(context.codingPath, data, file, lineOffset, "null where a value of type \(type) is required")
        @unknown default:
            return located(0, in: data, file: file, lineOffset: lineOffset, text: "\(decodingError)")
        }
    }

    /// `path:line:column: message` for a byte offset.
    public static func located(_ offset: Int, in data: Data, file: String, lineOffset: Int, text: String) -> String {
        let (line, column) = JSONLocator.lineAndColumn(of: offset, in: data)
        return "\(file):\(line + lineOffset):\(column): \(text)"
    }

    private static func at(_ path: [any CodingKey], _ data: Data, _ file: String, _ lineOffset: Int, _ text: String,
                           fieldPath: [any CodingKey]? = nil) -> String {
        let offset = JSONLocator.offset(of: path, in: data) ?? 0
        return located(offset, in: data, file: file, lineOffset: lineOffset,
                       text: subject(fieldPath ?? path, in: data) + text)
    }

    /// "record T-000123 field status: " for a path into a record array, "field rev: " elsewhere.
    private static func subject(_ path: [any CodingKey], in data: Data) -> String {
        // The innermost array element that has an `id` is the record.
        for split in stride(from: path.count - 1, through: 0, by: -1) where path[split].intValue != nil {
            let recordPath = Array(path[...split])
            if let id = JSONLocator.string(at: recordPath + [JSONKey("id")], in: data) {
                let field = fieldName(path[(split + 1)...])
                return field.isEmpty ? "record \(id): " : "record \(id) field \(field): "
            }
        }
        let field = fieldName(path[...])
        return field.isEmpty ? "" : "field \(field): "
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

    private static func invalidValue(_ context: DecodingError.Context) -> String {
        // Foundation says "Cannot initialize TicketStatus from invalid String value done".
        let text = context.debugDescription
        if let range = text.range(of: "from invalid String value ") {
            return "unknown value \"\(text[range.upperBound...])\""
        }
        return text
    }

    /// Foundation's "Expected to decode Int but found a string instead." as part of a message.
    private static func sentence(_ text: String, type: Any.Type) -> String {
        guard let first = text.first else { return "expected \(type)" }
        let trimmed = text.hasSuffix(".") ? String(text.dropLast()) : text
        return first.lowercased() + trimmed.dropFirst()
    }
}
