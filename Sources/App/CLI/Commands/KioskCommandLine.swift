import Foundation
import Domain
import Panels
import TermUI

/// `zugong kiosk`: the dashboard for a projector, unattended. Pages cycle on a timer, the data
/// stays live, keys are locked and nothing can be changed; the settings file's `kiosk` gives the
/// defaults and the options here win over it.
public enum KioskCommandLine {
    public static let spec = CommandSpec("kiosk", valued: ["--pages", "--dwell", "--hours", "--unlock"]) { context in
        let display = try display(context)
        guard context.stdoutIsTerminal else {
            throw CommandLineError(zh: "zugong kiosk 需要在终端中运行", en: "zugong kiosk needs a terminal")
        }
        return try context.interactive(DashboardStart(context, display: display) { progress in
            try DataSession.kioskConfiguration(context, display: display, progress: progress)
        })
    }

    /// The display options with the kiosk's plan: the settings' plan with the options applied.
    static func display(_ context: CommandContext) throws(CommandLineError) -> DisplayOptions {
        var display = try DisplayOptions.resolve(context.arguments, environment: context.environment)
        let options = context.arguments.options
        var plan = display.kioskDefaults
        if let text = options["--pages"] {
            switch KioskPlan.pages(text) {
            case .success(let tabs) where !tabs.isEmpty: plan.pages = tabs
            case .success: throw CommandLineError(zh: "--pages 需要至少一个页面:\(KioskPlan.pageIDs)",
                                   en: "--pages takes at least one of \(KioskPlan.pageIDs)")
            case .failure(let unknown):
                throw CommandLineError(zh: "--pages:没有页面“\(unknown.name)”(可用:\(KioskPlan.pageIDs))",
                                   en: "--pages: no page '\(unknown.name)' (expected \(KioskPlan.pageIDs))")
            }
        }
        for text in context.arguments.repeated["--dwell"] ?? [] {
            let parts = text.split(separator: "=", maxSplits: 1).map(String.init)
            let tab = parts.count == 2 ? Tab(id: parts[0]) : nil
            guard parts.count == 1 || tab != nil, let seconds = KioskPlan.duration(parts.last ?? "") else {
                throw CommandLineError(zh: "--dwell 取 20s、2m、1h 或 页面=时长(如 overview=40s),3 秒到 24 小时,而非“\(text)”",
                                   en: "--dwell takes 20s, 2m, 1h or PAGE=TIME (e.g. overview=40s), from 3 s to 24 h, not '\(text)'")
            }
            if let tab { plan.dwellByPage[tab] = seconds } else { plan.dwell = seconds }
        }
        if let text = options["--hours"] {
            guard let hours = DailyHours(text) else {
                throw CommandLineError(zh: "--hours 取 HH:MM-HH:MM(如 08:00-18:00),而非“\(text)”",
                                   en: "--hours takes HH:MM-HH:MM (e.g. 08:00-18:00), not '\(text)'")
            }
            plan.hours = hours
        }
        if let text = options["--unlock"] {
            let names = text.split(separator: " ")
            let keys = names.compactMap { Key(name: String($0)) }
            guard !keys.isEmpty, keys.count == names.count else {
                throw CommandLineError(zh: "--unlock 取以空格分隔的按键名(如 \"Ctrl-x u\"),而非“\(text)”",
                                   en: "--unlock takes key names separated by spaces (e.g. \"Ctrl-x u\"), not '\(text)'")
            }
            plan.unlock = keys
        }
        display.kiosk = plan
        if options["--theme"] == nil, let theme = display.kioskTheme { display.theme = theme }
        return display
    }
}
