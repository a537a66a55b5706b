import Domain
import Foundation

/// Upgrades a snapshot written by an older zugong, one schema version at a time, before it is
/// decoded. Version 1 is the first, so the table is empty; a step is added with each change of
/// the format. Journal lines are replayed after the upgrade, so a step must keep old lines valid
/// or the old version must be compacted before upgrading.
enum SnapshotMigrator {
    /// An upgrade from the key's version to the next, on the decoded JSON object (the envelope).
    typealias Step = @Sendable (inout [String: Any]) throws -> Void

    static let steps: [Int: Step] = [:]

    /// The snapshot brought to `Dataset.currentSchemaVersion`, or the reason it cannot be.
    static func upgrade(_ data: Data, from version: Int, path: String) throws(StoreError) -> Data {
        let current = Dataset.currentSchemaVersion
        if version > current {
            throw .invalidData(zh: "\(path):数据格式版本 \(version) 比本程序认识的(\(current))新;请使用更新的 zugong",
                               en: "\(path): schema version \(version) is newer than this zugong understands (\(current)); use a newer zugong")
        }
        guard version < current else { return data }
        let missing = (version..<current).first { steps[$0] == nil }
        if let missing {
            throw .invalidData(zh: "\(path):数据格式版本 \(version) 无法升级(没有从版本 \(missing) 起的迁移);支持的版本为 1…\(current)",
                               en: "\(path): schema version \(version) cannot be upgraded (no migration from version \(missing)); the supported versions are 1…\(current)")
        }
        do {
            guard var object = try JSONSerialization.jsonObject(with: data) as? [String: Any] else {
                throw StoreError.invalidData(zh: "\(path):快照不是 JSON 对象", en: "\(path): the snapshot is not a JSON object")
            }
            for from in version..<current {
                try steps[from]?(&object)
                object["schemaVersion"] = from + 1
            }
            return try JSONSerialization.data(withJSONObject: object)
        } catch let error as StoreError {
            throw error
        } catch {
            throw .invalidData(zh: "\(path):从数据格式版本 \(version) 升级失败", en: "\(path): upgrading from schema version \(version) failed: \(error)")
        }
    }
}
