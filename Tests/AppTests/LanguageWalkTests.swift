import Foundation
import Testing
import Domain
import Panels
import TermUI
@testable import App

/// Every page, mode, overlay and form of the dashboard in Chinese, looked at for English: a
/// Latin word on a Chinese screen must come from the data (names, ids, the article's own words)
/// or be a key's or a format's name. And the English screens are looked at for the Chinese
/// interface's words.
@Suite("Language walk")
struct LanguageWalkTests {
    /// Words that are names in both interfaces: keys, zones, formats, the program.
    static let names: Set<String> = ["Esc", "Enter", "Tab", "Space", "PgUp", "PgDn", "Home", "End", "Bksp", "Del", "Ins", "Ctrl",
                                     "UTC", "CSV", "JSON", "Open311", "zugong", "doctor", "TERM", "terminfo", "NO_COLOR", "kmous",
                                     "LANG", "UTF", "ESC", "Unicode", "ASCII", "Unifont", "unifont", "hex", "data", "alice", "COLOR", "json"]

    /// Every Latin word the data set holds (titles, actors, notes, worker names, the article).
    static let dataWords: Set<String> = {
        let text = (try? DomainJSON.makeEncoder().encode(Fixture.dataset)).map { String(decoding: $0, as: UTF8.self) } ?? ""
        return Set(words(text))
    }()

    static func words(_ text: String) -> [String] {
        text.split { !($0.isASCII && $0.isLetter) }.map(String.init).filter { $0.count >= 3 }
    }

    /// The screens to look at: each page, then what its keys open.
    static func screens(_ language: Language) -> [(name: String, text: String)] {
        var out: [(String, String)] = []
        func look(_ name: String, _ actions: [Action], tab: Tab, kiosk: KioskPlan? = nil) {
            var state = Fixture.state(width: 120, height: 40, language: language)
            state.kiosk = kiosk.map { KioskState(plan: $0, now: Fixture.now) }
            state.diagnosis = Diagnosis(terminal: TerminalFacts.unmeasured([:]), noColor: nil, locale: "LANG=C.UTF-8", colorTier: .xterm256,
                                        dataDirectory: .init(path: "/data", status: .readWrite), settings: .init(path: "/s.json", status: .absent),
                                        unifont: .unavailable(reason: Label(zh: "/u.hex 不存在", en: "/u.hex not found")), unifontPath: "/u.hex")
            _ = AppReducer.reduce(&state, .shell(.selectTab(tab)))
            for action in actions { _ = AppReducer.reduce(&state, action) }
            out.append(("\(tab) \(name)", ScreenRenderer.render(state).buffer.text))
        }
        for tab in Tab.allCases { look("page", [], tab: tab) }
        look("kiosk", [], tab: .overview, kiosk: KioskPlan())
        look("kiosk paused", [.kiosk(.togglePause)], tab: .overview, kiosk: KioskPlan())
        look("kiosk resting", [], tab: .overview, kiosk: KioskPlan(hours: DailyHours("01:00-02:00")))
        look("help", [.shell(.help)], tab: .overview)
        look("help, end", [.shell(.help), .input(.char("G"))], tab: .overview)
        look("palette", [.shell(.palette)], tab: .grid)
        look("doctor", [.shell(.doctor)], tab: .overview)
        look("detail", [.page(.grid(.openDetail))], tab: .grid)
        look("backlog", [.page(.grid(.toggleBacklog))], tab: .grid)
        look("filter menu", [.page(.grid(.openFilterMenu))], tab: .grid)
        look("cadre detail", [.page(.cadres(.openDetail))], tab: .cadres)
        look("cadre filters", [.page(.cadres(.openFilterMenu))], tab: .cadres)
        look("unit detail", [.page(.scores(.openDetail))], tab: .scores)
        look("score form", [.page(.scores(.enterScore))], tab: .scores)
        for spec in OperationSpec.all {
            switch spec.target {
            case .ticket: look("form \(spec.id)", [.page(.grid(.operation(spec.id)))], tab: .grid)
            case .cadre: look("form \(spec.id)", [.page(.cadres(.operation(spec.id)))], tab: .cadres)
            case .unit: break
            }
        }
        return out
    }

    @Test("no English on the Chinese screens but names and data")
    func chinese() {
        for (name, text) in Self.screens(.zh) {
            // A word cut by a column (wangf…) counts as the data word it begins.
            let stray = Set(Self.words(text)).subtracting(Self.names).subtracting(Self.dataWords)
                .filter { word in !Self.dataWords.contains { $0.hasPrefix(word) } }
            #expect(stray.isEmpty, "\(name): \(stray.sorted())")
        }
    }

    /// The Chinese interface's own words, which the English screens must never show.
    static let chineseLabels = ["总览", "帮助", "退出", "下一页", "模拟数据", "公开报道", "已上报", "已派单", "处理中", "办结", "筛选",
                                "超期", "状态", "位置", "报告人", "上报时间", "截止", "备注", "经过", "评价", "保存", "取消", "必填",
                                "用户", "只读", "单色", "命令面板", "终端", "测量", "线框", "未指定"]

    @Test("none of the Chinese interface's words on the English screens")
    func english() {
        for (name, text) in Self.screens(.en) {
            let found = Self.chineseLabels.filter { text.contains($0) && !Self.dataText.contains($0) }
            #expect(found.isEmpty, "\(name): \(found)")
        }
    }

    static let dataText: String = {
        (try? DomainJSON.makeEncoder().encode(Fixture.dataset)).map { String(decoding: $0, as: UTF8.self) } ?? ""
    }()
}
