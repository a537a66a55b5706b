import Domain

extension TicketRating: JSONWritable {
    public func write(to out: inout JSONOutput) {
        out.object { out in
            out.field("at", at)
            out.fieldIfPresent("comment", comment)
            out.field("score", score)
        }
    }
}
