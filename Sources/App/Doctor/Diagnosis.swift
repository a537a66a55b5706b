import Foundation
import Domain
import TermUI

/// Everything `zugong doctor` reports, gathered once: the terminal's facts, the choices made from
/// them, and the files the program reads. The dashboard keeps the one from its start-up for its
/// doctor page (asking the terminal again would talk over curses).
public struct Diagnosis: Equatable, Sendable {
    public var terminal: TerminalFacts
    /// `NO_COLOR` as set, nil when unset.
    public var noColor: String?
    /// The locale variable in force and its value (`LC_ALL=…`, else `LC_CTYPE`, else `LANG`).
    public var locale: String
    public var colorTier: ColorTier
    public var dataDirectory: FileState
    public var settings: FileState
    public var unifont: TitleFont.Outcome
    public var unifontPath: String
    /// The settings file's language, when it could be read (the report is then written in it).
    public var settingsLanguage: Language?

    public struct FileState: Equatable, Sendable {
        public enum Status: Equatable, Sendable {
            case readWrite
            case readOnly
            /// Absent: the data directory is created on first use, the settings default.
            case absent
            case unreadable
            /// The settings file could not be taken: the refusal, with file:line:col.
            case invalid(String)
        }
        public var path: String
        public var status: Status

        public init(path: String, status: Status) {
            self.path = path
            self.status = status
        }
    }

    public init(terminal: TerminalFacts, noColor: String?, locale: String, colorTier: ColorTier, dataDirectory: FileState,
                settings: FileState, unifont: TitleFont.Outcome, unifontPath: String) {
        self.terminal = terminal
        self.noColor = noColor
        self.locale = locale
        self.colorTier = colorTier
        self.dataDirectory = dataDirectory
        self.settings = settings
        self.unifont = unifont
        self.unifontPath = unifontPath
    }

    /// Reads the environment and the files; `terminal` comes from the backend.
    /// `dataset`, when there is one, adds its units to the characters the title font keeps.
    public static func gather(terminal: TerminalFacts, environment: [String: String], dataDirectory: URL,
                              settingsOption: String?, forceMonochrome: Bool, dataset: Dataset? = nil) -> Diagnosis {
        let locale = ["LC_ALL", "LC_CTYPE", "LANG"].lazy.compactMap { name in environment[name].flatMap { $0.isEmpty ? nil : "\(name)=\($0)" } }.first
        let tier = ColorTier.select(colors: terminal.colors, hasColors: terminal.colors > 0, environment: environment,
                                    forceMonochrome: forceMonochrome)
        var settingsState = FileState(path: "", status: .absent)
        var unifontSetting: String?
        var language: Language?
        if let place = Settings.location(option: settingsOption, environment: environment) {
            settingsState.path = place.path
            // A file named with --settings must exist; the default one may be absent.
            if place.named || FileManager.default.fileExists(atPath: place.path) {
                do throws(CommandLineError) {
                    let settings = try SettingsFile.load(path: place.path, named: place.named)
                    unifontSetting = settings.unifont
                    language = settings.language
                    settingsState.status = FileManager.default.isReadableFile(atPath: place.path) ? .readWrite : .unreadable
                } catch {
                    settingsState.status = .invalid(error.description)
                }
            }
        }
        let fontPath = TitleFont.path(settings: unifontSetting, environment: environment)
        var diagnosis = Diagnosis(terminal: terminal, noColor: environment["NO_COLOR"], locale: locale ?? "", colorTier: tier,
                                  dataDirectory: FileState(path: dataDirectory.path, status: access(dataDirectory.path)),
                                  settings: settingsState, unifont: TitleFont.load(path: fontPath, characters: TitleFont.characters(in: dataset)),
                                  unifontPath: fontPath)
        diagnosis.settingsLanguage = language
        return diagnosis
    }

    private static func access(_ path: String) -> FileState.Status {
        let files = FileManager.default
        guard files.fileExists(atPath: path) else { return .absent }
        guard files.isReadableFile(atPath: path) else { return .unreadable }
        return files.isWritableFile(atPath: path) ? .readWrite : .readOnly
    }
}
