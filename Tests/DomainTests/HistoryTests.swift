import Foundation
import Testing
@testable import Domain

/// A history packed in an arena reads as the events it was made of, takes appends, and compares,
/// encodes and orders as an array of them would.
@Suite("History")
struct HistoryTests {
    private static let t0 = Date(timeIntervalSinceReferenceDate: 564_000_000.125)
    private static let events = [
        HistoryEvent(seq: 0, actor: "sunhao", at: t0, op: "create", detail: nil),
        HistoryEvent(seq: 0, actor: "李娜", at: t0.addingTimeInterval(61.5), op: "classify", detail: "sanitation community"),
        HistoryEvent(seq: 12, actor: "wang", at: t0.addingTimeInterval(-3), op: "note", detail: ""),
        HistoryEvent(seq: -4, actor: "", at: t0.addingTimeInterval(9e7), op: "rate", detail: "4 问题解决了,谢谢社区 🙂"),
    ]

    /// `events` packed, after another history in the same arena.
    private static func packed(_ events: [HistoryEvent]) -> History {
        let arena = HistoryArena()
        _ = pack([Self.events[0]], into: arena)
        let start = pack(events, into: arena)
        arena.seal()
        return History(arena: arena, start: start)
    }

    private static func pack(_ events: [HistoryEvent], into arena: HistoryArena) -> Int {
        let start = arena.begin()
        for e in events {
            func bytes<T>(_ text: String, _ body: (UnsafeBufferPointer<UInt8>) -> T) -> T {
                var text = text
                return text.withUTF8(body)
            }
            bytes(e.actor) { actor in
                bytes(e.op) { op in
                    if let detail = e.detail {
                        bytes(detail) { arena.append(seq: e.seq, at: e.at, actor: actor, op: op, detail: $0) }
                    } else {
                        arena.append(seq: e.seq, at: e.at, actor: actor, op: op, detail: nil)
                    }
                }
            }
        }
        arena.end(start, count: events.count)
        return start
    }

    @Test func packedReadsAsItsEvents() throws {
        let history = Self.packed(Self.events)
        #expect(Array(history) == Self.events)
        #expect(history.count == 4)
        #expect(history.last?.detail == "4 问题解决了,谢谢社区 🙂")
        #expect(history[1].actor == "李娜")
        #expect(history == History(Self.events))
        #expect(history != History(Array(Self.events.dropLast())))
        #expect(Self.packed([]).isEmpty)
    }

    @Test func appendsFollowThePackedEvents() {
        var history = Self.packed(Array(Self.events.prefix(2)))
        history.append(Self.events[2])
        history.append(Self.events[3])
        #expect(Array(history) == Self.events)
        var order: [String] = []
        history.forEachOrder { index, seq, at in order.append("\(index) \(seq) \(at.timeIntervalSinceReferenceDate)") }
        #expect(order == Self.events.enumerated().map { "\($0) \($1.seq) \($1.at.timeIntervalSinceReferenceDate)" })
    }

    @Test func aRolledBackHistoryLeavesNoTrace() {
        let arena = HistoryArena()
        let mark = arena.mark
        _ = Self.pack(Self.events, into: arena)
        arena.rollBack(to: mark)
        let start = Self.pack([Self.events[1]], into: arena)
        #expect(Array(History(arena: arena, start: start)) == [Self.events[1]])
        #expect(start == mark)
    }

    @Test func encodesAsAnArray() throws {
        let encoder = DomainJSON.makeEncoder()
        #expect(try encoder.encode(Self.packed(Self.events)) == encoder.encode(Self.events))
        let back = try DomainJSON.makeDecoder().decode(History.self, from: encoder.encode(Self.events))
        #expect(Array(back) == Self.events)
    }

    /// Interning by bytes keeps the numbers `String` equality would give, for text that is
    /// plain and for text that only equals plain text canonically.
    @Test func internTableKeepsCanonicalEquality() {
        #expect(UTF8Key("江岸区 / 大智街,第1网格。「」—…ＡＢ").isPlain)
        for notPlain in ["\u{212A}", "e\u{301}", "é", "\u{F900}", "한", "〪"] { #expect(!UTF8Key(notPlain).isPlain, "\(notPlain)") }
        var table = InternTable()
        #expect(table.intern("K") == 0)
        #expect(table.intern("江岸区") == 1)
        #expect(table.id(of: "\u{212A}") == 0)
        #expect(table.id(of: "江汉区") == nil)
        #expect(table.intern("\u{212A}") == 0)
        #expect(table.intern("é") == 2)
        #expect(table.intern("e\u{301}") == 2)
        #expect(table.intern("\u{8C48}") == 3)
        #expect(table.intern("\u{F900}") == 3)
        #expect(table.intern("江岸区") == 1)
        #expect(table.values == ["K", "江岸区", "é", "\u{8C48}"])
        #expect(table.id(of: "e\u{301}") == 2)
    }
}
