import Foundation
import Domain
import Panels
import TermUI

/// `zugong snapshot`: the screen a panel would show, rendered by the in-memory terminal and printed
/// as plain text, for scripts, reports and pipes.
public enum SnapshotCommand {
    public static let spec = CommandSpec("snapshot", valued: ["--panel", "--width", "--height"]) { context in
        let configuration = try DataSession.launchConfiguration(context)
        configuration.warningLines.forEach(context.output.err)
        try render(configuration, arguments: context.arguments, now: context.now).forEach(context.output.out)
        return 0
    }

    public static func render(_ configuration: LaunchConfiguration, arguments: ParsedArguments, now: Date) throws(CommandLineError) -> [String] {
        var tab = Tab.overview
        if let name = arguments.options["--panel"] {
            guard let chosen = Tab(id: name) else {
                throw CommandLineError(zh: "--panel 取 \(Tab.allCases.map(\.id).joined(separator: "、")),而非“\(name)”", en: "--panel takes \(Tab.allCases.map(\.id).joined(separator: ", ")), not '\(name)'")
            }
            tab = chosen
        }
        let width = try arguments.integer("--width", in: 1...1_000) ?? 100
        let height = try arguments.integer("--height", in: 1...1_000) ?? 30
        // Below the minimum the screen would only say so: a script gets the reason and exit 2.
        guard ScreenLayout.fits(TerminalSize(width: width, height: height)) else {
            let need = ScreenLayout.minimumSize
            throw CommandLineError(zh: "--width \(width) --height \(height) 小于最小尺寸 \(need.width)×\(need.height)",
                                   en: "--width \(width) --height \(height) is below the minimum size, \(need.width)×\(need.height)")
        }
        var state = AppState(dataset: configuration.dataset, size: TerminalSize(width: width, height: height),
                             language: configuration.display.language, theme: Theme.make(tier: .monochrome),
                             now: now, session: configuration.session, keyMap: configuration.display.keyMap,
                             timeZone: configuration.display.timeZone, warningRule: configuration.display.warningRule)
        state.tab = tab
        return ScreenRenderer.render(state).buffer.lines()
    }
}
