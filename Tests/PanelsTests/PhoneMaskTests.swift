import Testing
import Panels

/// Middle digits hidden, at least four when the number has eight or more, the same whether the
/// number is plain ASCII (the fast path) or not.
@Suite("Phone mask")
struct PhoneMaskTests {
    @Test("mobile, landline, short, empty and non-ASCII numbers", arguments: [
        ("13800001234", "138****1234"),
        ("027-88886666", "027*****6666"),
        ("88886666", "****6666"),
        ("8888666", "***8666"),
        ("12345", "*2345"),
        ("1234", "****"),
        ("", ""),
        ("１３８００００１２３４", "１３８****１２３４"),
        ("+86 138 0000 1234", "+86**********1234"),
        ("138\r\n00001234", "138*****1234"),
    ])
    func masks(phone: String, shown: String) {
        #expect(PhoneMask.masked(phone) == shown)
    }
}
