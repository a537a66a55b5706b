/// The cadre whose record is open, and how far it is scrolled.
public struct CadreDetailState: Equatable, Sendable {
    public var cadreID: String
    public var scroll: Int

    public init(cadreID: String, scroll: Int = 0) {
        self.cadreID = cadreID
        self.scroll = scroll
    }
}
