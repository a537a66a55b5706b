import Foundation
import Testing
@testable import Domain

@Suite("Operation JSON")
struct OperationCodingTests {
    private func json(_ value: some Encodable) throws -> String {
        String(decoding: try DomainJSON.makeEncoder().encode(value), as: UTF8.self)
    }

    @Test func escalateEncodesAsOpAndFlatFields() throws {
        #expect(try json(Domain.Operation.escalate(reason: "需要街道协调")) == #"{"fields":{"reason":"需要街道协调"},"op":"escalate"}"#)
    }

    @Test func operationWithoutFieldsEncodesEmptyObject() throws {
        #expect(try json(Domain.Operation.claim) == #"{"fields":{},"op":"claim"}"#)
    }

    @Test func createFlattensLocation() throws {
        let op = Domain.Operation.create(NewTicket(
            title: "路灯不亮", description: "三栋门口", urgent: true,
            location: TicketLocation(district: "江岸区", street: "大智街", community: "三阳社区", grid: "第1网格"),
            reporterName: "王芳", reporterPhone: "13800000000"))
        #expect(try json(op) == #"{"fields":{"community":"三阳社区","description":"三栋门口","district":"江岸区","grid":"第1网格","reporter_name":"王芳","reporter_phone":"13800000000","street":"大智街","title":"路灯不亮","urgent":true},"op":"create"}"#)
    }

    @Test func changeEncodesRecordAndRevision() throws {
        let change = Change(recordID: "T-000123", expectedRevision: 4, operation: .rate(score: 2, comment: nil))
        #expect(try json(change) == #"{"expectedRevision":4,"operation":{"fields":{"score":2},"op":"rate"},"recordID":"T-000123"}"#)
    }

    static let everyOperation: [Domain.Operation] = [
        .create(NewTicket(title: "t", description: "d", location: TicketLocation(district: "a", street: "b", community: "c", grid: "g"),
                          reporterName: "n", reporterPhone: "p")),
        .classify(category: .neighbourDispute, level: .community), .assign(to: "W-0001"), .claim, .start,
        .escalate(reason: "r"), .resolve(note: "n"), .rate(score: 4, comment: "好"), .rate(score: 1, comment: nil),
        .reopen(reason: "r"), .closeDuplicate(of: "T-000001"), .closeInvalid(reason: "r"), .note(text: "t"),
        .review, .appoint(post: "p"), .startPost, .addPoints(month: Month(year: 2018, month: 10), delta: -3, reason: "r"),
        .warn(text: "w"), .recordAccountability(text: "a"), .recordFaultTolerance(text: "f"), .promote, .keep,
        .adjustDown(reason: "r"), .remove(reason: "r"),
        .setReportCard(month: Month(year: 2018, month: 9), card: .ruleOfLaw, score: 88.5),
    ]

    @Test(arguments: everyOperation)
    func roundTrips(_ op: Domain.Operation) throws {
        let data = try DomainJSON.makeEncoder().encode(op)
        #expect(try DomainJSON.makeDecoder().decode(Domain.Operation.self, from: data) == op)
    }

    @Test func fieldlessOperationMayOmitFields() throws {
        let op = try DomainJSON.makeDecoder().decode(Domain.Operation.self, from: Data(#"{"op":"start_post"}"#.utf8))
        #expect(op == .startPost)
    }

    @Test func unknownOperationFailsToDecode() {
        #expect(throws: DecodingError.self) {
            try DomainJSON.makeDecoder().decode(Domain.Operation.self, from: Data(#"{"op":"explode","fields":{}}"#.utf8))
        }
    }

    @Test func unknownEnumValueFailsToDecode() {
        #expect(throws: DecodingError.self) {
            try DomainJSON.makeDecoder().decode(
                Domain.Operation.self, from: Data(#"{"op":"classify","fields":{"category":"aliens","level":"grid"}}"#.utf8))
        }
    }
}
