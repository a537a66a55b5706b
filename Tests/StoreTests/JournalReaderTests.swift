import Domain
import Foundation
import Testing
@testable import Store

/// The fast reader of journal lines and `JSONDecoder` agree: every operation, with and without
/// its optional parts, reads the same both ways; variants JSON allows give the same entry or step
/// aside; and no line `JSONDecoder` refuses is accepted by the fast path.
@Suite("Fast journal reader")
struct JournalReaderTests {
    static let location = TicketLocation(district: "江岸区", street: "大智街", community: "三阳社区", grid: "第1网格")
    static let operations: [Domain.Operation] = [
        .create(NewTicket(title: "路灯不亮", description: "三栋\n门口 \"急\"", location: location, reporterName: "王芳", reporterPhone: "138")),
        .create(NewTicket(title: "t", description: "", urgent: true, location: location, reporterName: "", reporterPhone: "",
                          reportedAt: Date(timeIntervalSince1970: 1_541_000_000.5), deadline: Date(timeIntervalSince1970: 1_542_000_000))),
        .classify(category: .roads, level: .community), .assign(to: "W-0001"), .claim, .start,
        .escalate(reason: "需要街道协调"), .resolve(note: "已修复"), .rate(score: 4, comment: "好"), .rate(score: 1, comment: nil),
        .reopen(reason: "r"), .closeDuplicate(of: "T-000001"), .closeInvalid(reason: "r"), .closeAtSource(note: "n"), .note(text: "已电话回访 😀"),
        .review, .appoint(post: "p"), .startPost, .addPoints(month: Month(year: 2018, month: 10), delta: -3, reason: "r"),
        .warn(text: "w"), .recordAccountability(kind: .inquiry, text: "a"), .recordAccountability(kind: nil, text: "a"),
        .recordFaultTolerance(text: "f"), .promote, .keep, .adjustDown(reason: "r"), .remove(reason: "r"),
        .setReportCard(month: Month(year: 2018, month: 9), card: .ruleOfLaw, score: 87.25),
        .setReportCard(month: Month(year: 2018, month: 9), card: .ruleOfLaw, score: 90),
    ]

    private static func decoded(_ line: String) -> JournalEntry? {
        try? DomainJSON.makeDecoder().decode(JournalEntry.self, from: Data(line.utf8))
    }

    private static func fast(_ line: String) -> JournalEntry? {
        JournalEntry(readingAll: Data(line.utf8))
    }

    @Test("every operation, with and without rev and via, as the store writes it")
    func everyOperation() throws {
        #expect(Set(Self.operations.map(\.name)).count == 25)
        for (index, operation) in Self.operations.enumerated() {
            for (rev, via) in [(nil, nil), (4, "root")] as [(Int?, String?)] {
                let entry = JournalEntry(seq: index + 1, at: Date(timeIntervalSince1970: 1_542_700_800.125), actor: "alice", via: via,
                                         change: Change(recordID: "T-000123", expectedRevision: rev, operation: operation))
                let line = String(decoding: try DomainJSON.encode(entry), as: UTF8.self)
                let read = try #require(Self.fast(line), "fast path stepped aside on \(line)")
                #expect(read == entry, "\(line)")
                #expect(read == Self.decoded(line), "\(line)")
            }
        }
    }

