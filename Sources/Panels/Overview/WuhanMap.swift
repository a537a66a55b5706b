import Domain
import TermUI

/// Wuhan's 13 districts and 4 development zones as tiles placed roughly where they lie: Hankou's
/// districts north of the Yangtze, Hanyang west of it, Wuchang east, the outer districts around,
/// with a gap for the river between Hanyang and Wuchang. Places the data names that are not on
/// this map (another city's districts) get a plain grid in name order instead.
public enum WuhanMap {
    public struct Place: Sendable {
        public var name: Label
        public var shortName: Label
        public var column: Int
        public var row: Int
        /// Zones are drawn only when the data has them.
        public var isZone: Bool
    }

    static func place(_ zh: String, _ en: String, _ shortZh: String, _ shortEn: String, _ column: Int, _ row: Int, zone: Bool = false) -> Place {
        Place(name: Label(zh: zh, en: en), shortName: Label(zh: shortZh, en: shortEn), column: column, row: row, isZone: zone)
    }

    public static let places: [Place] = [
        place("东西湖区", "Dongxihu", "东西湖", "Dongxihu", 1, 0), place("黄陂区", "Huangpi", "黄陂", "Huangpi", 3, 0),
        place("新洲区", "Xinzhou", "新洲", "Xinzhou", 4, 0),
        place("蔡甸区", "Caidian", "蔡甸", "Caidian", 0, 1), place("硚口区", "Qiaokou", "硚口", "Qiaokou", 1, 1),
        place("江汉区", "Jianghan", "江汉", "Jianghan", 2, 1), place("江岸区", "Jiang'an", "江岸", "Jiang'an", 3, 1),
        place("青山区", "Qingshan", "青山", "Qingshan", 4, 1),
        place("武汉化学工业区", "Wuhan Chemical Industry Zone", "化工区", "Chem.", 5, 1, zone: true),
        place("武汉经济技术开发区", "Wuhan Economic & Technological Development Zone", "经开区", "WEDZ", 0, 2, zone: true),
        place("汉阳区", "Hanyang", "汉阳", "Hanyang", 1, 2), place("武昌区", "Wuchang", "武昌", "Wuchang", 3, 2),
        place("洪山区", "Hongshan", "洪山", "Hongshan", 4, 2),
        place("东湖生态旅游风景区", "East Lake Scenic Area", "风景区", "Scenic", 5, 2, zone: true),
        place("汉南区", "Hannan", "汉南", "Hannan", 0, 3), place("江夏区", "Jiangxia", "江夏", "Jiangxia", 3, 3),
        place("东湖新技术开发区", "East Lake High-Tech Zone", "高新区", "Hi-Tech", 4, 3, zone: true),
    ]

    /// The places to draw for data naming `present`: Wuhan's districts and the zones present
    /// when most of the data's places are Wuhan's; else a grid of the data's own places.
    public static func layout(present: Set<String>) -> [Place] {
        let known = Set(places.map(\.name.zh))
        let unknown = present.subtracting(known).subtracting([""])
        if unknown.count <= present.intersection(known).count {
            return places.filter { !$0.isZone || present.contains($0.name.zh) }
        }
        let names = unknown.sorted()
        let columns = max(1, Int(Double(names.count).squareRoot().rounded(.up)) + 1)
        return names.enumerated().map { i, name in
            Place(name: Label(zh: name, en: name), shortName: Label(zh: String(name.prefix(3)), en: String(name.prefix(6))),
                  column: i % columns, row: i / columns, isZone: false)
        }
    }

    /// The map's tiles coloured by `metric`, and the scale it used.
    public static func tiles(metric: MapMetric, districts: DistrictMetrics, units: UnitSummary, context: PanelContext) -> TileMap {
        let present = Set(districts.districts.keys).union(units.districts?.rows.map(\.name.zh) ?? [])
            .union(units.zones?.rows.map(\.name.zh) ?? [])
        let tiles = layout(present: present).map { place -> TileMap.Tile in
            let (value, text) = metric.value(place.name.zh, districts: districts, units: units, context: context)
            return TileMap.Tile(column: place.column, row: place.row, name: context.text(place.name), shortName: context.text(place.shortName),
                                value: value, valueText: text)
        }
        let ends = metric.ends
        return TileMap(tiles: tiles, scale: HeatScale(values: tiles.map(\.value), ramp: metric.ramp),
                       legend: (context.text(metric.label), context.text(ends.low), context.text(ends.high)))
    }
}
