import Foundation
import Testing
@testable import Store

@Suite("JSON locator")
struct JSONLocatorTests {
    private func error(_ text: String) -> String? {
        let data = Data(text.utf8)
        return JSONLocator.syntaxError(in: data).map { error in
            let (line, column) = JSONLocator.lineAndColumn(of: error.offset, in: data)
            return "\(line):\(column): \(error.message)"
        }
    }

    @Test func validJSONHasNoError() {
        #expect(error(#"{"a":[1,-2.5e3,true,false,null,"\u00e9\ud83d\ude00",{}],"b":"中文"}"#) == nil)
    }

    @Test(arguments: [
        ("{\"a\":1,\n \"b\" 2}", "2:6: expected ':' after the key, found '2'"),
        ("{\"名字\":\"值\"x}", "1:10: expected ',' or '}' in an object, found 'x'"),
        ("[1,2,]", "1:6: expected a value, found ']'"),
        ("{\"a\":01}", "1:7: expected ',' or '}' in an object, found '1'"),
        ("{\"a\":\"\\q\"}", "1:8: invalid escape in a string, found 'q'"),
        ("{\"a\":\"x", "1:8: unterminated string, found end of file"),
        ("{} {}", "1:4: unexpected content after the end of the JSON value"),
        ("", "1:1: expected a value, found end of file"),
    ])
    func syntaxErrorsAreLocated(text: String, expected: String) {
        #expect(error(text) == expected)
    }

    @Test func codingPathsAreFound() throws {
        let data = Data(#"{"dataset":{"tickets":[{"id":"T-1","status":"a"},{"id":"T-2","status":"zz"}]}}"#.utf8)
        let path: [any CodingKey] = [JSONKey("dataset"), JSONKey("tickets"), Index(1), JSONKey("status")]
        let offset = try #require(JSONLocator.offset(of: path, in: data))
        #expect(data[offset...].starts(with: Data(#""zz""#.utf8)))
        #expect(JSONLocator.string(at: Array(path.dropLast()) + [JSONKey("id")], in: data) == "T-2")
    }

    @Test func decodingFailureNamesRecordFieldAndPlace() {
        struct Row: Decodable { var id: String; var count: Int }
        struct Table: Decodable { var rows: [Row] }
        let text = "{\"rows\":[\n{\"id\":\"R-1\",\"count\":1},\n{\"id\":\"R-2\",\"count\":\"many\"}]}"
        let data = Data(text.utf8)
        do {
            _ = try JSONDecoder().decode(Table.self, from: data)
            Issue.record("decoded")
        } catch {
            let message = DecodingFailure.message(for: error, in: data, file: "t.json").en
            #expect(message == ("t.json:3:21: record R-2 field count: expected to decode Int but found a string instead"))
        }
    }

    private struct Index: CodingKey {
        var intValue: Int?
        var stringValue: String { "Index \(intValue ?? 0)" }
        init(_ index: Int) { intValue = index }
        init?(stringValue: String) { nil }
        init?(intValue: Int) { self.intValue = intValue }
    }
}
