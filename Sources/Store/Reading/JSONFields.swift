import Foundation

/// The keys of one record type for `JSONReader.object`: an enum whose raw values are the JSON
/// keys (as `Codable` names them), in the order the store writes them (sorted).
protocol JSONFields: CaseIterable, RawRepresentable<String> where AllCases == [Self] {
    /// `FieldKeys(rawValuesOf: Self.self)`.
    static var keys: FieldKeys { get }
}
