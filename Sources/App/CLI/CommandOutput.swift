import Foundation

/// Where a command writes: standard output and standard error, swappable in tests.
public struct CommandOutput: Sendable {
    public var out: @Sendable (String) -> Void
    public var err: @Sendable (String) -> Void
    /// What `out` takes, given as pieces of UTF-8 to be written one after another: a long JSON
    /// output (hundreds of megabytes over 100,000 tickets) is not joined into one string first.
    public var outPieces: @Sendable ([[UInt8]]) -> Void

    public init(out: @escaping @Sendable (String) -> Void, err: @escaping @Sendable (String) -> Void,
                outPieces: (@Sendable ([[UInt8]]) -> Void)? = nil) {
        self.out = out
        self.err = err
        self.outPieces = outPieces ?? { out(String(decoding: Array($0.joined()), as: UTF8.self)) }
    }

    /// The process's standard output and error, each line written whole.
    public static let standard = CommandOutput(
        out: { FileHandle.standardOutput.write(Data(($0 + "\n").utf8)) },
        err: { FileHandle.standardError.write(Data(($0 + "\n").utf8)) },
        outPieces: { pieces in
            for piece in pieces { FileHandle.standardOutput.write(Data(piece)) }
            FileHandle.standardOutput.write(Data("\n".utf8))
        })
}
