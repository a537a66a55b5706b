import Foundation
import Domain
import Panels
import Store
import TermUI

/// Reads and checks a settings file. Anything it cannot take — bad JSON, an unknown setting, a
/// value of the wrong type, an unknown binding or key name, a key bound twice — is refused with
/// `file:line:column`, so a typo never silently drops a setting. A missing file is no settings.
public enum SettingsFile {
    static let known = ["language", "theme", "timeZone", "startPage", "keys", "warningRule", "unifont", "kiosk", "clockSeconds"]

    public static func load(path: String, named: Bool) throws(CommandLineError) -> Settings {
        guard FileManager.default.fileExists(atPath: path) else {
            if named { throw CommandLineError(zh: "\(path):没有这个设置文件", en: "\(path): no such settings file") }
            return .none
        }
        guard let data = FileManager.default.contents(atPath: path) else { throw CommandLineError(zh: "\(path):无法读取", en: "\(path): cannot be read") }
        return try parse(data, file: path)
    }

    public static func parse(_ raw: Data, file: String) throws(CommandLineError) -> Settings {
        // A byte-order mark (Windows editors write one) is not part of the JSON.
        let data = raw.starts(with: [0xEF, 0xBB, 0xBF]) ? raw.dropFirst(3) : raw
        func fail(_ path: [String], _ zh: String, _ en: String) -> CommandLineError {
            let offset = JSONLocator.offset(of: path.map(JSONKey.init), in: data) ?? 0
            return CommandLineError(DecodingFailure.located(offset, in: data, file: file, lineOffset: 0, text: Label(zh: zh, en: en)))
        }
        if let syntax = JSONLocator.syntaxError(in: data) {
            throw CommandLineError(DecodingFailure.located(syntax.offset, in: data, file: file, lineOffset: 0,
                                                           text: Label(zh: "JSON 无效:\(syntax.chinese)", en: "invalid JSON: \(syntax.message)")))
        }
        guard case .object(let object)? = try? JSONDecoder().decode(JSONValue.self, from: Data(data)) else {
            throw fail([], "设置必须是一个 JSON 对象", "settings must be a JSON object")
        }
        func string(_ key: String) throws(CommandLineError) -> String? {
            guard let value = object[key] else { return nil }
            guard case .string(let text) = value else { throw fail([key], "“\(key)”取字符串,而非\(value.kind.zh)", "\"\(key)\" takes a string, not \(value.kind.en)") }
            return text
        }
        if let unknown = object.keys.sorted().first(where: { !known.contains($0) }) {
            throw fail([unknown], "未知设置“\(unknown)”(可用:" + known.joined(separator: "、") + ")", "unknown setting \"\(unknown)\" (expected " + known.map { "\"\($0)\"" }.joined(separator: ", ") + ")")
        }
        var settings = Settings()
        if let text = try string("language") {
            guard let language = Language(rawValue: text) else { throw fail(["language"], "“language”取“zh”或“en”,而非“\(text)”", "\"language\" takes \"zh\" or \"en\", not \"\(text)\"") }
            settings.language = language
        }
        if let text = try string("theme") { settings.theme = try theme(text, at: ["theme"], fail: fail) }
        settings.unifont = try string("unifont")
        if let value = object["clockSeconds"] {
            guard case .bool(let on) = value else { throw fail(["clockSeconds"], "“clockSeconds”取 true 或 false", "\"clockSeconds\" takes true or false") }
            settings.clockSeconds = on
        }
        if let text = try string("timeZone") {
            guard let zone = timeZone(text) else { throw fail(["timeZone"], "“timeZone”取时区,如“Asia/Shanghai”或“UTC+8”,而非“\(text)”", "\"timeZone\" takes a zone such as \"Asia/Shanghai\" or \"UTC+8\", not \"\(text)\"") }
            settings.timeZone = zone
        }
        if let text = try string("startPage") {
            guard let tab = Tab(id: text) else {
                throw fail(["startPage"], "“startPage”取 " + Tab.allCases.map(\.id).joined(separator: "、") + ",而非“\(text)”", "\"startPage\" takes " + Tab.allCases.map { "\"\($0.id)\"" }.joined(separator: ", ") + ", not \"\(text)\"")
            }
            settings.startPage = tab
        }
        if let value = object["keys"] {
            settings.keys = try keys(value, fail: fail)
        }
        if let value = object["warningRule"] {
            settings.warningRule = try warningRule(value, fail: fail)
        }
        if let value = object["kiosk"] {
            (settings.kiosk, settings.kioskTheme) = try kiosk(value, fail: fail)
        }
        return settings
    }

    private static func theme(_ text: String, at path: [String], fail: ([String], String, String) -> CommandLineError) throws(CommandLineError) -> Theme.Name {
        guard let theme = Theme.Name(rawValue: text) else {
            throw fail(path, "“theme”取 " + Theme.Name.allCases.map(\.rawValue).joined(separator: "、") + ",而非“\(text)”", "\"theme\" takes " + Theme.Name.allCases.map { "\"\($0.rawValue)\"" }.joined(separator: " or ") + ", not \"\(text)\"")
        }
        return theme
    }

