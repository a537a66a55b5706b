import Domain

/// An enumeration the fast reader matches by its raw value's bytes: against its cases' names, held
/// as `FieldKeys`, rather than by making a string and running the standard library's string
/// switch (3% of the instructions of opening 100,000 tickets).
protocol JSONEnumeration: CaseIterable, RawRepresentable<String> where AllCases == [Self] {
    /// The cases' raw values, in `allCases` order: `FieldKeys(rawValuesOf: Self.self)`.
    static var rawValueKeys: FieldKeys { get }
}

extension AccountabilityStep: JSONEnumeration { static let rawValueKeys = FieldKeys(rawValuesOf: Self.self) }
extension CadrePool: JSONEnumeration { static let rawValueKeys = FieldKeys(rawValuesOf: Self.self) }
extension CadreStage: JSONEnumeration { static let rawValueKeys = FieldKeys(rawValuesOf: Self.self) }
extension FigureArea: JSONEnumeration { static let rawValueKeys = FieldKeys(rawValuesOf: Self.self) }
extension FigureQualifier: JSONEnumeration { static let rawValueKeys = FieldKeys(rawValuesOf: Self.self) }
extension Gender: JSONEnumeration { static let rawValueKeys = FieldKeys(rawValuesOf: Self.self) }
extension ReportCard: JSONEnumeration { static let rawValueKeys = FieldKeys(rawValuesOf: Self.self) }
extension Source: JSONEnumeration { static let rawValueKeys = FieldKeys(rawValuesOf: Self.self) }
extension TalentProject: JSONEnumeration { static let rawValueKeys = FieldKeys(rawValuesOf: Self.self) }
extension TicketCategory: JSONEnumeration { static let rawValueKeys = FieldKeys(rawValuesOf: Self.self) }
extension TicketLevel: JSONEnumeration { static let rawValueKeys = FieldKeys(rawValuesOf: Self.self) }
extension TicketStatus: JSONEnumeration { static let rawValueKeys = FieldKeys(rawValuesOf: Self.self) }
extension UnitKind: JSONEnumeration { static let rawValueKeys = FieldKeys(rawValuesOf: Self.self) }
