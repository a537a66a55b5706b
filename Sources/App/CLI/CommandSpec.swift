/// One subcommand: the options it accepts besides the global ones, and what it does.
public struct CommandSpec: Sendable {
    public var name: String
    public var valued: Set<String>
    public var flags: Set<String>
    public var run: @Sendable (CommandContext) throws -> Int32

    public init(_ name: String, valued: Set<String> = [], flags: Set<String> = [], run: @escaping @Sendable (CommandContext) throws -> Int32) {
        self.name = name
        self.valued = valued
        self.flags = flags
        self.run = run
    }
}
