import Domain
import Foundation
import Testing
@testable import Store

/// The fast reader and `JSONDecoder` agree: on every record of the seed and of a generated set
/// (which the fast path must read without stepping aside), on hand-written variants JSON allows,
/// and on bad input, which the fast path must never accept.
@Suite("Fast record reader")
struct JSONReaderTests {
    /// Read as a snapshot's shard reads it, histories packed into an arena; the same as read with
    /// its histories as events (as the journal and one-record reads do), or the test fails.
    private static func fast<T: JSONReadable & Equatable>(_ type: T.Type, _ json: Data) -> T? {
        func read(_ histories: HistoryArena?) -> T? {
            json.withUnsafeBytes { raw in
                var reader = JSONReader(raw.bindMemory(to: UInt8.self), strings: StringTable(), histories: histories)
                guard let value = try? T(reading: &reader), reader.atEnd() else { return nil }
                histories?.seal()
                return value
            }
        }
        let packed = read(HistoryArena())
        #expect(packed == read(nil), "packed and unpacked histories read differently")
        return packed
    }

    private static func decoded<T: Decodable>(_ type: T.Type, _ json: Data) -> T? {
        try? DomainJSON.makeDecoder().decode(T.self, from: json)
    }

    @Test("every record of the seed and of a generated set, field for field", arguments: [0, 6_000])
    func agreesOnEveryRecord(tickets: Int) throws {
        let dataset = tickets == 0 ? try Dataset.seedDataset(reference: StoreFixture.t0)
            : Dataset.generate(tickets: tickets, cadres: 400, seed: 11, reference: StoreFixture.t0)
        let encoder = DomainJSON.makeEncoder()
        for ticket in dataset.tickets {
            let json = try encoder.encode(ticket)
            let read = try #require(Self.fast(Ticket.self, json), "fast path stepped aside on \(ticket.id)")
            #expect(read == ticket)
            #expect(read == Self.decoded(Ticket.self, json))
        }
        for cadre in dataset.cadres {
            let json = try encoder.encode(cadre)
            let read = try #require(Self.fast(Cadre.self, json), "fast path stepped aside on \(cadre.id)")
            #expect(read == cadre)
            #expect(read == Self.decoded(Cadre.self, json))
        }
        for unit in dataset.units {
            let json = try encoder.encode(unit)
            #expect(Self.fast(AssessmentUnit.self, json) == unit)
            #expect(Self.decoded(AssessmentUnit.self, json) == unit)
        }
        for worker in dataset.workers {
            let json = try encoder.encode(worker)
            #expect(Self.fast(GridWorker.self, json) == worker)
            #expect(Self.decoded(GridWorker.self, json) == worker)
        }
        #expect(!dataset.talent.isEmpty && !dataset.figures.isEmpty)
        for indicator in dataset.talent {
            let json = try encoder.encode(indicator)
            #expect(Self.fast(TalentIndicator.self, json) == indicator, "fast path differs on \(indicator.id)")
            #expect(Self.decoded(TalentIndicator.self, json) == indicator)
        }
        for figure in dataset.figures {
            let json = try encoder.encode(figure)
            #expect(Self.fast(ReportedFigure.self, json) == figure, "fast path differs on \(figure.id)")
            #expect(Self.decoded(ReportedFigure.self, json) == figure)
        }
    }

