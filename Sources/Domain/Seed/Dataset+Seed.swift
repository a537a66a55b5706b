import Foundation

extension Dataset {
    /// The bundled default data set: every reported figure of the article, plus synthetic tickets
    /// (live relative to `reference`), cadres matching the reported pool counts, report cards and
    /// talent series, all from `seeds/` as compiled into the binary.
    public static func seedDataset(reference: Date) throws(SeedError) -> Dataset {
        let seed = try BundledSeed.shared.get()
        let plan = try seed.reportedCadrePlan()
        return try build(seed: seed, tickets: seed.config.tickets, plan: plan, randomSeed: seed.config.seed,
                         reference: reference)
    }

    /// A large synthetic data set for benchmarks and load tests: `tickets` tickets and `cadres`
    /// cadres in the seed's proportions. The same arguments give byte-identical JSON.
    ///
    /// The bundled seed is compiled in and checked by the tests, so it is treated as a constant here.
    /// `units` and `months` scale the report cards: nil keeps the seed's 32 units and 12 months.
    public static func generate(tickets: Int, cadres: Int, seed: UInt64, reference: Date, units: Int? = nil, months: Int? = nil) -> Dataset {
        do {
            let bundled = try BundledSeed.shared.get()
            let plan = try bundled.reportedCadrePlan().scaled(to: cadres)
            return try build(seed: bundled, tickets: tickets, plan: plan, randomSeed: seed, reference: reference, units: units, months: months)
        } catch {
            preconditionFailure("the bundled seed is invalid: \(error)")
        }
    }

    private static func build(seed: BundledSeed, tickets ticketCount: Int, plan: CadrePlan, randomSeed: UInt64,
                              reference rawReference: Date, units unitCount: Int? = nil, months: Int? = nil) throws(SeedError) -> Dataset {
        let reference = Timestamp.normalized(rawReference)
        let config = seed.config
        guard let article = Timestamp.parse(config.article) else {
            throw SeedError(file: "generator.json", message: "article is not a date: \(config.article)")
        }
        // Independent streams, so changing the number of tickets does not reshuffle the cadres.
        var geographyRandom = SeededRandom(seed: randomSeed)
        var ticketRandom = SeededRandom(seed: randomSeed &+ 1)
        var cadreRandom = SeededRandom(seed: randomSeed &+ 2)
        var unitRandom = SeededRandom(seed: randomSeed &+ 3)
        var talentRandom = SeededRandom(seed: randomSeed &+ 4)

        var names = PersonNames(config: config)
        let geography = Geography(config: config, names: &names, random: &geographyRandom)
        let tickets = TicketSimulator(config: config, geography: geography, names: names, reference: reference)
            .make(count: ticketCount, random: &ticketRandom)
        let cadres = CadreGenerator(
            config: config, names: names, plan: plan, surveyStart: try seed.date(of: "cadres.city_candidates", since: true),
            firstBatchDate: try seed.date(of: "cadres.first_batch", since: false).addingTimeInterval(3600),
            firstBatchAges: Int(try seed.reported.figure("cadres.first_batch_min_age"))...Int(try seed.reported.figure("cadres.first_batch_max_age")),
            article: article
        ).make(random: &cadreRandom)
        let units = UnitGenerator(config: config, lastMonth: Month(containing: article).adding(months: -1),
                                  count: unitCount, months: months ?? config.reportCardMonths)
            .make(random: &unitRandom)
        let talent = seed.reported.talent.map { TalentSeries.indicator($0, random: &talentRandom) }
        return Dataset(referenceDate: reference, tickets: tickets, cadres: cadres, units: units, talent: talent,
                       figures: seed.reported.figures, workers: geography.workers)
    }
}

extension BundledSeed {
    /// The pool counts as the article reports them.
    func reportedCadrePlan() throws(SeedError) -> CadrePlan {
        CadrePlan(cityCandidates: Int(try reported.figure("cadres.city_candidates")),
                  cityAppointed: Int(try reported.figure("cadres.city_appointed")),
                  firstBatch: Int(try reported.figure("cadres.first_batch")),
                  districtCandidates: Int(try reported.figure("cadres.district_candidates")))
    }

    /// The date of a reported figure (`asOf`, or `since` when asked), as the start of that day/month.
    func date(of id: String, since: Bool) throws(SeedError) -> Date {
        let figure = reported.figures.first { $0.id == id }
        let text = since ? figure?.since : figure?.asOf
        guard let text else { throw SeedError(file: "reported.json", message: "missing date of \(id)") }
        if let month = Month(text) { return month.start }
        guard let date = Timestamp.parse(text) else {
            throw SeedError(file: "reported.json", message: "\(id): not a date: \(text)")
        }
        return date
    }
}
