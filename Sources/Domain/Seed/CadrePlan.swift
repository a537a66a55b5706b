/// How many cadres of each kind to make. The bundled seed takes the reported counts; large
/// benchmark sets keep the same proportions.
struct CadrePlan: Sendable, Equatable {
    var cityCandidates: Int
    var cityAppointed: Int
    var firstBatch: Int
    var districtCandidates: Int

    var total: Int { cityCandidates + districtCandidates }

    /// `total` cadres split like `reported`.
    func scaled(to total: Int) -> CadrePlan {
        guard self.total > 0 else { return CadrePlan(cityCandidates: 0, cityAppointed: 0, firstBatch: 0, districtCandidates: total) }
        func share(_ part: Int, of whole: Int, _ n: Int) -> Int {
            whole == 0 ? 0 : Int((Double(part) * Double(n) / Double(whole)).rounded())
        }
        let city = share(cityCandidates, of: self.total, total)
        let appointed = share(cityAppointed, of: cityCandidates, city)
        return CadrePlan(cityCandidates: city, cityAppointed: appointed,
                         firstBatch: share(firstBatch, of: cityAppointed, appointed),
                         districtCandidates: total - city)
    }
}
