import Foundation
import Domain

/// Why the store could not do what was asked, in both languages. `description` is the English
/// line naming the file (and line:column or record) involved; a domain refusal is passed through
/// unchanged.
public enum StoreError: Error, CustomStringConvertible {
    /// The domain refused the change (life cycle, revision conflict, invalid field); nothing was written.
    case refused(Refusal)
    /// The user's role does not allow the change; nothing was written.
    case notPermitted(Label)
    /// A data file could not be read or is invalid: `path:line:column: message` or
    /// `path: record ID field NAME: message`. Nothing was written.
    case invalidData(Label)
    /// A system call failed: `path: what: strerror`.
    case system(Label)
    /// The request itself is not allowed (overwrite a data directory, `--actor` without root, …).
    case rejected(Label)

    public var description: String { label.en }

    public var label: Label {
        switch self {
        case .refused(let refusal): refusal.message
        case .notPermitted(let message), .invalidData(let message), .system(let message), .rejected(let message): message
        }
    }

    /// The domain refusal, when that is what this is (for its Chinese message and code).
    public var refusal: Refusal? {
        if case .refused(let refusal) = self { return refusal }
        return nil
    }

    static func invalidData(zh: String, en: String) -> StoreError { .invalidData(Label(zh: zh, en: en)) }

    static func rejected(zh: String, en: String) -> StoreError { .rejected(Label(zh: zh, en: en)) }

    static func system(_ path: String, _ what: String, errno code: Int32) -> StoreError {
        .system(Label(zh: "\(path):\(what) 失败:\(SystemErrorText.chinese(code))",
                      en: "\(path): \(what): \(String(cString: strerror(code)))"))
    }
}
