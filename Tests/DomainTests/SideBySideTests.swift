import Foundation
import Testing
@testable import Domain

@Suite("Work side by side")
struct SideBySideTests {
    /// The second piece runs while the first does: the first waits for a signal only the second
    /// gives, which would time out if they ran one after the other.
    @Test func bothRunAtOnceAndBothResultsComeBack() {
        let signal = DispatchSemaphore(value: 0)
        let (waited, second) = sideBySide({ signal.wait(timeout: .now() + 30) == .success }) {
            signal.signal()
            return "second"
        }
        #expect(waited)
        #expect(second == "second")
    }

    /// The first piece may spread its own work over the cores, as the ticket index does.
    @Test func theFirstMaySpreadItsWork() {
        let (squares, sum) = sideBySide({ [Int](concurrently: 8) { $0 * $0 } }) { (1...100).reduce(0, +) }
        #expect(squares == [0, 1, 4, 9, 16, 25, 36, 49])
        #expect(sum == 5050)
    }
}
