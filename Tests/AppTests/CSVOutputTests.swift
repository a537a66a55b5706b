import Domain
import Foundation
import Testing
@testable import App

/// The rows of a long CSV list are made in pieces on all cores; they come out whole and in order.
@Suite("CSV output in pieces")
struct CSVOutputTests {
    @Test("every ticket once, in the order given, after the header, across several pieces", arguments: [0, 1, 4_096, 9_001])
    func rowsInOrder(count: Int) {
        let reference = Timestamp.date(year: 2018, month: 11, day: 20)
        let tickets = Dataset.generate(tickets: count, cadres: 0, seed: 3, reference: reference).tickets
        let order = Array(tickets.indices.reversed())
        let text = String(decoding: Array(TicketCSV.pieces(tickets, order: order, now: reference, piece: 4_096).joined()), as: UTF8.self) + "\n"
        #expect(text.hasSuffix("\r\n"))
        let lines = text.components(separatedBy: "\r\n").dropLast()
        #expect(lines.first.map { $0 + "\r" } == CSVText.row(TicketCSV.header))
        #expect(lines.dropFirst().map { String($0.prefix { $0 != "," }) } == order.map { tickets[$0].id })
    }
}
