import Foundation
import Testing
@testable import NcursesBackend

@Suite struct CrashGuardTests {
    @Test func trapRestoresTheTerminalAndStillDiesBySIGILL() async {
        let result = await #expect(processExitsWith: .signal(SIGILL), observing: [\.standardOutputContent]) {
            CrashGuard.install()
            let empty: [Int] = []
            _ = empty[Int(getpid() % 1) + 1]
        }
        let restore = Array("\u{1b}[?1049l".utf8)
        #expect(result.map { $0.standardOutputContent.contains(restore) } == true)
    }

    @Test func abortRestoresTheTerminalAndStillDiesBySIGABRT() async {
        let result = await #expect(processExitsWith: .signal(SIGABRT), observing: [\.standardOutputContent]) {
            CrashGuard.install()
            abort()
        }
        let restore = Array("\u{1b}[?25h".utf8)
        #expect(result.map { $0.standardOutputContent.contains(restore) } == true)
    }
}
