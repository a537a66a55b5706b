/// Synthetic Chinese names from the seed's syllables, and fake phone numbers.
struct PersonNames: Sendable {
    var surnames: [String]
    var male: [String]
    var female: [String]

    init(config: GeneratorConfig) {
        surnames = config.surnames
        male = config.givenNamesMale
        female = config.givenNamesFemale
    }

    /// A one- or two-character given name after a surname.
    func person(random: inout SeededRandom) -> (name: String, gender: Gender) {
        let gender: Gender = random.chance(0.5) ? .male : .female
        let pool = gender == .male ? male : female
        var name = random.pick(surnames) + random.pick(pool)
        if random.chance(0.6) { name += random.pick(pool) }
        return (name, gender)
    }

    /// 11 digits in the shape of a mainland mobile number.
    static func phone(random: inout SeededRandom) -> String {
        let prefixes = ["133", "135", "137", "138", "139", "150", "152", "155", "158", "159", "186", "187", "189"]
        return random.pick(prefixes) + Dataset.zeroPadded(random.below(100_000_000), width: 8)
    }
}
