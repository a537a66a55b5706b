import Domain

/// The five scores under their criteria's keys (already in sorted order), as `encode(to:)` writes them.
extension CriteriaScores: JSONWritable {
    public func write(to out: inout JSONOutput) {
        out.object { out in
            out.field("loyal_clean", loyalClean)
            out.field("open_minded", openMinded)
            out.field("planning_able", planningAble)
            out.field("responsibility", responsibility)
            out.field("results", results)
        }
    }
}
