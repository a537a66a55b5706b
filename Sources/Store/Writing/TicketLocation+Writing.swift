import Domain

extension TicketLocation: JSONWritable {
    public func write(to out: inout JSONOutput) {
        out.object { out in
            out.field("community", community)
            out.field("district", district)
            out.field("grid", grid)
            out.field("street", street)
        }
    }
}
