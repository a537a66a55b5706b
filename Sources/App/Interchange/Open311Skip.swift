import Domain

/// A request the import left out, and why: `record [3] (638344): skipped: …` / `第 [3] 条 (638344):跳过:…`. The index is the
/// position in the file's array, from 0.
public struct Open311Skip: Error, Equatable, Sendable, CustomStringConvertible {
    public var index: Int
    public var requestID: String?
    public var reason: Label

    public init(index: Int, requestID: String?, reason: Label) {
        self.index = index
        self.requestID = requestID
        self.reason = reason
    }

    public var description: String { text(.en) }

    public func text(_ language: Language) -> String {
        let id = requestID.map { " (\($0))" } ?? ""
        return language == .zh ? "第 [\(index)] 条\(id):跳过:" + reason.zh : "record [\(index)]\(id): skipped: " + reason.en
    }
}
