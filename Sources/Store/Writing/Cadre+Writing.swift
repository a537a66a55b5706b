import Domain

/// A cadre as its synthesized `Encodable` writes it: keys sorted, nil fields left out.
extension Cadre: JSONWritable {
    public func write(to out: inout JSONOutput) {
        out.object { out in
            out.field("accountability", accountability)
            out.fieldIfPresent("appointedAt", appointedAt)
            out.field("birthYear", birthYear)
            out.field("discoveredAt", discoveredAt)
            out.fieldIfPresent("district", district)
            out.fieldIfPresent("exitReason", exitReason)
            out.field("faultTolerance", faultTolerance)
            out.field("firstBatch", firstBatch)
            out.field("gender", gender)
            out.field("history", history)
            out.field("id", id)
            out.field("monthlyPoints", monthlyPoints)
            out.field("name", name)
            out.field("pool", pool)
            out.fieldIfPresent("post", post)
            out.field("revision", revision)
            out.field("scores", scores)
            out.field("source", source)
            out.field("stage", stage)
            out.field("unit", unit)
            out.fieldIfPresent("updatedAt", updatedAt)
            out.fieldIfPresent("updatedBy", updatedBy)
            out.field("warnings", warnings)
        }
    }
}
