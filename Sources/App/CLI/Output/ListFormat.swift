/// How a list command prints: an aligned table, `--json` or `--csv`.
enum ListFormat {
    case table, json, csv

    static func of(_ arguments: ParsedArguments) throws(CommandLineError) -> ListFormat {
        switch (arguments.has("--json"), arguments.has("--csv")) {
        case (true, true): throw CommandLineError("choose --json or --csv, not both")
        case (true, false): .json
        case (false, true): .csv
        case (false, false): .table
        }
    }
}
