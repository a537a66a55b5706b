/// How a list command prints: an aligned table, `--json` or `--csv`.
enum ListFormat {
    case table, json, csv

    static func of(_ arguments: ParsedArguments) throws(CommandLineError) -> ListFormat {
        switch (arguments.has("--json"), arguments.has("--csv")) {
        case (true, true): throw CommandLineError(zh: "--json 与 --csv 只能选一个", en: "choose --json or --csv, not both")
        case (true, false): .json
        case (false, true): .csv
        case (false, false): .table
        }
    }
}
