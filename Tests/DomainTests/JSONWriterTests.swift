import Foundation
import Testing
@testable import Domain

/// `DomainJSON.encode` writes what `JSONEncoder` with DomainJSON's settings writes, byte for byte,
/// compact and pretty: every record of the seed and of a generated set, every operation, and the
/// corners of the format (escapes, numbers, empty and nested containers, repeated keys).
@Suite("JSON writer")
struct JSONWriterTests {
    private func expectSameBytes<T: Encodable>(_ value: T, _ comment: Comment? = nil,
                                               sourceLocation: SourceLocation = #_sourceLocation) throws {
        for pretty in [false, true] {
            let expected = try DomainJSON.makeEncoder(pretty: pretty).encode(value)
            let written = try DomainJSON.encode(value, pretty: pretty)
            #expect(written == expected, "\(comment.map { "\($0) " } ?? "")pretty \(pretty): \(String(decoding: written.prefix(400), as: UTF8.self)) vs \(String(decoding: expected.prefix(400), as: UTF8.self))",
                    sourceLocation: sourceLocation)
        }
    }

    @Test("every record of the seed and of a generated set, one by one and as whole arrays")
    func datasets() throws {
        let reference = Timestamp.date(year: 2018, month: 11, day: 20)
        for dataset in [try Dataset.seedDataset(reference: reference),
                        Dataset.generate(tickets: 3_000, cadres: 400, seed: 11, reference: reference)] {
            try expectSameBytes(dataset)
            for ticket in dataset.tickets.prefix(500) { try expectSameBytes(ticket, "\(ticket.id)") }
            for cadre in dataset.cadres.prefix(200) { try expectSameBytes(cadre, "\(cadre.id)") }
            try expectSameBytes(dataset.units)
            try expectSameBytes(dataset.workers)
            try expectSameBytes(dataset.talent)
            try expectSameBytes(dataset.figures)
        }
    }

    @Test("every operation, as a change and as a journal-shaped line")
    func operations() throws {
        for operation in OperationCodingTests.everyOperation {
            try expectSameBytes(Change(recordID: "T-000001", expectedRevision: 3, operation: operation), "\(operation.name)")
        }
    }

    struct Corners: Encodable {
        var text: String
        var number: Double
        var small: Float = 0.1
        var whole: Int
        var tiny: Int8 = -7
        var big: UInt64 = .max
        var flag = false
        var missing: String?
        var empty: [Int] = []
        var emptyObject: [String: Int] = [:]
        var keys: [String: Int] = ["b": 1, "a": 2, "B": 3, "é": 4, "aa": 5, "": 6, "中": 7]
        var when = Date(timeIntervalSince1970: 1_541_030_400.25)
        var nested: [[Corners]] = []

        enum CodingKeys: String, CodingKey {
            case text, number, small, whole, tiny, big, flag, missing, empty, emptyObject, keys, when, nested
            case wrapped, list, parent
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(text, forKey: .text)
            try container.encode(number, forKey: .number)
            try container.encode(small, forKey: .small)
            try container.encode(whole, forKey: .whole)
            try container.encode(tiny, forKey: .tiny)
            try container.encode(big, forKey: .big)
            try container.encode(flag, forKey: .flag)
            try container.encodeIfPresent(missing, forKey: .missing)
            try container.encode(empty, forKey: .empty)
            try container.encode(emptyObject, forKey: .emptyObject)
            try container.encode(keys, forKey: .keys)
            try container.encode(when, forKey: .when)
            try container.encode(nested, forKey: .nested)
            var wrapped = container.nestedContainer(keyedBy: CodingKeys.self, forKey: .wrapped)
            try wrapped.encode(whole, forKey: .whole)
            try wrapped.encodeNil(forKey: .missing)
            var list = container.nestedUnkeyedContainer(forKey: .list)
            try list.encode("x")
            try list.encode(2.5)
            var inner = list.nestedUnkeyedContainer()
            try inner.encode(true)
            try list.encodeNil()
            try ["base": whole].encode(to: container.superEncoder(forKey: .parent))
            try 7.encode(to: list.superEncoder())
            // A key given twice keeps the last value.
            try container.encode(whole / 2, forKey: .whole)
        }
    }

    @Test("escapes, numbers, empty and nested containers, super encoders, a repeated key")
    func corners() throws {
        var controls = ""
        for code in 0..<0x20 { controls.unicodeScalars.append(Unicode.Scalar(UInt8(code))) }
        let text = controls + "\"\\/\u{7F}\u{85}\u{2028}é中😀 \r\n"
        let numbers: [Double] = [1, 0.1, 1e-7, 1e21, 1e16, 123_456_789_012_345_680, -0.0, 3.141_59, 2.5e-5, 1e300, -12_345.678]
        for (index, number) in numbers.enumerated() {
            let leaf = Corners(text: "", number: -number, whole: Int.min)
            try expectSameBytes(Corners(text: text, number: number, whole: index == 0 ? Int.max : -index, missing: index == 1 ? "有" : nil,
                                        nested: [[], [leaf, leaf]]))
        }
        try expectSameBytes("top level")
        try expectSameBytes([Int]())
        try expectSameBytes([[String: [Int]]()])
    }

    @Test("NaN is refused, as JSONEncoder refuses it, naming where it is")
    func notANumber() {
        #expect(throws: EncodingError.self) { try DomainJSON.encode(["x": [Double.nan]]) }
    }
}
