/// `seeds/generator.json`: the parameters and vocabulary of the synthetic part of the seed.
struct GeneratorConfig: Decodable, Sendable {
    struct District: Decodable, Sendable {
        var zh: String
        var en: String
        /// Relative share of tickets and district-pool cadres.
        var weight: Double
        var streets: [String]
    }

    struct TicketTemplate: Decodable, Sendable {
        var title: String
        var description: String
    }

    var seed: UInt64
    var tickets: Int
    var ticketWindowDays: Int
    /// The article's publication date: cadre and unit histories end there.
    var article: String
    var reportCardMonths: Int
    var communitiesPerStreet: [Int]
    var gridsPerCommunity: [Int]
    var districts: [District]
    var developmentZones: [Label]
    var departments: [Label]
    var communityStems: [String]
    var surnames: [String]
    var givenNamesMale: [String]
    var givenNamesFemale: [String]
    /// Keyed by `TicketCategory` raw value.
    var ticketTemplates: [String: [TicketTemplate]]
    var topics: [String]
    var operators: [String]
    var posts: [String]
    var cadreUnits: [String]
    var plusReasons: [String]
    var minusReasons: [String]
    var warnings: [String]
    var accountability: [String]
    var faultTolerance: [String]
    /// Keyed by the level escalated from.
    var escalationReasons: [String: [String]]
    var resolutionNotes: [String]
    /// `high` for ratings that close a ticket, `low` for those that send it back.
    var ratingComments: [String: [String]]
    var invalidReasons: [String]
    var ticketNotes: [String]
}
