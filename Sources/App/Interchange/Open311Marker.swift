/// The line that ties an imported ticket to its Open311 request: `[Open311 638344]`. Tickets
/// have no field for an outside id, and a description never changes after creation, so the
/// marker is written into the description; importing a file again finds it and adds nothing.
public enum Open311Marker {
    public static func line(_ requestID: String) -> String { "[Open311 \(requestID)]" }

    /// The request ids a description carries (a ticket exported and imported again carries two).
    public static func requestIDs(in description: String) -> [String] {
        guard description.contains("[Open311 ") else { return [] }
        return description.split(separator: "\n").compactMap { line in
            guard line.hasPrefix("[Open311 "), line.hasSuffix("]") else { return nil }
            return String(line.dropFirst(9).dropLast())
        }
    }
}
