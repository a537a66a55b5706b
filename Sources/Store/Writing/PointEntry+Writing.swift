import Domain

extension PointEntry: JSONWritable {
    public func write(to out: inout JSONOutput) {
        out.object { out in
            out.fieldIfPresent("actor", actor)
            out.fieldIfPresent("at", at)
            out.field("delta", delta)
            out.field("month", month)
            out.field("reason", reason)
        }
    }
}
