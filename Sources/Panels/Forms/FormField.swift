import Domain
import TermUI

/// One row of a form: a one-line text input or a picker stepped with ← →.
public struct FormField: Equatable, Sendable {
    public enum Kind: Equatable, Sendable {
        case text(TextFieldState)
        case choice([Choice], selected: Int)
    }

    /// The key the reducer reads the value by.
    public var name: String
    public var label: Label
    public var kind: Kind
    public var required: Bool

    public init(_ name: String, _ label: Label, kind: Kind, required: Bool = false) {
        self.name = name
        self.label = label
        self.kind = kind
        self.required = required
    }

    public static func text(_ name: String, _ label: Label, _ initial: String = "", required: Bool = false) -> FormField {
        FormField(name, label, kind: .text(TextFieldState(text: initial)), required: required)
    }

    public static func choice(_ name: String, _ label: Label, _ choices: [Choice], selected: String? = nil) -> FormField {
        let index = selected.flatMap { value in choices.firstIndex { $0.value == value } } ?? 0
        return FormField(name, label, kind: .choice(choices, selected: index))
    }

    /// The text typed, or the value of the chosen option.
    public var value: String {
        switch kind {
        case .text(let state): state.text
        case .choice(let choices, let selected): choices.indices.contains(selected) ? choices[selected].value : ""
        }
    }

    /// Edits the text or steps the picker; false for keys the field does not use.
    public mutating func handle(_ key: Key) -> Bool {
        switch kind {
        case .text(var state):
            guard state.handle(key) else { return false }
            kind = .text(state)
            return true
        case .choice(let choices, let selected):
            guard !choices.isEmpty else { return false }
            let step: Int
            switch key {
            case .right, .char(" "): step = 1
            case .left: step = -1
            default: return false
            }
            kind = .choice(choices, selected: (selected + step + choices.count) % choices.count)
            return true
        }
    }

    /// Sets a picker's options, keeping the chosen value when it is still offered.
    public mutating func replaceChoices(_ choices: [Choice]) {
        let current = value
        kind = .choice(choices, selected: choices.firstIndex { $0.value == current } ?? 0)
    }
}
