import Testing
import TermUI

@Suite struct LayoutTests {
    let area = Rect(x: 2, y: 1, width: 80, height: 24)

    @Test func fixedAndProportionalParts() {
        let parts = Layout.split(area, .vertical, [.fixed(1), .proportional(1), .fixed(1)])
        #expect(parts == [Rect(x: 2, y: 1, width: 80, height: 1), Rect(x: 2, y: 2, width: 80, height: 22), Rect(x: 2, y: 24, width: 80, height: 1)])
    }

    @Test func weightsShareTheRestAndTheLastTakesTheRemainder() {
        let parts = Layout.split(Rect(x: 0, y: 0, width: 10, height: 1), .horizontal, [.proportional(1), .proportional(2)])
        #expect(parts.map(\.width) == [3, 7])
        #expect(parts.map(\.x) == [0, 3])
    }

    @Test func spacingAndMinimum() {
        let parts = Layout.split(Rect(x: 0, y: 0, width: 21, height: 1), .horizontal, [.min(5), .proportional(1)], spacing: 1)
        #expect(parts.map(\.width) == [12, 8])
        #expect(parts.map(\.x) == [0, 13])
    }

    @Test func tooLittleSpaceNeverGoesNegative() {
        let parts = Layout.split(Rect(x: 0, y: 0, width: 3, height: 1), .horizontal, [.fixed(2), .fixed(5), .proportional(1)], spacing: 1)
        #expect(parts.map(\.width) == [1, 0, 0])
        #expect(Layout.split(.zero, .vertical, [.fixed(3), .proportional(1)]).allSatisfy { $0.isEmpty })
        #expect(Layout.split(area, .vertical, []).isEmpty)
    }

    @Test func rectHelpers() {
        let r = Rect(x: 1, y: 1, width: 10, height: 4)
        #expect(r.inset(by: 1) == Rect(x: 2, y: 2, width: 8, height: 2))
        #expect(r.inset(by: 5).isEmpty)
        #expect(r.centered(width: 4, height: 2) == Rect(x: 4, y: 2, width: 4, height: 2))
        #expect(r.centered(width: 40, height: 20) == r)
        #expect(r.intersection(Rect(x: 8, y: 0, width: 10, height: 2)) == Rect(x: 8, y: 1, width: 3, height: 1))
        #expect(r.intersection(Rect(x: 50, y: 50, width: 1, height: 1)).isEmpty)
        #expect(r.row(3) == Rect(x: 1, y: 4, width: 10, height: 1))
        #expect(r.row(4).isEmpty)
        #expect(Rect(x: 0, y: 0, width: -3, height: 2).width == 0)
    }
}
