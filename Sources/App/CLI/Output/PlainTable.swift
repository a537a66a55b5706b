import Domain
import Panels
import TermUI

/// An aligned plain-text table for the list commands: columns padded by display width (a Chinese
/// character takes two columns), each capped at its limit, the last column uncut. Control
/// characters from the data are shown as visible stand-ins.
enum PlainTable {
    static func lines(header: [String], rows: [[String]], limits: [Int], rightAligned: Set<Int> = []) -> [String] {
        let table = [header] + rows.map { $0.map { Sanitizer.clean($0) } }
        let widths = limits.enumerated().map { column, limit in
            min(limit, table.map { DisplayWidth.of($0[column]) }.max() ?? 0)
        }
        return table.map { cells in
            let aligned = widths.enumerated().map { column, width in
                DisplayWidth.pad(cells[column], to: width, alignRight: rightAligned.contains(column))
            }
            return (aligned + cells.dropFirst(widths.count)).joined(separator: "  ")
        }
    }
}
