import CNcurses
import Testing
import TermUI
@testable import NcursesBackend

@Suite struct MouseDecoderTests {
    @Test func clicksAndWheel() {
        #expect(MouseDecoder.event(buttons: zg_button1_pressed(), x: 3, y: 4) == MouseEvent(kind: .leftPress, x: 3, y: 4))
        #expect(MouseDecoder.event(buttons: zg_button1_clicked(), x: 0, y: 0)?.kind == .leftPress)
        #expect(MouseDecoder.event(buttons: zg_button1_released(), x: 0, y: 0)?.kind == .leftRelease)
        #expect(MouseDecoder.event(buttons: zg_button3_pressed(), x: 0, y: 0)?.kind == .rightPress)
        #expect(MouseDecoder.event(buttons: zg_button4_pressed(), x: 0, y: 0)?.kind == .wheelUp)
        #expect(MouseDecoder.event(buttons: zg_button5_pressed(), x: 0, y: 0)?.kind == .wheelDown)
    }

    @Test func otherButtonsAreDropped() {
        #expect(MouseDecoder.event(buttons: 0, x: 0, y: 0) == nil)
        #expect(MouseDecoder.event(buttons: zg_report_mouse_position(), x: 0, y: 0) == nil)
    }
}
