/// A cadre's scores on the five criteria, each 0…100.
public struct CriteriaScores: Codable, Sendable, Equatable {
    public static let range: ClosedRange<Double> = 0...100

    public var loyalClean: Double
    public var openMinded: Double
    public var planningAble: Double
    public var responsibility: Double
    public var results: Double

    public init(loyalClean: Double, openMinded: Double, planningAble: Double, responsibility: Double, results: Double) {
        self.loyalClean = loyalClean
        self.openMinded = openMinded
        self.planningAble = planningAble
        self.responsibility = responsibility
        self.results = results
    }

    public subscript(criterion: Criterion) -> Double {
        get {
            switch criterion {
            case .loyalClean: loyalClean
            case .openMinded: openMinded
            case .planningAble: planningAble
            case .responsibility: responsibility
            case .results: results
            }
        }
        set {
            switch criterion {
            case .loyalClean: loyalClean = newValue
            case .openMinded: openMinded = newValue
            case .planningAble: planningAble = newValue
            case .responsibility: responsibility = newValue
            case .results: results = newValue
            }
        }
    }

    public var mean: Double {
        Criterion.allCases.reduce(0) { $0 + self[$1] } / Double(Criterion.allCases.count)
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: Criterion.self)
        loyalClean = try container.decode(Double.self, forKey: .loyalClean)
        openMinded = try container.decode(Double.self, forKey: .openMinded)
        planningAble = try container.decode(Double.self, forKey: .planningAble)
        responsibility = try container.decode(Double.self, forKey: .responsibility)
        results = try container.decode(Double.self, forKey: .results)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Criterion.self)
        for criterion in Criterion.allCases {
            try container.encode(self[criterion], forKey: criterion)
        }
    }
}
