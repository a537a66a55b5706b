import Foundation
import Domain

/// Why the store could not do what was asked. `description` is one English line naming the file
/// (and line:column or record) involved; a domain refusal is passed through unchanged.
public enum StoreError: Error, CustomStringConvertible {
    /// The domain refused the change (life cycle, revision conflict, invalid field); nothing was written.
    case refused(Refusal)
    /// The user's role does not allow the change; nothing was written.
    case notPermitted(Label)
    /// A data file could not be read or is invalid: `path:line:column: message` or
    /// `path: record ID field NAME: message`. Nothing was written.
    case invalidData(String)
    /// A system call failed: `path: what: strerror`.
    case system(String)
    /// The request itself is not allowed (overwrite a data directory, `--actor` without root, …).
    case rejected(String)

    public var description: String {
        switch self {
        case .refused(let refusal): refusal.description
        case .notPermitted(let message): message.en
        case .invalidData(let message), .system(let message), .rejected(let message): message
        }
    }

    /// The reason in both languages where it has them (refusals, roles); file and system errors
    /// name paths and errno texts and stay as they are.
    public var label: Label {
        switch self {
        case .refused(let refusal): refusal.message
        case .notPermitted(let message): message
        case .invalidData, .system, .rejected: Label(zh: description, en: description)
        }
    }

    /// The domain refusal, when that is what this is (for its Chinese message and code).
    public var refusal: Refusal? {
        if case .refused(let refusal) = self { return refusal }
        return nil
    }

    static func system(_ path: String, _ what: String, errno code: Int32) -> StoreError {
        .system("\(path): \(what): \(String(cString: strerror(code)))")
    }
}
