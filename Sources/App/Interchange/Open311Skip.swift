/// A request the import left out, and why: `record [3] (638344): skipped: …`. The index is the
/// position in the file's array, from 0.
public struct Open311Skip: Error, Equatable, Sendable, CustomStringConvertible {
    public var index: Int
    public var requestID: String?
    public var reason: String

    public init(index: Int, requestID: String?, reason: String) {
        self.index = index
        self.requestID = requestID
        self.reason = reason
    }

    public var description: String {
        "record [\(index)]" + (requestID.map { " (\($0))" } ?? "") + ": skipped: " + reason
    }
}
