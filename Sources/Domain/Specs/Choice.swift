/// One option of a picker: what it shows and the value it stands for (an id, a raw value, or
/// empty for "any"). Shared by operation specs, on-screen forms and the command line.
public struct Choice: Equatable, Sendable {
    public var label: Label
    public var value: String

    public init(_ label: Label, value: String) {
        self.label = label
        self.value = value
    }

    public init(_ text: String, value: String) {
        self.init(Label(zh: text, en: text), value: value)
    }
}
