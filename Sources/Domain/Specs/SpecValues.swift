import Foundation

/// The values a form or a command line gathered for an operation, by field name, as text.
/// Reading one checks it against its field and says what is wrong in both languages.
public struct SpecValues: Sendable {
    public var values: [String: String]
    let fields: [FieldSpec]

    init(_ values: [String: String], fields: [FieldSpec]) {
        self.values = values
        self.fields = fields
    }

    private func field(_ name: String) -> FieldSpec {
        fields.first { $0.name == name } ?? FieldSpec(name, option: nil, metavar: name.uppercased(), Label(zh: name, en: name))
    }

    /// The text, trimmed only of nothing: the domain's rules decide what blank means.
    public func text(_ name: String) -> String { values[name] ?? "" }

    /// The text, refused when blank: for a field the form may leave empty but the operation needs
    /// (a duplicate's original, picked or typed).
    public func nonBlank(_ name: String) throws(SpecError) -> String {
        let value = text(name).trimmingCharacters(in: .whitespaces)
        guard value.isEmpty else { return value }
        let spec = field(name)
        throw SpecError(field: spec, Label(zh: "请选择或填写\(spec.label.zh)", en: "choose or type the \(spec.label.en.lowercased())"))
    }

    /// The text, or nil when left empty.
    public func optionalText(_ name: String) -> String? {
        let value = text(name)
        return value.isEmpty ? nil : value
    }

    public func integer(_ name: String) throws(SpecError) -> Int {
        let spec = field(name)
        guard case .integer(let range) = spec.kind else { return Int(text(name)) ?? 0 }
        guard let value = Int(text(name).trimmingCharacters(in: .whitespaces)), range.contains(value) else {
            throw SpecError(field: spec, Label(zh: "\(spec.label.zh)须为 \(range.lowerBound) 到 \(range.upperBound) 的整数",
                                               en: "\(spec.label.en.lowercased()) takes a whole number from \(range.lowerBound) to \(range.upperBound)"))
        }
        return value
    }

    public func decimal(_ name: String) throws(SpecError) -> Double {
        let spec = field(name)
        guard case .decimal(let range) = spec.kind else { return Double(text(name)) ?? 0 }
        guard let value = Double(text(name).trimmingCharacters(in: .whitespaces)), value.isFinite, range.contains(value) else {
            let low = NumberText.plain(range.lowerBound, grouped: false), high = NumberText.plain(range.upperBound, grouped: false)
            throw SpecError(field: spec, Label(zh: "\(spec.label.zh)须为 \(low) 到 \(high) 的数", en: "\(spec.label.en.lowercased()) takes a number from \(low) to \(high)"))
        }
        return value
    }

    public func month(_ name: String) throws(SpecError) -> Month {
        let spec = field(name)
        guard let month = Month(text(name).trimmingCharacters(in: .whitespaces)) else {
            throw SpecError(field: spec, Label(zh: "\(spec.label.zh)须写作 YYYY-MM,如 2018-09", en: "\(spec.label.en.lowercased()) takes YYYY-MM, e.g. 2018-09"))
        }
        return month
    }

    /// A choice's raw value as the enum it stands for.
    public func choice<T: RawRepresentable>(_ name: String, _: T.Type) throws(SpecError) -> T where T.RawValue == String {
        guard let value = T(rawValue: text(name)) else {
            let spec = field(name)
            throw SpecError(field: spec, Label(zh: "请选择\(spec.label.zh)", en: "choose the \(spec.label.en.lowercased())"))
        }
        return value
    }
}

/// A value that does not fit its field, in both languages.
public struct SpecError: Error, Sendable {
    public var field: FieldSpec
    public var message: Label

    public init(field: FieldSpec, _ message: Label) {
        self.field = field
        self.message = message
    }
}
