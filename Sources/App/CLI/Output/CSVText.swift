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
        let text = Sanitizer.clean(raw.replacingOccurrences(of: "\r\n", with: "\n"), keepNewlines: true)
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"").replacingOccurrences(of: "\n", with: "\r\n") + "\""
    }
}