    @Test("variants JSON allows: the same entry as JSONDecoder's, or the fast path steps aside", arguments: [
        #"{"actor":"a","at":"2018-11-20T08:00:00Z","fields":{"text":"x"},"op":"note","record":"T-1","rev":null,"seq":1,"via":null}"#,
        #"{ "seq" : 1 , "op" : "note" , "fields" : { "text" : "\u5df2\n\"x\"" } , "record" : "T-1" , "actor" : "a" , "at" : "2018-11-20T08:00:00Z" }"#,
        #"{"actor":"a","at":"2018-11-20T08:00:00+08:00","fields":{"comment":null,"score":5},"op":"rate","record":"T-1","seq":2}"#,
        #"{"actor":"a","at":"2018-11-20T08:00:00Z","op":"claim","record":"T-1","seq":3}"#,
        #"{"actor":"a","at":"2018-11-20T08:00:00Z","fields":{"anything":[1]},"op":"claim","record":"T-1","seq":3}"#,
        #"{"actor":"a","at":"2018-11-20T08:00:00Z","fields":{"urgent":null,"title":"t","description":"d","district":"x","street":"s","community":"c","grid":"g","reporter_name":"n","reporter_phone":"p"},"op":"create","record":"","seq":4}"#,
        "{\"actor\":\"a\",\"at\":\"2018-11-20T08:00:00Z\",\"fields\":{\"text\":\"x\"},\"op\":\"note\",\"record\":\"T-1\",\"seq\":5}\r",
        #"{"actor":"a","at":"2018-11-20T08:00:00Z","fields":{"text":"x"},"op":"note","record":"T-1","seq":1,"future":true}"#,
        #"{"actor":"a","at":"2018-11-20T08:00:00Z","fields":{"card":"rule_of_law","month":"2018-09","score":1e1},"op":"set_report_card","record":"U-1","seq":6}"#,
    ])
    func variants(line: String) throws {
        let decoded = try #require(Self.decoded(line), "JSONDecoder refused \(line)")
        if let read = Self.fast(line) { #expect(read == decoded) }
    }

    @Test("bad lines are never read by the fast path", arguments: [
        #"{"actor":"a","at":"2018-11-20T08:00:00Z","op":"note","record":"T-1","seq":1}"#,
        #"{"actor":"a","at":"2018-11-20T08:00:00Z","fields":{},"op":"note","record":"T-1","seq":1}"#,
        #"{"actor":"a","at":"2018-11-20T08:00:00Z","fields":{"text":"x"},"op":"notee","record":"T-1","seq":1}"#,
        #"{"actor":"a","at":"2018-11-20T08:00:00Z","fields":{"score":4.5},"op":"rate","record":"T-1","seq":1}"#,
        #"{"actor":"a","at":"2018-11-20T08:00:00Z","fields":{"score":"4"},"op":"rate","record":"T-1","seq":1}"#,
        #"{"actor":"a","at":"2018-11-20T08:00:00Z","fields":{"text":5},"op":"note","record":"T-1","seq":1}"#,
        #"{"actor":"a","at":"2018-11-20T08:00:00Z","fields":{"text":"x"},"op":"note","record":"T-1","seq":"1"}"#,
        #"{"actor":"a","at":"yesterday","fields":{"text":"x"},"op":"note","record":"T-1","seq":1}"#,
        #"{"actor":"a","at":"2018-11-20T08:00:00Z","fields":{"delta":1,"month":"2018-13","reason":"r"},"op":"add_points","record":"C-1","seq":1}"#,
        #"{"actor":"a","at":"2018-11-20T08:00:00Z","fields":{"category":"roads","level":"planet"},"op":"classify","record":"T-1","seq":1}"#,
        #"{"actor":"a","at":"2018-11-20T08:00:00Z","fields":{"text":"x"},"op":"note","record":"T-1"}"#,
        #"{"actor":"a","at":"2018-11-20T08:00:00Z","fields":{"text":"x\u0"},"op":"note","record":"T-1","seq":1}"#,
        #"{"actor":"a","at":"2018-11-20T08:00:00Z","fields":{"text":"x"},"op":"note","record":"T-1","seq":1} x"#,
        #"{"actor":"a","at":"2018-11-20T08:00:00Z","fields":{"text":"x"},"op":"note","record":"T-1","seq":1"#,
        #"{"actor":"a","at":"2018-11-20T08:00:00Z","fields":{"text":tru},"op":"note","record":"T-1","seq":1}"#,
    ])
    func badLines(line: String) {
        #expect(Self.decoded(line) == nil, "JSONDecoder took \(line)")
        #expect(Self.fast(line) == nil, "fast path took \(line)")
    }
}
