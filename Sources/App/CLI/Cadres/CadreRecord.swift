import Foundation
import Domain

/// A cadre as `--json` prints it: every key always present (null when empty), ids rather than
/// labels, dates in ISO 8601 UTC, keys sorted. `detailed` adds the points, warnings,
/// accountability and fault-tolerance records and the history (`cadre show`).
struct CadreRecord: Encodable, Sendable {
    var cadre: Cadre
    var detailed: Bool
    /// Each history event's one-line summary, in the chosen language (only when `detailed`).
    var summaries: [String]

    init(_ cadre: Cadre, in dataset: Dataset, language: Language, detailed: Bool) {
        self.cadre = cadre
        self.detailed = detailed
        summaries = detailed ? cadre.history.map { dataset.summary(of: $0).text(language) } : []
    }

    private enum Key: String, CodingKey {
        case id, name, gender, birthYear, unit, pool, district, stage, firstBatch, post, appointedAt, ageAtAppointment
        case exitReason, criteria, mean, pointsTotal, warningCount, source, revision, updatedAt, updatedBy, discoveredAt
        case points, warnings, accountability, faultTolerance, history
        case month, delta, reason, at, actor, text, kind, seq, op, detail, summary
    }

    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: Key.self)
        try c.encode(cadre.id, forKey: .id)
        try c.encode(cadre.name, forKey: .name)
        try c.encode(cadre.gender.rawValue, forKey: .gender)
        try c.encode(cadre.birthYear, forKey: .birthYear)
        try c.encode(cadre.unit, forKey: .unit)
        try c.encode(cadre.pool.rawValue, forKey: .pool)
        try c.encode(cadre.district, forKey: .district)
        try c.encode(cadre.stage.rawValue, forKey: .stage)
        try c.encode(cadre.firstBatch, forKey: .firstBatch)
        try c.encode(cadre.post, forKey: .post)
        try c.encode(cadre.appointedAt, forKey: .appointedAt)
        try c.encode(cadre.appointedAt.map(cadre.age(at:)), forKey: .ageAtAppointment)
        try c.encode(cadre.exitReason, forKey: .exitReason)
        try c.encode(Dictionary(uniqueKeysWithValues: Criterion.allCases.map { ($0.rawValue, cadre.scores[$0]) }), forKey: .criteria)
        try c.encode((cadre.scores.mean * 10).rounded() / 10, forKey: .mean)
        try c.encode(cadre.pointsTotal, forKey: .pointsTotal)
        try c.encode(cadre.warnings.count, forKey: .warningCount)
        try c.encode(cadre.source.rawValue, forKey: .source)
        try c.encode(cadre.revision, forKey: .revision)
        try c.encode(cadre.updatedAt, forKey: .updatedAt)
        try c.encode(cadre.updatedBy, forKey: .updatedBy)
        try c.encode(cadre.discoveredAt, forKey: .discoveredAt)
        guard detailed else { return }
        var points = c.nestedUnkeyedContainer(forKey: .points)
        for entry in cadre.monthlyPoints {
            var p = points.nestedContainer(keyedBy: Key.self)
            try p.encode(entry.month.description, forKey: .month)
            try p.encode(entry.delta, forKey: .delta)
            try p.encode(entry.reason, forKey: .reason)
            try p.encode(entry.at, forKey: .at)
            try p.encode(entry.actor, forKey: .actor)
        }
        for (key, notes) in [(Key.warnings, cadre.warnings), (.accountability, cadre.accountability), (.faultTolerance, cadre.faultTolerance)] {
            var list = c.nestedUnkeyedContainer(forKey: key)
            for note in notes {
                var n = list.nestedContainer(keyedBy: Key.self)
                try n.encode(note.at, forKey: .at)
                try n.encode(note.actor, forKey: .actor)
                try n.encode(note.text, forKey: .text)
                if key == .accountability { try n.encode(note.kind?.rawValue, forKey: .kind) }
            }
        }
        var history = c.nestedUnkeyedContainer(forKey: .history)
        for (event, summary) in zip(cadre.history, summaries) {
            var h = history.nestedContainer(keyedBy: Key.self)
            try h.encode(event.seq, forKey: .seq)
            try h.encode(event.actor, forKey: .actor)
            try h.encode(event.at, forKey: .at)
            try h.encode(event.op, forKey: .op)
            try h.encode(event.detail, forKey: .detail)
            try h.encode(summary, forKey: .summary)
        }
    }
}
