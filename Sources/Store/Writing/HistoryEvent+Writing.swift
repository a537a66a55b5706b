import Domain

extension HistoryEvent: JSONWritable {
    public func write(to out: inout JSONOutput) {
        out.object { out in
            out.field("actor", actor)
            out.field("at", at)
            out.fieldIfPresent("detail", detail)
            out.field("op", op)
            out.field("seq", seq)
        }
    }
}
