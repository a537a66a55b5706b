import Domain

/// Any JSON value, read without a schema so that files which bend the format (numbers as
/// strings, extra fields) can still be understood field by field.
public enum JSONValue: Decodable, Equatable, Sendable {
    case null
    case bool(Bool)
    case integer(Int)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    public init(from decoder: any Decoder) throws {
        let c = try decoder.singleValueContainer()
        if c.decodeNil() { self = .null }
        else if let value = try? c.decode(Bool.self) { self = .bool(value) }
        else if let value = try? c.decode(Int.self) { self = .integer(value) }
        else if let value = try? c.decode(Double.self) { self = .number(value) }
        else if let value = try? c.decode(String.self) { self = .string(value) }
        else if let value = try? c.decode([JSONValue].self) { self = .array(value) }
        else { self = .object(try c.decode([String: JSONValue].self)) }
    }

    /// The JSON type's name, for messages.
    public var kind: Label {
        switch self {
        case .null: Label(zh: "null", en: "null")
        case .bool: Label(zh: "布尔值", en: "a boolean")
        case .integer, .number: Label(zh: "数字", en: "a number")
        case .string: Label(zh: "字符串", en: "a string")
        case .array: Label(zh: "数组", en: "an array")
        case .object: Label(zh: "对象", en: "an object")
        }
    }

    /// Strings as they are, numbers and booleans as text; nil for null, arrays and objects.
    public var text: String? {
        switch self {
        case .string(let s): s
        case .integer(let n): String(n)
        case .number(let x): x == x.rounded() && abs(x) < 1e15 ? String(Int(x)) : String(x)
        case .bool(let b): String(b)
        case .null, .array, .object: nil
        }
    }
}
