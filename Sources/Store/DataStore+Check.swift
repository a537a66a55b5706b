import Domain
import Foundation

extension DataStore {
    /// `zugong check`: every problem found in the directory (syntax and decoding errors with
    /// their place, events that cannot be replayed, seq gaps, a torn last line, a bad
    /// `config.json`); empty when it is sound. Reads only.
    public static func check(at directory: URL) -> [Label] {
        let files = DataFiles(directory)
        var problems: [Label] = []
        var loader = Loader(files: files, strict: false)
        do {
            _ = try loader.load(records: nil)
        } catch {
            problems.append(error.label)
        }
        problems.append(contentsOf: loader.problems)
        do {
            _ = try RoleConfig.load(from: files.config)
        } catch {
            problems.append(error.label)
        }
        return problems
    }
}
