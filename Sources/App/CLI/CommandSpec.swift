/// One subcommand: the options it accepts besides the global ones, and what it does.
public struct CommandSpec: Sendable {
    public var name: String
    public var valued: Set<String>
    public var flags: Set<String>
    /// Whether words that are not options (a subcommand, an id, a file) are passed on to `run`.
    public var takesPositionals: Bool
    public var run: @Sendable (CommandContext) throws -> Int32

    public init(_ name: String, valued: Set<String> = [], flags: Set<String> = [], takesPositionals: Bool = false,
                run: @escaping @Sendable (CommandContext) throws -> Int32) {
        self.name = name
        self.valued = valued
        self.flags = flags
        self.takesPositionals = takesPositionals
        self.run = run
    }
}
