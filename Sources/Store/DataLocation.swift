import Foundation

/// Where the data directory is: `--data DIR`, else `$ZUGONG_DATA`, else `$XDG_DATA_HOME/zugong`,
/// else `~/.local/share/zugong`. Only the given environment is consulted, so tests and `sudo`
/// wrappers decide what counts.
public enum DataLocation {
    public static func resolve(option: String?, environment: [String: String]) -> URL {
        if let option, !option.isEmpty { return directoryURL(option, environment: environment) }
        if let value = environment["ZUGONG_DATA"], !value.isEmpty {
            return directoryURL(value, environment: environment)
        }
        // The XDG spec says a relative XDG_DATA_HOME is invalid and must be ignored.
        if let value = environment["XDG_DATA_HOME"], value.hasPrefix("/") {
            return URL(fileURLWithPath: value, isDirectory: true).appending(path: "zugong", directoryHint: .isDirectory)
        }
        return home(environment)
            .appending(path: ".local/share/zugong", directoryHint: .isDirectory)
    }

    private static func directoryURL(_ path: String, environment: [String: String]) -> URL {
        if path == "~" { return home(environment) }
        if path.hasPrefix("~/") {
            return home(environment).appending(path: String(path.dropFirst(2)), directoryHint: .isDirectory)
        }
        return URL(fileURLWithPath: path, isDirectory: true).standardizedFileURL
    }

    /// `$HOME`, else the password database's home of the real uid, else the current directory.
    private static func home(_ environment: [String: String]) -> URL {
        if let value = environment["HOME"], !value.isEmpty {
            return URL(fileURLWithPath: value, isDirectory: true)
        }
        if let value = UnixAccount.home(uid: getuid()) {
            return URL(fileURLWithPath: value, isDirectory: true)
        }
        return URL(fileURLWithPath: FileManager.default.currentDirectoryPath, isDirectory: true)
    }
}
