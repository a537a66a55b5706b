import Domain
import Foundation

/// Splits journal bytes into lines and decodes each as a `JournalEntry`: by the fast reader
/// (`JournalEntry+Reading.swift`) where it is sure, else by `JSONDecoder`, whose errors are the
/// messages.
enum JournalParser {
    /// `firstLine` numbers the first line of `data` (data read from an offset continues a file).
    /// Only a last line without its newline is left as the tail: it is being written right now or
    /// was torn by a crash. A complete line that does not decode — an operation of a newer version,
    /// a string seq, control characters — is a problem with its line and column, wherever it is:
    /// a writer ends every line in one write, so a whole bad line was never torn.
    static func parse(_ data: Data, firstLine: Int, file: String) -> JournalChunk {
        var chunk = JournalChunk()
        let decoder = DomainJSON.makeDecoder()
        var start = data.startIndex
        var number = firstLine
        while start < data.endIndex {
            guard let newline = data[start...].firstIndex(of: 0x0A) else {
                chunk.tailLine = number
                chunk.tailBytes = data.endIndex - start
                break
            }
            let line = data[start..<newline]
            let next = newline + 1
            if !line.allSatisfy(isWhitespace) {
                do {
                    let entry = try JournalEntry(readingAll: line) ?? decoder.decode(JournalEntry.self, from: line)
                    chunk.lines.append(JournalChunk.Line(number: number, entry: entry))
                } catch {
                    chunk.problems.append((number, DecodingFailure.message(for: error, in: Data(line), file: file,
                                                                           lineOffset: number - 1)))
                }
            }
            chunk.consumedBytes = next - data.startIndex
            chunk.lineCount += 1
            number += 1
            start = next
        }
        return chunk
    }

    private static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0D
    }
}
