import Foundation

/// Synthetic lion-type cadres whose totals match the plan: city candidates, of whom some were
/// appointed to hard posts (the first batch on the first-batch date, with the reported youngest and
/// oldest ages), and district candidates spread over the districts. Each cadre is taken through
/// the real life cycle (`Cadre.perform`) up to the article's date.
struct CadreGenerator {
    let config: GeneratorConfig
    let names: PersonNames
    let plan: CadrePlan
    /// When the survey began, the first batch took office, and the article's date.
    let surveyStart: Date
    let firstBatchDate: Date
    let firstBatchAges: ClosedRange<Int>
    let article: Date
    let rules = LifecycleRules.standard
    /// The least points total a promoted cadre carries, and the total below which a cadre is not kept.
    static let promotionFloor = 5
    static let adjustmentCeiling = -15

    func make(random: inout SeededRandom) -> [Cadre] {
        var cadres: [Cadre] = []
        cadres.reserveCapacity(plan.total)
        let firstBatchYear = Timestamp.civil(firstBatchDate).year
        for i in 0..<plan.cityCandidates {
            let number = cadres.count + 1
            if i < plan.firstBatch {
                // The first two carry the reported extremes, so the range is exactly as reported.
                let age = i == 0 ? firstBatchAges.lowerBound
                    : i == 1 ? firstBatchAges.upperBound
                    : random.int((firstBatchAges.lowerBound + 1)...(firstBatchAges.upperBound - 1))
                let discovered = surveyStart.addingTimeInterval(random.double(0...45) * 86_400)
                cadres.append(make(number: number, pool: .city, district: nil, birthYear: firstBatchYear - age,
                                   firstBatch: true, discoveredAt: discovered,
                                   reviewAt: discovered.addingTimeInterval(random.double(10...30) * 86_400),
                                   appointAt: firstBatchDate, random: &random))
            } else if i < plan.cityAppointed {
                let appoint = firstBatchDate.addingTimeInterval(
                    random.double(30...(article.timeIntervalSince(firstBatchDate) / 86_400 - 14)) * 86_400)
                let review = appoint.addingTimeInterval(-random.double(20...60) * 86_400)
                let discovered = max(surveyStart, review.addingTimeInterval(-random.double(10...40) * 86_400))
                cadres.append(make(number: number, pool: .city, district: nil, birthYear: random.int(1962...1986),
                                   firstBatch: false, discoveredAt: discovered, reviewAt: review, appointAt: appoint,
                                   random: &random))
            } else {
                cadres.append(candidate(number: number, pool: .city, district: nil, random: &random))
            }
        }
        let districts = config.districts
        for _ in 0..<plan.districtCandidates {
            let district = districts[random.weighted(districts.map(\.weight))].zh
            let number = cadres.count + 1
            if random.chance(0.12) {
                let appoint = surveyStart.addingTimeInterval(
                    random.double(90...(article.timeIntervalSince(surveyStart) / 86_400 - 14)) * 86_400)
                let review = appoint.addingTimeInterval(-random.double(20...60) * 86_400)
                let discovered = max(surveyStart, review.addingTimeInterval(-random.double(10...40) * 86_400))
                cadres.append(make(number: number, pool: .district, district: district, birthYear: random.int(1963...1988),
                                   firstBatch: false, discoveredAt: discovered, reviewAt: review, appointAt: appoint,
                                   random: &random))
            } else {
                cadres.append(candidate(number: number, pool: .district, district: district, random: &random))
            }
        }
        return cadres
    }

    private func scores(appointed: Bool, random: inout SeededRandom) -> CriteriaScores {
        let base = random.double(68...90) + (appointed ? 5 : 0)
        var scores = CriteriaScores(loyalClean: 0, openMinded: 0, planningAble: 0, responsibility: 0, results: 0)
        for criterion in Criterion.allCases {
            scores[criterion] = (min(100, max(50, base + random.double(-6...6))) * 10).rounded() / 10
        }
        return scores
    }

    private func unit(pool: CadrePool, district: String?, random: inout SeededRandom) -> String {
        guard pool == .district, let district,
              let streets = config.districts.first(where: { $0.zh == district })?.streets
        else { return random.pick(config.cadreUnits) }
        return district + random.pick(streets) + "道"
    }

    private func base(number: Int, pool: CadrePool, district: String?, birthYear: Int, firstBatch: Bool,
                      appointed: Bool, discoveredAt: Date, random: inout SeededRandom) -> Run {
        let person = names.person(random: &random)
        let actor = random.pick(config.operators)
        let at = Timestamp.normalized(discoveredAt)
        let event = HistoryEvent(seq: 0, actor: actor, at: at, op: HistoryEvent.discoverOp, detail: nil)
        return Run(cadre: Cadre(
            id: Dataset.cadreID(number), updatedBy: actor, updatedAt: at, source: .synthetic, name: person.name,
            gender: person.gender, birthYear: birthYear, unit: unit(pool: pool, district: district, random: &random),
            pool: pool, district: district, firstBatch: firstBatch,
            scores: scores(appointed: appointed, random: &random), discoveredAt: at, history: [event]),
            actor: actor, rules: rules)
    }

