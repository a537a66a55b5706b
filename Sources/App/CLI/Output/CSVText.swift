import TermUI

/// RFC 4180 for the `--csv` outputs: fields holding a comma, a quote or a line break quoted with
/// inner quotes doubled, CRLF line ends. Control characters other than line breaks become visible
/// stand-ins.
enum CSVText {
    /// One record, ending in CR (the output adds the LF).
    static func row(_ fields: [String]) -> String {
        fields.map(field).joined(separator: ",") + "\r"
    }

    static func field(_ raw: String) -> String {
        // Byte checks first: Foundation's replacing and a walk by Character cost seconds over
        // 100,000 tickets, and nearly no field needs either.
        let lines = raw.utf8.contains(0x0D) ? raw.replacingOccurrences(of: "\r\n", with: "\n") : raw
        let text = Sanitizer.clean(lines, keepNewlines: true)
        // Cleaned, the text holds no CR, so a line break is a lone LF byte.
        guard text.utf8.contains(where: { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 0x0A }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"").replacingOccurrences(of: "\n", with: "\r\n") + "\""
    }
}
