/// A key and what it does, for key bars and the help overlay.
public struct KeyHint: Equatable, Sendable {
    public var key: String
    public var label: String

    public init(key: String, label: String) {
        self.key = key
        self.label = label
    }
}
