import Testing
@testable import Domain

@Suite("Number text")
struct NumberTextTests {
    @Test(arguments: [
        (700_000.0, "70万", "700,000"), (266_000, "26.6万", "266,000"), (21_000, "2.1万", "21,000"),
        (1.9e12, "1.9万亿", "1.9 trillion"), (4.66e10, "466亿", "46.6 billion"), (85.1, "85.1", "85.1"),
        (1_350, "1350", "1,350"), (1_108, "1108", "1,108"), (0, "0", "0"), (-3.5, "-3.5", "-3.5"),
        (2_500_000, "250万", "2.5 million"),
    ])
    func formats(_ value: Double, _ zh: String, _ en: String) {
        #expect(NumberText.format(value, .zh) == zh)
        #expect(NumberText.format(value, .en) == en)
    }
}
