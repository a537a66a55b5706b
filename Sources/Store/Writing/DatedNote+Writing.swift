import Domain

extension DatedNote: JSONWritable {
    public func write(to out: inout JSONOutput) {
        out.object { out in
            out.fieldIfPresent("actor", actor)
            out.field("at", at)
            out.fieldIfPresent("kind", kind)
            out.field("text", text)
        }
    }
}