    /// `{"pages": ["overview", "talent"], "dwell": "20s" or {"default": "20s", "overview": "40s"},
    /// "hours": "08:00-18:00", "unlock": ["Ctrl-x", "u"], "theme": "projector"}`, each optional.
    private static func kiosk(_ value: JSONValue, fail: ([String], String, String) -> CommandLineError) throws(CommandLineError) -> (KioskPlan, Theme.Name?) {
        guard case .object(let table) = value else { throw fail(["kiosk"], "“kiosk”取一个对象:{\"pages\": [\"overview\", \"talent\"], \"dwell\": \"20s\"}", "\"kiosk\" takes an object: {\"pages\": [\"overview\", \"talent\"], \"dwell\": \"20s\"}") }
        var plan = KioskPlan()
        var theme: Theme.Name?
        func duration(_ value: JSONValue, at path: [String]) throws(CommandLineError) -> TimeInterval {
            let seconds: TimeInterval?
            switch value {
            case .string(let text): seconds = KioskPlan.duration(text)
            case .integer(let n): seconds = KioskPlan.dwellRange.contains(Double(n)) ? Double(n) : nil
            case .number(let n): seconds = KioskPlan.dwellRange.contains(n) ? n : nil
            default: seconds = nil
            }
            guard let seconds else { throw fail(path, "停留时间取“20s”“2m”“1h”或秒数,3 秒到 24 小时", "a dwell time is \"20s\", \"2m\", \"1h\" or seconds, from 3 s to 24 h") }
            return seconds
        }
        for key in table.keys.sorted() {
            let at = ["kiosk", key]
            switch (key, table[key]) {
            case ("pages", .string(let text)?):
                plan.pages = try kioskPages(text.split(separator: ",").map(String.init), at: at, fail: fail)
            case ("pages", .array(let items)?):
                let names = items.compactMap { if case .string(let name) = $0 { name } else { nil } }
                guard names.count == items.count, !names.isEmpty else { throw fail(at, "“pages”取非空的页面列表", "\"pages\" takes a non-empty list of page ids") }
                plan.pages = try kioskPages(names, at: at, fail: fail)
            case ("dwell", .object(let byPage)?):
                for name in byPage.keys.sorted() {
                    guard let value = byPage[name] else { continue }
                    if name == "default" { plan.dwell = try duration(value, at: at + [name]); continue }
                    guard let tab = Tab(id: name) else { throw fail(at + [name], "没有页面“\(name)”(可用:“default”或 \(KioskPlan.pageIDs))", "unknown page \"\(name)\" (expected \"default\" or \(KioskPlan.pageIDs))") }
                    plan.dwellByPage[tab] = try duration(value, at: at + [name])
                }
            case ("dwell", let value?):
                plan.dwell = try duration(value, at: at)
            case ("hours", .string(let text)?):
                guard let hours = DailyHours(text) else { throw fail(at, "“hours”取“HH:MM-HH:MM”,如“08:00-18:00”,而非“\(text)”", "\"hours\" takes \"HH:MM-HH:MM\", e.g. \"08:00-18:00\", not \"\(text)\"") }
                plan.hours = hours
            case ("unlock", let value?):
                let names: [String]
                switch value {
                case .string(let one): names = one.split(separator: " ").map(String.init)
                case .array(let many): names = many.compactMap { if case .string(let name) = $0 { name } else { nil } }
                default: names = []
                }
                var keys: [Key] = []
                for name in names {
                    guard let key = Key(name: name) else { throw fail(at, "“\(name)”不是按键名(如“e”“Ctrl-k”“F5”)", "\"\(name)\" is not a key name (e.g. \"e\", \"Ctrl-k\", \"F5\")") }
                    keys.append(key)
                }
                guard !keys.isEmpty else { throw fail(at, "“unlock”取按键名列表,如 [\"Ctrl-x\", \"u\"]", "\"unlock\" takes a list of key names, e.g. [\"Ctrl-x\", \"u\"]") }
                plan.unlock = keys
            case ("theme", .string(let text)?):
                theme = try Self.theme(text, at: at, fail: fail)
            case ("pages", _), ("hours", _), ("theme", _):
                throw fail(at, "“\(key)”取字符串", "\"\(key)\" takes a string")
            default:
                throw fail(at, "未知展示设置“\(key)”(可用:“pages”“dwell”“hours”“unlock”“theme”)", "unknown kiosk setting \"\(key)\" (expected \"pages\", \"dwell\", \"hours\", \"unlock\", \"theme\")")
            }
        }
        return (plan, theme)
    }

    private static func kioskPages(_ names: [String], at path: [String], fail: ([String], String, String) -> CommandLineError) throws(CommandLineError) -> [Tab] {
        switch KioskPlan.pages(names.joined(separator: ",")) {
        case .success(let tabs) where !tabs.isEmpty: return tabs
        case .success: throw fail(path, "“pages”取非空的页面列表", "\"pages\" takes a non-empty list of page ids")
        case .failure(let unknown): throw fail(path, "没有页面“\(unknown.name)”(可用:\(KioskPlan.pageIDs))", "unknown page \"\(unknown.name)\" (expected \(KioskPlan.pageIDs))")
        }
    }

