import Domain

/// `YYYY-MM`, as `Month.encode(to:)` writes it.
extension Month: JSONWritable {
    public func write(to out: inout JSONOutput) { description.write(to: &out) }
}
