import Domain

extension History: JSONWritable {
    public func write(to out: inout JSONOutput) { out.array(self) }
}
