import Foundation

/// The line that ties an imported ticket to its Open311 request: `[Open311 638344]`. Tickets
/// have no field for an outside id, and a description never changes after creation, so the
/// marker is written into the description; importing a file again finds it and adds nothing.
public enum Open311Marker {
    public static func line(_ requestID: String) -> String { "[Open311 \(requestID)]" }

    /// What the import wrote under the first marker: `service: Potholes (POT)`, `coordinates:
    /// 60.17, 24.94`, `requested: …`, one `name: value` per line up to a blank line.
    public static func block(in description: String) -> (requestID: String, fields: [String: String])? {
        guard mentionsMarker(description) else { return nil }
        let lines = description.split(separator: "\n", omittingEmptySubsequences: false)
        guard let start = lines.firstIndex(where: { $0.hasPrefix("[Open311 ") && $0.hasSuffix("]") }) else { return nil }
        var fields: [String: String] = [:]
        for line in lines[(start + 1)...] {
            guard let colon = line.range(of: ": ") else { break }
            let name = String(line[..<colon.lowerBound])
            if fields[name] == nil { fields[name] = String(line[colon.upperBound...]) }
        }
        return (String(lines[start].dropFirst(9).dropLast()), fields)
    }

    /// The request ids a description carries (a ticket exported and imported again carries two).
    public static func requestIDs(in description: String) -> [String] {
        guard mentionsMarker(description) else { return [] }
        return description.split(separator: "\n").compactMap { line in
            guard line.hasPrefix("[Open311 "), line.hasSuffix("]") else { return nil }
            return String(line.dropFirst(9).dropLast())
        }
    }

    private static let prefix = Array("[Open311 ".utf8)

    /// Whether the text holds a marker's start, by bytes (`memchr` for the bracket): most
    /// descriptions hold none, and splitting each into lines took a sixth of an export of
    /// 100,000 tickets.
    private static func mentionsMarker(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            guard let base = bytes.baseAddress else { return false }
            var position = 0
            while position + prefix.count <= bytes.count,
                  let found = memchr(base + position, Int32(prefix[0]), bytes.count - position) {
                let start = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                if start + prefix.count <= bytes.count, memcmp(base + start, prefix, prefix.count) == 0 { return true }
                position = start + 1
            }
            return false
        }
    }
}
