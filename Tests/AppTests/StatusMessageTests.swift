import Testing
import Domain
import Panels
import TermUI
@testable import App

/// A message longer than the status line is shown whole on as many rows as it needs (up to four),
/// the page giving them up until the next key; a short one keeps its one line.
@Suite("Long messages")
struct StatusMessageTests {
    @Test("a long refusal wraps onto a second row above the key bar, and the next key gives the row back")
    func wraps() {
        var state = Fixture.state(width: 80, height: 24, language: .zh)
        let long = "T-000279 已办结,不能上报升级:只有已上报、已分类、已派单和处理中的工单可以上报升级;请先重新打开再操作,或在备注中说明情况"
        _ = AppReducer.reduce(&state, .showMessage(long))
        #expect(state.layout.status.height == 2 && state.layout.body.height == 20)
        let lines = ScreenRenderer.render(state).buffer.lines()
        #expect(lines[21].hasPrefix(" T-000279 已办结,不能上报升级") && lines[21].hasSuffix("UTC+8"))
        #expect(lines[22].hasPrefix(" ") && (lines[21] + lines[22]).contains("或在备注中说明情况"))
        #expect(lines[23].hasPrefix("? 帮助"))
        #expect(lines[21].contains("已派单和处理中") && lines[22].hasPrefix(" 工单可以上报升级;请先重新打开再操作,或在备注中说明情况"))
        _ = AppReducer.reduce(&state, InputRouter.action(for: .key(.down), state: state, frame: nil) ?? .input(.down))
        #expect(state.message == nil && state.layout.status.height == 1)
        _ = AppReducer.reduce(&state, .showMessage("已保存"))
        #expect(state.layout.status.height == 1)
        _ = AppReducer.reduce(&state, .showMessage(String(repeating: "很长的消息", count: 80)))
        #expect(state.layout.status.height == 4)
        #expect(ScreenRenderer.render(state).buffer.lines()[22].hasSuffix("…"))
    }
}
