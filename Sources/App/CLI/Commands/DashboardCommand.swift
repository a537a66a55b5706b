/// Plain `zugong`: the full-screen dashboard, or the overview as text when stdout is not a terminal.
public enum DashboardCommand {
    public static let spec = CommandSpec("") { context in
        guard context.stdoutIsTerminal else {
            let configuration = try DataSession.launchConfiguration(context)
            configuration.warningLines.forEach(context.output.err)
            try SnapshotCommand.render(configuration, arguments: context.arguments, now: context.now).forEach(context.output.out)
            return 0
        }
        let display = try DisplayOptions.resolve(context.arguments, environment: context.environment)
        return try context.interactive(DashboardStart(context, display: display) { progress in
            try DataSession.launchConfiguration(context, progress: progress)
        })
    }
}