    @Test("a data set with its arrays empty gives its two scalars; any other key, a missing key or a record steps aside")
    func datasetSkeleton() throws {
        let empty = Dataset(referenceDate: StoreFixture.t0)
        let json = String(decoding: try DomainJSON.makeEncoder().encode(empty), as: UTF8.self)
        let skeleton = try #require(DatasetSkeleton(readingAll: Data(json.utf8)))
        #expect(skeleton.schemaVersion == Dataset.currentSchemaVersion && skeleton.referenceDate == StoreFixture.t0)
        for variant in [json.replacingOccurrences(of: #""units":[],"#, with: ""),
                        json.replacingOccurrences(of: #""units":[]"#, with: #""units":[],"extra":1"#),
                        json.replacingOccurrences(of: #""talent":[]"#, with: #""talent":[{}]"#),
                        json.replacingOccurrences(of: #""schemaVersion":1"#, with: #""schemaVersion":"1""#)] {
            #expect(variant != json)
            #expect(DatasetSkeleton(readingAll: Data(variant.utf8)) == nil, "read \(variant)")
        }
    }

    /// One ticket as JSON text, with `edit` applied to it.
    private static func ticketJSON(_ edit: (String) -> String = { $0 }) throws -> Data {
        var ticket = StoreFixture.ticket(7)
        ticket.notes = [DatedNote(at: StoreFixture.t0, actor: "li", text: "note")]
        ticket.ratings = [TicketRating(score: 4, comment: "ok", at: StoreFixture.t0)]
        ticket.closeReason = .duplicate(of: "T-000001")
        ticket.assignee = "W-00001"
        ticket.history = [HistoryEvent(seq: 0, actor: "li", at: StoreFixture.t0, op: "create", detail: nil),
                          HistoryEvent(seq: 3, actor: "wang", at: StoreFixture.t0.addingTimeInterval(60), op: "note", detail: "已答复")]
        return Data(edit(String(decoding: try DomainJSON.makeEncoder().encode(ticket), as: UTF8.self)).utf8)
    }

    private static func replacing(_ target: String, _ replacement: String) -> (String) -> String {
        { text in
            guard let range = text.range(of: target) else {
                Issue.record("no \(target) in the ticket's JSON")
                return text
            }
            return text.replacingCharacters(in: range, with: replacement)
        }
    }

    @Test("JSON the store does not write but JSONDecoder accepts reads the same, or steps aside", arguments: [
        (#""title":""#, #""title":"a\n\"b\"\/\u00e9\ud83d\ude00\u0000 "#),
        (#""title":""#, "\"title\" :\r\n\t\""),
        (#""assignee":"W-00001","#, ""),
        (#""assignee":"W-00001""#, #""assignee":null"#),
        (#""revision":1"#, #""revision":1.0"#),
        (#""revision":1"#, #""revision":1e0"#),
        (#""urgent":false"#, #""urgent":false,"future":[1,{"a":null}]"#),
        (#""urgent":false"#, #""urgent":false,"urgent":true"#),
        (#"{"#, #"{"urgent":true,"#),
        (#""notes":[{"#, #""notes":[{"at":"2018-11-20T08:00:00Z","#),
        (#""kind":"duplicate""#, #""kind":"duplicate","score":"x""#),
        (#""detail":"已答复""#, #""detail":"已\n答复\u00e9""#),
        (#""detail":"已答复""#, #""detail":null"#),
        (#""op":"note""#, "\"op\" :\r\n \"note\""),
        (#""history":["#, #""history":[ "#),
        (#""urgent":false"#, "\"urgent\" : false"),
        (#""level":"grid""#, #""level":"\u0067rid""#),
        (#""levelStartedAt":"#, "\"levelStartedAt\"\n:"),
    ])
    func agreesWhereJSONAllows(target: String, replacement: String) throws {
        let json = try Self.ticketJSON(Self.replacing(target, replacement))
        let decoded = try #require(Self.decoded(Ticket.self, json), "JSONDecoder refused \(String(decoding: json, as: UTF8.self))")
        if let read = Self.fast(Ticket.self, json) {
            #expect(read == decoded)
        }
    }

    @Test("bad input is never accepted by the fast path", arguments: [
        (#""title":""#, "\"title\":\"\u{01}"),
        (#""title":""#, #""title":"\ud83d"#),
        (#""title":""#, #""title":"\x"#),
        (#""status":""#, #""status":"done","x":""#),
        (#""revision":1"#, #""revision":01"#),
        (#""revision":1"#, #""revision":"1""#),
        (#""revision":1"#, #""revision":99999999999999999999"#),
        (#""revision":1,"#, ""),
        (#""urgent":false"#, #""urgent":fals"#),
        (#""createdAt":"2018-11-20T08:00:00Z""#, #""createdAt":"2018-02-30T08:00:00Z""#),
        (#""kind":"duplicate""#, #""kind":"unknown""#),
        (#""text":"note""#, #""txt":"note""#),
        ("}", "},"),
        (#""detail":"已答复""#, "\"detail\":\"\u{01}"),
        (#""detail":"已答复""#, #""detail":3"#),
        (#""seq":3"#, #""seq":3.5"#),
        (#""actor":"wang","#, ""),
        (#""at":"2018"#, #""at":"2018-13"#),
        (#""level":""#, #""levels":""#),
        (#""level":""#, #""level":"x"#),
        (#""level":""#, #""level":""#+"\u{212A}"),
        (#""urgent":false"#, #""urgen":false"#),
        (#""levelStartedAt":"#, #""levelStartedAtX":"#),
    ])
    func refusesWhatJSONDecoderRefuses(target: String, replacement: String) throws {
        let json = try Self.ticketJSON(Self.replacing(target, replacement))
        #expect(Self.decoded(Ticket.self, json) == nil)
        #expect(Self.fast(Ticket.self, json) == nil)
    }

    @Test(arguments: [#""title":""#, #""detail":""#, #""actor":""#])
    func invalidUTF8IsNotRepaired(field: String) throws {
        for bytes: [UInt8] in [[0xE4, 0xB8], [0xC0, 0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xFF]] {
            var json = try Self.ticketJSON()
            let start = try #require(json.range(of: Data(field.utf8)))
            json.insert(contentsOf: bytes, at: start.upperBound)
            #expect(Self.decoded(Ticket.self, json) == nil)
            #expect(Self.fast(Ticket.self, json) == nil)
        }
    }

    /// Strings are scanned eight bytes at a time: a quote, an escape, a control character, a byte
    /// beyond ASCII or a malformed one is found at every offset within and across those eight.
    @Test(arguments: [#""title":""#, #""detail":""#])
    func stringsAreCheckedAtEveryOffset(field: String) throws {
        let specials: [[UInt8]] = [Array(#"\""#.utf8), Array(#"\n"#.utf8), [0x01], [0x1F], [0x7F], Array("中".utf8),
                                   Array("é".utf8), [0xFF], [0xE4, 0xB8], [0xC0, 0x80]]
        for offset in 0..<20 {
            for special in specials {
                var json = try Self.ticketJSON()
                let start = try #require(json.range(of: Data(field.utf8)))
                json.insert(contentsOf: Array(repeating: UInt8(ascii: "x"), count: offset) + special + Array("yyyyyyyyyy".utf8),
                            at: start.upperBound)
                let decoded = Self.decoded(Ticket.self, json)
                let read = Self.fast(Ticket.self, json)
                if decoded == nil {
                    #expect(read == nil, "accepted \(special) at \(offset) in \(field)")
                } else if let read {
                    #expect(read == decoded, "read \(special) at \(offset) in \(field) differently")
                }
            }
        }
    }

    /// Repeated long strings come back equal from the table, and a different string of the same
    /// length is not mistaken for one already there.
    @Test func stringTableReturnsEqualStrings() throws {
        let texts = ["已答复居民并提供办事指引", "已答复居民并提供办事指弓", "已答复居民并提供办事指引", String(repeating: "a", count: 40)]
        let json = Data(("[" + texts.map { "\"\($0)\"" }.joined(separator: ",") + "]").utf8)
        let read = json.withUnsafeBytes { raw -> [String]? in
            var reader = JSONReader(raw.bindMemory(to: UInt8.self), strings: StringTable())
            return try? reader.array { reader throws(JSONReader.Unreadable) in try reader.string() }
        }
        #expect(read == texts)
    }
}

/// The reader's UTF-8 check accepts exactly what `String(validating:)` accepts.
@Suite("UTF-8 check")
struct UTF8CheckTests {
    @Test func agreesWithTheStandardLibrary() {
        var generator = SystemRandomNumberGenerator()
        let interesting: [UInt8] = [0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF, 0xE0, 0xE1,
                                    0xEC, 0xED, 0xEE, 0xEF, 0xF0, 0xF1, 0xF3, 0xF4, 0xF5, 0xFF, 0xE4, 0xB8, 0xAD]
        for _ in 0..<50_000 {
            let bytes = (0..<Int.random(in: 0...6, using: &generator)).map { _ in interesting.randomElement(using: &generator)! }
            let expected = String(validating: bytes, as: UTF8.self) != nil
            #expect(bytes.withUnsafeBufferPointer(UTF8Check.isValid) == expected, "\(bytes)")
        }
    }
}
