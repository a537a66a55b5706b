import Foundation
import Domain
import TermUI

/// `zugong doctor`: what the terminal is and does (terminfo, colours, locale, mouse, and the widths
/// it draws ambiguous characters at, measured), what the dashboard chose from it, and the files it
/// reads. Plain text, to paste into a bug report; it runs even when the settings file is broken,
/// and says what is wrong with it.
public enum DoctorCommand {
    public static let spec = CommandSpec("doctor") { context in
        let diagnosis = Diagnosis.gather(terminal: context.inspectTerminal(), environment: context.environment,
                                         dataDirectory: DataSession.directory(context), settingsOption: context.arguments.options["--settings"],
                                         forceMonochrome: context.arguments.options["--theme"] == Theme.Name.mono.rawValue)
        // The settings' language when they could be read; their fault is in the report.
        let language = try DisplayOptions.language(context.arguments, environment: context.environment,
                                                   settings: Settings(language: diagnosis.settingsLanguage))
        DoctorReport.lines(diagnosis, language).forEach(context.output.out)
        return 0
    }
}
