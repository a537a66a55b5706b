import Testing
import TermUI

@Suite struct KeyBarTests {
    let bar = KeyBar(items: [KeyHint(key: "q", label: "退出"), KeyHint(key: "?", label: "帮助"), KeyHint(key: "Tab", label: "切换")])

    @Test func hintsThatDoNotFitAreDroppedWhole() {
        #expect(Screen.boxed(bar, width: 26, height: 1) == "q 退出  ? 帮助  Tab 切换  |")
        #expect(Screen.boxed(bar, width: 24, height: 1) == "q 退出  ? 帮助  Tab 切换|")
        #expect(Screen.boxed(bar, width: 23, height: 1) == "q 退出  ? 帮助         |")
        #expect(Screen.boxed(bar, width: 22, height: 1) == "q 退出  ? 帮助        |")
        #expect(Screen.boxed(bar, width: 13, height: 1) == "q 退出       |")
        #expect(Screen.boxed(bar, width: 5, height: 1) == "     |")
    }

    @Test func keysAndLabelsUseTheirRoles() {
        let theme = Screen.color
        let buffer = Screen.buffer(bar, width: 30, height: 1, theme: theme)
        #expect(buffer[0, 0].style == theme.keyName)
        #expect(buffer[1, 0].style == theme.keyLabel)
        #expect(buffer[2, 0].style == theme.keyLabel)
        #expect(buffer[29, 0].style == theme.keyLabel)
    }
}
