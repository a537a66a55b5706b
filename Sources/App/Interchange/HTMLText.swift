/// Plain text from the bits of HTML that city systems put in notes and descriptions: tags removed
/// (line and paragraph breaks kept as new lines), entities decoded, blank runs collapsed.
public enum HTMLText {
    public static func plain(_ raw: String) -> String {
        // "\r\n" is one Character in Swift: splitting on "\n" would never see it. Every line break
        // (CRLF, a lone CR) becomes LF here, at the boundary, before anything splits lines.
        let html = raw.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        guard html.contains("<") || html.contains("&") else { return tidy(html) }
        var out = ""
        var rest = Substring(html)
        while let open = rest.firstIndex(where: { $0 == "<" || $0 == "&" }) {
            out += rest[..<open]
            rest = rest[open...]
            if rest.first == "<" {
                guard let close = rest.firstIndex(of: ">") else { break }
                let tag = rest[rest.index(after: rest.startIndex)..<close].lowercased()
                let name = tag.drop { $0 == "/" }.prefix { $0.isLetter || $0.isNumber }
                if ["br", "p", "div", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6"].contains(String(name)) { out += "\n" }
                rest = rest[rest.index(after: close)...]
            } else {
                let end = rest.prefix(12).firstIndex(of: ";")
                if let end, let decoded = entity(String(rest[rest.index(after: rest.startIndex)..<end])) {
                    out += decoded
                    rest = rest[rest.index(after: end)...]
                } else {
                    out += "&"
                    rest = rest.dropFirst()
                }
            }
        }
        out += rest
        return tidy(out)
    }

    static let named: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " ", "ndash": "–", "mdash": "—",
        "hellip": "…", "lsquo": "‘", "rsquo": "’", "ldquo": "“", "rdquo": "”", "middot": "·", "copy": "©",
    ]

    /// `amp`, `#39`, `#x27` → the character; nil when unknown.
    static func entity(_ name: String) -> String? {
        if name.hasPrefix("#x") || name.hasPrefix("#X") {
            return UInt32(name.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init).map { String(Character($0)) }
        }
        if name.hasPrefix("#") {
            return UInt32(name.dropFirst()).flatMap(Unicode.Scalar.init).map { String(Character($0)) }
        }
        return named[name]
    }

    /// Spaces collapsed within lines, lines trimmed, at most one blank line in a row, no blank
    /// lines at either end.
    static func tidy(_ text: String) -> String {
        var lines: [String] = []
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let line = raw.split(whereSeparator: { $0 == " " || $0 == "\t" }).joined(separator: " ")
            if line.isEmpty && (lines.last?.isEmpty ?? true) { continue }
            lines.append(line)
        }
        while lines.last?.isEmpty == true { lines.removeLast() }
        return lines.joined(separator: "\n")
    }
}
