import Domain
import Foundation

/// `config.json` in the data directory: who may change what.
/// `{"operators":["alice","bob"],"supervisors":["carol"]}`. Operators change tickets; supervisors
/// change cadres and report cards, and tickets too.
struct RoleConfig: Equatable {
    var operators: Set<String>
    var supervisors: Set<String>

    static let fileName = "config.json"

    /// The roles, or nil when there is no config file. An unreadable or malformed file is an error:
    /// guessing would hand out or take away write access silently.
    static func load(from path: String) throws(StoreError) -> RoleConfig? {
        guard let file = try PosixFile.openIfExists(path, O_RDONLY) else { return nil }
        let data = try file.read(from: 0)
        let lists: [String: [String]]
        do {
            lists = try JSONDecoder().decode([String: [String]].self, from: data)
        } catch {
            throw .invalidData(DecodingFailure.message(for: error, in: data, file: path))
        }
        let known: Set = ["operators", "supervisors"]
        if let unknown = lists.keys.sorted().first(where: { !known.contains($0) }) {
            let offset = JSONLocator.offset(of: [JSONKey(unknown)], in: data) ?? 0
            throw .invalidData(DecodingFailure.located(offset, in: data, file: path, lineOffset: 0,
                                                       text: Label(zh: "未知键“\(unknown)”(可用:“operators”“supervisors”)",
                                                                   en: "unknown key \"\(unknown)\" (expected \"operators\" and \"supervisors\")")))
        }
        return RoleConfig(operators: Set(lists["operators"] ?? []), supervisors: Set(lists["supervisors"] ?? []))
    }
}
