/// A command line split into options and positional words, checked against what the command accepts.
public struct ParsedArguments: Equatable, Sendable {
    public var options: [String: String] = [:]
    public var flags: Set<String> = []
    public var positionals: [String] = []
    /// Every value of each valued option, in order, for options that may be given more than once
    /// (`--dwell 20s --dwell overview=40s`); `options` keeps the last.
    public var repeated: [String: [String]] = [:]

    /// Parses `arguments` (without the program name). `valued` options take a value (`--data DIR` or
    /// `--data=DIR`); `flags` take none. Anything else starting with `-` is an unknown option.
    public static func parse(_ arguments: [String], valued: Set<String>, flags: Set<String>) throws(CommandLineError) -> ParsedArguments {
        var result = ParsedArguments()
        var i = 0
        var onlyPositionals = false
        while i < arguments.count {
            let word = arguments[i]
            i += 1
            if onlyPositionals || !word.hasPrefix("-") || word == "-" {
                result.positionals.append(word)
                continue
            }
            if word == "--" { onlyPositionals = true; continue }
            var name = word
            var inlineValue: String?
            if let eq = word.firstIndex(of: "="), word.hasPrefix("--") {
                name = String(word[..<eq])
                inlineValue = String(word[word.index(after: eq)...])
            }
            if valued.contains(name) {
                let value: String
                if let inlineValue {
                    value = inlineValue
                } else {
                    guard i < arguments.count else { throw CommandLineError(zh: "选项 \(name) 需要一个值", en: "option \(name) needs a value") }
                    value = arguments[i]
                    i += 1
                }
                result.options[name] = value
                result.repeated[name, default: []].append(value)
            } else if flags.contains(name), inlineValue == nil {
                result.flags.insert(name)
            } else {
                throw CommandLineError(zh: "未知选项“\(word)”", en: "unknown option '\(word)'")
            }
        }
        return result
    }

    public func has(_ flag: String) -> Bool { flags.contains(flag) }

    /// An option's value as a whole number within `range`.
    public func integer(_ name: String, in range: ClosedRange<Int>) throws(CommandLineError) -> Int? {
        guard let text = options[name] else { return nil }
        guard let value = Int(text), range.contains(value) else {
            let bounds = range.upperBound == Int.max ? "of at least \(range.lowerBound)" : "from \(range.lowerBound) to \(range.upperBound)"
            let zhBounds = range.upperBound == Int.max ? "不小于 \(range.lowerBound) 的" : "\(range.lowerBound) 到 \(range.upperBound) 之间的"
            throw CommandLineError(zh: "\(name) 取\(zhBounds)整数,而非“\(text)”", en: "\(name) takes a whole number \(bounds), not '\(text)'")
        }
        return value
    }
}