    /// `{"grid.ticket.escalate": "E", "shell.palette": [":", "Ctrl-K"]}`, checked against every
    /// binding id and, once applied, for keys bound twice.
    private static func keys(_ value: JSONValue, fail: ([String], String, String) -> CommandLineError) throws(CommandLineError) -> KeyMap {
        guard case .object(let table) = value else { throw fail(["keys"], "“keys”取一个对象:绑定编号 → 按键或按键列表", "\"keys\" takes an object of binding id → key or list of keys") }
        let ids = KeyConflict.bindingIDs
        var overrides: [String: [Key]] = [:]
        for id in table.keys.sorted() {
            guard ids.contains(id) else { throw fail(["keys", id], "未知绑定“\(id)”(帮助和命令面板列出全部绑定;编号形如“grid.ticket.escalate”)", "unknown binding \"\(id)\" (the help and the palette list every binding; ids look like \"grid.ticket.escalate\")") }
            let names: [String]
            switch table[id] {
            case .string(let one)?: names = [one]
            case .array(let many)? where !many.isEmpty:
                names = many.compactMap { if case .string(let name) = $0 { name } else { nil } }
                guard names.count == many.count else { throw fail(["keys", id], "“\(id)”取一个按键名或非空的按键名列表", "\"\(id)\" takes a key name or a non-empty list of them") }
            default: throw fail(["keys", id], "“\(id)”取一个按键名或非空的按键名列表", "\"\(id)\" takes a key name or a non-empty list of them")
            }
            var keys: [Key] = []
            for name in names {
                guard let key = Key(name: name) else { throw fail(["keys", id], "“\(name)”不是按键名(如“e”“Ctrl-k”“F5”“PgDn”)", "\"\(name)\" is not a key name (e.g. \"e\", \"Ctrl-k\", \"F5\", \"PgDn\")") }
                keys.append(key)
            }
            overrides[id] = keys
        }
        let keyMap = KeyMap(overrides: overrides)
        if let conflict = KeyConflict.all(keyMap).first(where: { overrides[$0.first] != nil || overrides[$0.second] != nil }) {
            let at = overrides[conflict.first] != nil ? conflict.first : conflict.second
            throw fail(["keys", at], "\(conflict.key.label) 被绑定了两次:“\(conflict.first)”和“\(conflict.second)”", "\(conflict.key.label) is bound twice: to \"\(conflict.first)\" and \"\(conflict.second)\"")
        }
        return keyMap
    }

    /// `{"floor": 60, "bottom": 3, "months": 2}`, each optional.
    private static func warningRule(_ value: JSONValue, fail: ([String], String, String) -> CommandLineError) throws(CommandLineError) -> WarningRule {
        guard case .object(let table) = value else { throw fail(["warningRule"], "“warningRule”取一个对象:{\"floor\": 60, \"bottom\": 3, \"months\": 2}", "\"warningRule\" takes an object: {\"floor\": 60, \"bottom\": 3, \"months\": 2}") }
        var rule = WarningRule.standard
        for key in table.keys.sorted() {
            let number: Double
            switch table[key] {
            case .integer(let value)?: number = Double(value)
            case .number(let value)?: number = value
            default: number = -1
            }
            guard number.isFinite, number >= 0 else {
                throw fail(["warningRule", key], "“\(key)”取不小于 0 的数", "\"\(key)\" takes a number of at least 0")
            }
            switch key {
            case "floor": rule.floor = number
            case "bottom" where number == number.rounded() && number >= 1: rule.bottom = Int(number)
            case "months" where number == number.rounded() && number >= 1 && number <= 24: rule.months = Int(number)
            case "bottom", "months": throw fail(["warningRule", key], "“\(key)”取从 1" + (key == "months" ? " 到 24" : " 起") + "的整数", "\"\(key)\" takes a whole number from 1" + (key == "months" ? " to 24" : ""))
            default: throw fail(["warningRule", key], "未知预警设置“\(key)”(可用:“floor”“bottom”“months”)", "unknown warning setting \"\(key)\" (expected \"floor\", \"bottom\", \"months\")")
            }
        }
        return rule
    }

    /// A zone identifier, or a fixed offset written `UTC+8`, `UTC-3:30`, `UTC`.
    static func timeZone(_ text: String) -> TimeZone? {
        if let zone = TimeZone(identifier: text) { return zone }
        let upper = text.uppercased()
        guard upper.hasPrefix("UTC") || upper.hasPrefix("GMT") else { return nil }
        let rest = upper.dropFirst(3)
        if rest.isEmpty { return TimeZone(secondsFromGMT: 0) }
        guard let sign = rest.first, sign == "+" || sign == "-" else { return nil }
        let parts = rest.dropFirst().split(separator: ":", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), let hours = Int(parts[0]), (0...14).contains(hours) else { return nil }
        let minutes = parts.count == 2 ? Int(parts[1]) : 0
        guard let minutes, (0..<60).contains(minutes) else { return nil }
        return TimeZone(secondsFromGMT: (sign == "-" ? -1 : 1) * (hours * 3_600 + minutes * 60))
    }
}
