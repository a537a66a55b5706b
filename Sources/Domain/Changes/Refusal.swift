import Foundation

/// Why a change was not applied. Nothing of a refused change is applied.
public struct Refusal: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Code: String, Codable, Sendable, CaseIterable {
        /// No record has the id.
        case notFound = "not_found"
        /// Someone else changed the record since the caller read it.
        case revisionConflict = "revision_conflict"
        /// The action is not allowed in the record's current state.
        case notAllowed = "not_allowed"
        /// A field is missing, empty or out of range.
        case invalidField = "invalid_field"
        /// The change names another record that does not exist or does not fit.
        case unknownReference = "unknown_reference"
        /// A create names an id that is taken or malformed.
        case duplicateID = "duplicate_id"
        /// A ticket action on a cadre, and so on.
        case wrongRecordKind = "wrong_record_kind"
    }

    public let code: Code
    public let recordID: String
    public let message: Label

    public init(_ code: Code, recordID: String, en: String, zh: String) {
        self.code = code
        self.recordID = recordID
        self.message = Label(zh: zh, en: en)
    }

    public var description: String { message.en }

    public func message(_ language: Language) -> String { message.text(language) }

    /// "T-000123 was changed by alice at 14:02 (revision 5, you had 4)", with the date when the
    /// change was not on the day of the attempt. The time is the city's (UTC+8), as every other time on
    /// the screen and in `ticket show` is, whatever zone the server runs in.
    static func conflict(recordID: String, current: Int, expected: Int, by actor: String?, at changed: Date?,
                         attemptAt: Date, timeZone: TimeZone = TimeZone(secondsFromGMT: 8 * 3_600) ?? .gmt) -> Refusal {
        let who = actor ?? "someone"
        let whoZh = actor ?? "他人"
        var when = ""
        if let changed {
            var calendar = Calendar(identifier: .gregorian)
            calendar.timeZone = timeZone
            let c = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: changed)
            let time = String(format: "%02d:%02d", c.hour ?? 0, c.minute ?? 0)
            when = calendar.isDate(changed, inSameDayAs: attemptAt)
                ? time
                : String(format: "%04d-%02d-%02d ", c.year ?? 0, c.month ?? 0, c.day ?? 0) + time
        }
        let en = when.isEmpty
            ? "\(recordID) was changed by \(who) (revision \(current), you had \(expected))"
            : "\(recordID) was changed by \(who) at \(when) (revision \(current), you had \(expected))"
        let zh = when.isEmpty
            ? "\(recordID) 已被 \(whoZh) 修改(当前版本 \(current),您的版本 \(expected))"
            : "\(recordID) 已被 \(whoZh) 于 \(when) 修改(当前版本 \(current),您的版本 \(expected))"
        return Refusal(.revisionConflict, recordID: recordID, en: en, zh: zh)
    }
}
