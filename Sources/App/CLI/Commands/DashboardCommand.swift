/// Plain `zugong`: the full-screen dashboard, or the overview as text when stdout is not a terminal.
public enum DashboardCommand {
    public static let spec = CommandSpec("") { context in
        let (_, configuration) = try DataSession.launchConfiguration(context)
        guard context.stdoutIsTerminal else {
            try SnapshotCommand.render(configuration, arguments: context.arguments, now: context.now).forEach(context.output.out)
            return 0
        }
        return context.interactive(configuration)
    }
}
