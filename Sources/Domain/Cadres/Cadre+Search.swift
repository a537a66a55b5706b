extension Cadre {
    /// What the pool's search looks in: the name, id, unit and post.
    public var searchFields: [String] { [name, id, unit, post ?? ""] }
}
