import Domain
import TermUI

/// The user's key overrides by binding id (from the settings file), applied to every binding
/// before the key bar, the help, the palette or a key press reads it.
public struct KeyMap: Equatable, Sendable {
    public var overrides: [String: [Key]]

    public init(overrides: [String: [Key]] = [:]) {
        self.overrides = overrides
    }

    public static let standard = KeyMap()

    /// The bindings with their keys as the user set them.
    public func apply<Command>(_ bindings: [Binding<Command>]) -> [Binding<Command>] {
        guard !overrides.isEmpty else { return bindings }
        return bindings.map { binding in
            var binding = binding
            if let keys = overrides[binding.id] { binding.keys = keys }
            return binding
        }
    }

    /// The binding a key runs among those that work now.
    public static func binding<Command>(for key: Key, in bindings: [Binding<Command>]) -> Binding<Command>? {
        bindings.first { $0.keys.contains(key) }
    }
}
