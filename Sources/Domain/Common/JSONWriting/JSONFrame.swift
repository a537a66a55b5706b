/// One object or array being written: its members' encodings one after another in `bytes` and
/// where each ends, or the container a member holds. Members are put in order (sorted keys,
/// separators, indents) only when the whole value is written out, because keys arrive in the
/// order a type encodes them; containers are written once, straight into the output.
final class JSONFrame {
    enum Kind { case object, array, value }

    struct Member {
        var key: String
        /// Where the member's bytes end; they start where the previous member's end.
        var end: Int
        /// The member's object or array, when it is one.
        var nested: JSONFrame?
    }

    var kind: Kind
    /// Nesting depth, for the indent of a pretty encoding.
    var depth: Int
    /// The coding key type of an object, under which its key order is remembered.
    var keyType: ObjectIdentifier?
    var bytes: [UInt8] = []
    var members: [Member] = []

    init(_ kind: Kind, depth: Int) {
        self.kind = kind
        self.depth = depth
    }

    func add(key: String, nested: JSONFrame? = nil) {
        members.append(Member(key: key, end: bytes.count, nested: nested))
    }

    func addNested(key: String, _ kind: Kind, style: JSONStyle) -> JSONFrame {
        let frame = style.frame(kind, depth: depth + 1)
        add(key: key, nested: frame)
        return frame
    }

    /// Empties the frame for another value, keeping its buffers' capacity.
    func reset(_ kind: Kind, depth: Int) {
        self.kind = kind
        self.depth = depth
        keyType = nil
        bytes.removeAll(keepingCapacity: true)
        members.removeAll(keepingCapacity: true)
    }

    func write(into out: inout [UInt8], _ style: JSONStyle) {
        switch kind {
        case .value:
            if let nested = members.first?.nested {
                nested.write(into: &out, style)
            } else if bytes.isEmpty {
                // A value that encoded nothing is an empty object, as in JSONEncoder.
                writeEmpty(0x7B, 0x7D, into: &out, style)
            } else {
                out.append(contentsOf: bytes)
            }
        case .array:
            writeMembers(Array(members.indices), open: 0x5B, close: 0x5D, keyed: false, into: &out, style)
        case .object:
            writeMembers(style.order(of: members, keyType: keyType), open: 0x7B, close: 0x7D, keyed: true, into: &out, style)
        }
    }

    private func writeMembers(_ order: [Int], open: UInt8, close: UInt8, keyed: Bool, into out: inout [UInt8], _ style: JSONStyle) {
        guard !order.isEmpty else { return writeEmpty(open, close, into: &out, style) }
        out.append(open)
        for (position, index) in order.enumerated() {
            if position > 0 { out.append(0x2C) }
            if style.pretty { Self.newline(depth + 1, into: &out) }
            let member = members[index]
            if keyed {
                JSONBytes.string(member.key, into: &out)
                if style.pretty { out.append(contentsOf: [0x20, 0x3A, 0x20]) } else { out.append(0x3A) }
            }
            if let nested = member.nested {
                nested.write(into: &out, style)
            } else {
                let start = index == 0 ? 0 : members[index - 1].end
                out.append(contentsOf: bytes[start..<member.end])
            }
        }
        if style.pretty { Self.newline(depth, into: &out) }
        out.append(close)
    }

    /// `{}`, or JSONEncoder's pretty empty container: the brackets around an empty line.
    private func writeEmpty(_ open: UInt8, _ close: UInt8, into out: inout [UInt8], _ style: JSONStyle) {
        out.append(open)
        if style.pretty {
            out.append(0x0A)
            Self.newline(depth, into: &out)
        }
        out.append(close)
    }

    private static func newline(_ depth: Int, into out: inout [UInt8]) {
        out.append(0x0A)
        out.append(contentsOf: repeatElement(0x20, count: 2 * depth))
    }
}
