/// Wuhan's districts and streets from the seed, with synthetic communities and grids under them,
/// and the workers tickets are assigned to at each level.
struct Geography: Sendable {
    struct Street: Sendable {
        var district: Int
        var name: String
        var communities: [Community]
        var office: Int
    }

    struct Community: Sendable {
        var name: String
        var grids: [Grid]
        var office: Int
    }

    struct Grid: Sendable {
        var name: String
        var worker: Int
    }

    var districtNames: [String]
    var districtWeights: [Double]
    /// Street indices per district.
    var streetsByDistrict: [[Int]]
    var streets: [Street]
    var districtOffices: [Int]
    var workers: [GridWorker]

    init(config: GeneratorConfig, names: inout PersonNames, random: inout SeededRandom) {
        districtNames = config.districts.map(\.zh)
        districtWeights = config.districts.map(\.weight)
        streetsByDistrict = []
        streets = []
        districtOffices = []
        workers = []
        let communityRange = (config.communitiesPerStreet.first ?? 2)...(config.communitiesPerStreet.last ?? 4)
        let gridRange = (config.gridsPerCommunity.first ?? 3)...(config.gridsPerCommunity.last ?? 6)
        for (d, district) in config.districts.enumerated() {
            districtOffices.append(addWorker(
                name: district.zh + "网格化管理中心", level: .district,
                location: TicketLocation(district: district.zh, street: "", community: "", grid: ""), random: &random))
            var streetIndices: [Int] = []
            for streetName in district.streets {
                let office = addWorker(
                    name: streetName + "道办事处", level: .street,
                    location: TicketLocation(district: district.zh, street: streetName, community: "", grid: ""),
                    random: &random)
                var used: Set<String> = []
                var communities: [Community] = []
                for _ in 0..<random.int(communityRange) {
                    var stem = random.pick(config.communityStems)
                    while used.contains(stem) { stem = random.pick(config.communityStems) }
                    used.insert(stem)
                    let name = stem + "社区"
                    let communityOffice = addWorker(
                        name: name + "居委会", level: .community,
                        location: TicketLocation(district: district.zh, street: streetName, community: name, grid: ""),
                        random: &random)
                    var grids: [Grid] = []
                    for g in 1...random.int(gridRange) {
                        let gridName = "第\(g)网格"
                        let worker = addWorker(
                            name: names.person(random: &random).name, level: .grid,
                            location: TicketLocation(district: district.zh, street: streetName, community: name, grid: gridName),
                            random: &random)
                        grids.append(Grid(name: gridName, worker: worker))
                    }
                    communities.append(Community(name: name, grids: grids, office: communityOffice))
                }
                streetIndices.append(streets.count)
                streets.append(Street(district: d, name: streetName, communities: communities, office: office))
            }
            streetsByDistrict.append(streetIndices)
        }
    }

    private mutating func addWorker(name: String, level: TicketLevel, location: TicketLocation,
                                    random: inout SeededRandom) -> Int {
        let id = "W-" + Dataset.zeroPadded(workers.count + 1, width: 5)
        workers.append(GridWorker(id: id, name: name, level: level, location: location,
                                  phone: PersonNames.phone(random: &random), source: .synthetic))
        return workers.count - 1
    }

    /// A random grid, districts weighted as in the seed.
    func randomPlace(random: inout SeededRandom) -> (street: Int, community: Int, grid: Int) {
        let district = random.weighted(districtWeights)
        let street = random.pick(streetsByDistrict[district])
        let community = random.below(streets[street].communities.count)
        let grid = random.below(streets[street].communities[community].grids.count)
        return (street, community, grid)
    }

    func location(_ place: (street: Int, community: Int, grid: Int)) -> TicketLocation {
        let street = streets[place.street]
        let community = street.communities[place.community]
        return TicketLocation(district: districtNames[street.district], street: street.name,
                              community: community.name, grid: community.grids[place.grid].name)
    }

    /// The worker who handles a ticket at `level` in `place`.
    func worker(for place: (street: Int, community: Int, grid: Int), level: TicketLevel) -> GridWorker {
        let street = streets[place.street]
        let community = street.communities[place.community]
        let index = switch level {
        case .grid: community.grids[place.grid].worker
        case .community: community.office
        case .street: street.office
        case .district: districtOffices[street.district]
        }
        return workers[index]
    }
}