    /// A candidate not (yet) appointed: discovered, under review, or taken out after review.
    private func candidate(number: Int, pool: CadrePool, district: String?, random: inout SeededRandom) -> Cadre {
        let span = article.timeIntervalSince(surveyStart) - 7 * 86_400
        let discovered = surveyStart.addingTimeInterval(random.unit() * span)
        var run = base(number: number, pool: pool, district: district, birthYear: random.int(1960...1990),
                       firstBatch: false, appointed: false, discoveredAt: discovered, random: &random)
        if random.chance(0.32) {
            let review = discovered.addingTimeInterval(random.double(7...60) * 86_400)
            if review < article {
                run.step(.review, at: review)
                if random.chance(0.12) {
                    run.step(.remove(reason: "考察未通过"), at: min(article, review.addingTimeInterval(random.double(14...45) * 86_400)))
                }
            }
        }
        return run.cadre
    }

    /// An appointed cadre: review, appointment, posting, monthly points, then maybe an outcome.
    private func make(number: Int, pool: CadrePool, district: String?, birthYear: Int, firstBatch: Bool,
                      discoveredAt: Date, reviewAt: Date, appointAt: Date, random: inout SeededRandom) -> Cadre {
        var run = base(number: number, pool: pool, district: district, birthYear: birthYear, firstBatch: firstBatch,
                       appointed: true, discoveredAt: discoveredAt, random: &random)
        let area = district ?? random.pick(config.districts).zh
        run.step(.review, at: reviewAt)
        run.step(.appoint(post: random.pick(config.posts).replacingOccurrences(of: "{area}", with: area)), at: appointAt)
        let startAt = firstBatch ? appointAt : appointAt.addingTimeInterval(random.double(1...7) * 86_400)
        run.step(.startPost, at: startAt)

        // The outcome of the in-post evaluation, for cadres long enough in post.
        let served = article.timeIntervalSince(startAt) / 86_400
        var outcome: (Operation, Date)?
        if served > 200 {
            let at = article.addingTimeInterval(-random.double(3...60) * 86_400)
            switch random.unit() {
            case ..<0.12: outcome = (.promote, at)
            case ..<0.30: outcome = (.keep, at)
            case ..<0.33: outcome = (.adjustDown(reason: random.pick(config.minusReasons)), at)
            case ..<0.345: outcome = (.remove(reason: random.pick(config.minusReasons)), at)
            default: outcome = nil
            }
        }
        let end = outcome?.1 ?? article
        var inPost: [(at: Date, operation: Operation)] = []
        var month = Month(containing: startAt).adding(months: 1)
        // Points for a month are given in the first days of the next one.
        while month.adding(months: 1).start.addingTimeInterval(6 * 86_400) < end {
            let at = month.adding(months: 1).start.addingTimeInterval(random.double(1...5) * 86_400)
            for _ in 0..<random.weighted([4, 4, 2]) {
                let plus = random.chance(0.62)
                let delta = plus ? random.int(1...8) : -random.int(1...6)
                let reason = random.pick(plus ? config.plusReasons : config.minusReasons)
                inPost.append((at, .addPoints(month: month, delta: delta, reason: reason)))
            }
            month = month.adding(months: 1)
        }
        let postSpan = end.timeIntervalSince(startAt)
        if postSpan > 30 * 86_400 {
            func during() -> Date { startAt.addingTimeInterval(random.double(0.2...0.95) * postSpan) }
            if random.chance(0.08) { inPost.append((during(), .warn(text: random.pick(config.warnings)))) }
            if random.chance(0.02) { inPost.append((during(), .recordAccountability(kind: .talk, text: random.pick(config.accountability)))) }
            if random.chance(0.03) { inPost.append((during(), .recordFaultTolerance(text: random.pick(config.faultTolerance)))) }
        }
        // The outcome follows the record: no promotion on a poor points total, and a cadre kept on
        // a very poor one is adjusted down for its worst month's reason (no further random draws,
        // so the rest of the data set stays as it was).
        let total = inPost.reduce(0) { sum, entry in
            if case .addPoints(_, let delta, _) = entry.operation { return sum + delta }
            return sum
        }
        let worst = inPost.compactMap { entry -> (Int, String)? in
            if case .addPoints(_, let delta, let reason) = entry.operation, delta < 0 { return (delta, reason) }
            return nil
        }.min { $0.0 < $1.0 }?.1
        if case (.promote, let at)? = outcome, total < Self.promotionFloor { outcome = (.keep, at) }
        if case (.keep, let at)? = outcome, total < Self.adjustmentCeiling, let worst { outcome = (.adjustDown(reason: worst), at) }
        // History in time order; equal times keep the order they were made in.
        let ordered = inPost.enumerated().sorted { ($0.element.at, $0.offset) < ($1.element.at, $1.offset) }
        for (_, entry) in ordered { run.step(entry.operation, at: entry.at) }
        if let (operation, at) = outcome { run.step(operation, at: at) }
        return run.cadre
    }

    private struct Run {
        var cadre: Cadre
        let actor: String
        let rules: LifecycleRules

        mutating func step(_ operation: Operation, at rawAt: Date) {
            let at = Timestamp.normalized(rawAt)
            do {
                let detail = try cadre.perform(operation, actor: actor, at: at, rules: rules)
                cadre.revision += 1
                cadre.updatedBy = actor
                cadre.updatedAt = at
                cadre.history.append(HistoryEvent(seq: 0, actor: actor, at: at, op: operation.name, detail: detail))
            } catch {
                assertionFailure("generator made a refused change: \(error)")
            }
        }
    }
}
