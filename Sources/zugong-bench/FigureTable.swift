import TermUI

/// Prints sections of figures as a plain-text table aligned by display width (names may hold
/// Chinese search text).
struct FigureTable {
    private var sections: [(title: String, figures: [Figure], notes: [String])] = []

    mutating func add(_ title: String, _ figures: [Figure], notes: [String] = []) {
        sections.append((title, figures, notes))
    }

    var missed: [Figure] {
        sections.flatMap(\.figures).filter { $0.target.map { !$0.met } ?? false }
    }

    func printed() -> String {
        let header = ["figure", "data", "median", "unit", "runs", "target", "met"]
        let rows = sections.flatMap(\.figures).map(cells)
        let widths = header.indices.map { c in ([header] + rows).map { DisplayWidth.of($0[c]) }.max() ?? 0 }
        var lines: [String] = []
        for section in sections {
            lines.append("")
            lines.append("== " + section.title)
            lines.append(line(header, widths))
            lines.append(widths.map { String(repeating: "-", count: $0) }.joined(separator: "  "))
            lines += section.figures.map { line(cells($0), widths) }
            lines += section.notes.map { "  note: " + $0 }
        }
        return lines.joined(separator: "\n")
    }

    private func cells(_ figure: Figure) -> [String] {
        [figure.name, figure.data, figure.valueText, figure.unit.rawValue, String(figure.runs),
         figure.target?.text ?? "—", figure.target.map { $0.met ? "met" : "NOT MET" } ?? ""]
    }

    /// Text columns left-aligned, the value and run count right-aligned.
    private func line(_ cells: [String], _ widths: [Int]) -> String {
        let padded = cells.enumerated().map { c, text in
            let gap = String(repeating: " ", count: max(0, widths[c] - DisplayWidth.of(text)))
            return c == 2 || c == 4 ? gap + text : text + gap
        }
        var text = padded.joined(separator: "  ")
        while text.last == " " { text.removeLast() }
        return text
    }
}
