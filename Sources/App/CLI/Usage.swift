import Domain

/// The text of `zugong --help`.
public enum Usage {
    public static let version = "zugong 0.1.0"

    public static let text = header + operations + footer

    /// One line per operation subcommand, from the specs, under who may run them.
    static var operations: String {
        let lines = [Domain.Operation.Target.ticket, .cadre, .unit].flatMap { target in
            let commands = OperationCommandLine.commands(target)
            guard let first = OperationCommandLine.specs(target).first else { return [String]() }
            return ["  \(first.recordWord) actions, for \(first.role.en):"]
                + commands.map { "    zugong " + OperationCommandLine.usage($0, target) }
        }
        return lines.joined(separator: "\n") + "\n                                   each takes --rev N; prints ID seq S rev R\n"
    }

    static let header = """
    zugong — 组工看板, a terminal dashboard for organization work

    Usage:
      zugong [options]                 open the dashboard (prints the overview when stdout is not a terminal)
      zugong kiosk [--pages overview,talent,...] [--dwell 20s] [--dwell PAGE=40s] [--hours 08:00-18:00]
                   [--unlock "KEYS"] [--theme projector]
                                       an unattended projector show: pages cycle, read-only, keys locked
                                       (Space pauses, ← → step; Ctrl-C or the unlock keys end it; docs/kiosk.md)
      zugong doctor                    the terminal, its measured widths, the chosen symbols, the files read
      zugong snapshot [--panel P] [--width W] [--height H] [options]
                                       print a panel as plain text (overview, cadres, grid, talent, scores, grassroots)
      zugong tickets list [--status S] [--level L] [--category C] [--community [DISTRICT/]NAME] [--overdue]
                          [--search TEXT] [--sort FIELD] [--desc] [--json|--csv]
      zugong ticket show ID [--json] [--reveal-phone]
      zugong workers list [--level L] [--community [DISTRICT/]NAME] [--json|--csv]     whom tickets can be assigned to
      zugong ticket new --title T [--description D] [--category C [--level L]] [--location PATH]
                        [--reporter NAME] [--phone P] [--urgent]      prints the new id

    """

    static let footer = """
      zugong apply FILE|- [--all-or-nothing] [--json]
                                       many changes in one go: JSON lines {"op":"note","record":"T-…","fields":{…}}
                                       (optional "rev"), under one lock; one result line each
      zugong metrics [--json]          the grid's figures, overdue by level, the backlog by age, category and place
      zugong figures [--area cadres|grassroots|talent] [--json|--csv]
                                       every reported figure with its qualifier, date and the article's words
      zugong talent [--json|--csv]     the talent indicators with goals and (in JSON) their monthly series
      zugong cadres list [--stage S] [--pool city|district] [--unit U] [--first-batch] [--warned]
                         [--points-below N] [--criterion-below N] [--search T] [--sort F] [--desc] [--json|--csv]
      zugong cadre show ID [--json]
      zugong units list [--kind K] [--json|--csv]
      zugong scores [--month YYYY-MM] [--kind K] [--card C] [--json|--csv] | scores import FILE.csv
      zugong warnings [--month YYYY-MM] [--json]
      zugong bulletin --quarter 2018Q3 | --half 2018H1 [--json]
      zugong import open311 FILE       add GeoReport v2 requests as tickets (again: adds nothing twice)
      zugong export open311 [--status S]
                                       write the tickets as GeoReport v2 JSON (docs/open311.md)
      zugong init [--as-of T] | check | compact | generate [--tickets N --cadres M --units U --months K --seed S --as-of T]
                                       look after the data directory

    Options:
      --data DIR        data directory (default $ZUGONG_DATA, $XDG_DATA_HOME/zugong or ~/.local/share/zugong)
      --lang zh|en      interface language (default from LC_ALL / LC_MESSAGES / LANG)
      --theme default|mono|projector
                        colours, monochrome (NO_COLOR set and non-empty also means monochrome), or high
                        contrast with heavy lines and margins for a projector
      --settings FILE   settings (default $XDG_CONFIG_HOME/zugong/settings.json or ~/.config/zugong/settings.json)
      --read-only       change nothing
      --actor NAME      act for NAME (root only; recorded as both names)
      -h, --help        show this help
      --version         show the version

    Keys: 1–5 or Tab/Shift-Tab switch areas, ↑↓ PgUp PgDn move, s sorts, : or Ctrl-P commands, ? help, q quits.
    """
}
