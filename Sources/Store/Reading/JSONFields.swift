import Foundation

/// The keys of one record type for `JSONReader.object`: an enum whose cases are named as the
/// JSON keys (as `Codable` names them), in the order the store writes them (sorted).
protocol JSONFields: CaseIterable, RawRepresentable<Int> {
    static var keys: FieldKeys { get }
}
