/// The text of `zugong --help`.
public enum Usage {
    public static let version = "zugong 0.1.0"

    public static let text = """
    zugong — 组工看板, a terminal dashboard for organization work

    Usage:
      zugong [options]                 open the dashboard (prints the overview when stdout is not a terminal)
      zugong snapshot [--panel P] [--width W] [--height H] [options]
                                       print a panel as plain text (overview, cadres, grid, talent)
      zugong tickets list [--status S] [--level L] [--category C] [--community NAME] [--overdue]
                          [--search TEXT] [--sort FIELD] [--desc] [--json|--csv]
      zugong ticket show ID [--json] [--reveal-phone]
      zugong ticket new --title T [--description D] [--category C [--level L]] [--location PATH]
                        [--reporter NAME] [--phone P] [--urgent]      prints the new id
      zugong ticket classify ID --category C --level L | assign ID --to WORKER | claim ID | start ID
                  | escalate ID --reason R | resolve ID --note N | rate ID --score K [--comment C]
                  | reopen ID --reason R | close ID --as duplicate --of ID2 | close ID --as invalid --reason R
                  | note ID TEXT                     each takes --rev N; prints ID seq S rev R
      zugong import open311 FILE       add GeoReport v2 requests as tickets (again: adds nothing twice)
      zugong export open311 [--status S]
                                       write the tickets as GeoReport v2 JSON (docs/open311.md)
      zugong init | check | compact | generate [--tickets N --cadres M --seed S]
                                       look after the data directory

    Options:
      --data DIR        data directory (default $ZUGONG_DATA, $XDG_DATA_HOME/zugong or ~/.local/share/zugong)
      --lang zh|en      interface language (default from LC_ALL / LC_MESSAGES / LANG)
      --theme default|mono
                        colours, or monochrome (NO_COLOR set and non-empty also means monochrome)
      --read-only       change nothing
      --actor NAME      act for NAME (root only; recorded as both names)
      -h, --help        show this help
      --version         show the version

    Keys: 1–4 or Tab/Shift-Tab switch areas, ↑↓ PgUp PgDn move, s sorts, ? help, q quits.
    """
}
