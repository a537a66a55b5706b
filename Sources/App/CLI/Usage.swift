/// The text of `zugong --help`.
public enum Usage {
    public static let version = "zugong 0.1.0"

    public static let text = """
    zugong — 组工看板, a terminal dashboard for organization work

    Usage:
      zugong [options]                 open the dashboard (prints the overview when stdout is not a terminal)
      zugong snapshot [--panel P] [--width W] [--height H] [options]
                                       print a panel as plain text (overview, cadres, grid, talent)

    Options:
      --data DIR        data directory (default $ZUGONG_DATA, $XDG_DATA_HOME/zugong or ~/.local/share/zugong)
      --lang zh|en      interface language (default from LC_ALL / LC_MESSAGES / LANG)
      --theme default|mono
                        colours, or monochrome (NO_COLOR set and non-empty also means monochrome)
      --read-only       change nothing
      -h, --help        show this help
      --version         show the version

    Keys: 1–4 or Tab/Shift-Tab switch areas, ↑↓ PgUp PgDn move, s sorts, ? help, q quits.
    """
}
