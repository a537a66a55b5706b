/// "Small matters stay in the grid, big matters stay in the community": of the tickets resolved,
/// the share resolved at grid level, and the share resolved at grid or community level.
public struct ResolutionShares: Sendable, Hashable {
    public var withinGrid: Ratio
    public var withinCommunity: Ratio

    public init(withinGrid: Ratio, withinCommunity: Ratio) {
        self.withinGrid = withinGrid
        self.withinCommunity = withinCommunity
    }
}
