import Domain
import TermUI

/// The doctor's findings as sections of name and value, in either language: the CLI prints them
/// aligned, to paste into a bug report; the dashboard's doctor page shows the same.
public enum DoctorReport {
    public typealias Section = (title: String, rows: [(name: String, value: String)])

    public static func sections(_ d: Diagnosis, _ language: Language) -> [Section] {
        func t(_ zh: String, _ en: String) -> String { language == .zh ? zh : en }
        let facts = d.terminal
        var terminal: [(String, String)] = []
        if let term = facts.term {
            terminal.append(("TERM", term + (facts.termKnown ? t("(terminfo 中有)", " (known to terminfo)") : t("(terminfo 中没有:无法启动)", " (unknown to terminfo: cannot start)"))))
        } else {
            terminal.append(("TERM", t("未设置:无法启动", "not set: cannot start")))
        }
        terminal.append((t("颜色", "Colours"), t("\(facts.colors) 色,\(facts.colorPairs) 个颜色对", "\(facts.colors) colours, \(facts.colorPairs) pairs")))
        terminal.append(("NO_COLOR", d.noColor.map { t("已设置(\($0)):单色", "set (\($0)): monochrome") } ?? t("未设置", "not set")))
        terminal.append((t("鼠标", "Mouse"), facts.mouse ? t("支持(kmous)", "reported (kmous)") : t("terminfo 未声明", "not declared by terminfo")))
        terminal.append((t("区域设置", "Locale"), d.locale.isEmpty ? t("未设置", "not set") : d.locale))
        terminal.append((t("字符集", "Character set"), facts.codeset + (facts.utf8 ? "" : t(":非 UTF-8,ASCII 模式", ": not UTF-8, ASCII mode"))))

        var measured: [(String, String)] = []
        if let measurement = facts.measurement {
            for sample in measurement.samples {
                let columns = sample.columns.map { t("\($0) 列", $0 == 1 ? "1 column" : "\($0) columns") } ?? t("未应答", "no answer")
                measured.append((sample.text + " " + sampleName(sample.text, language), columns))
            }
            measured.append((t("歧义宽度字符", "Ambiguous width"), measurement.ambiguousWide ? t("宽(2 列)", "wide (2 columns)") : t("窄(1 列)", "narrow (1 column)")))
            let sync: String
            switch measurement.synchronizedOutput {
            case .supported: sync = t("支持", "supported")
            case .unsupported: sync = t("不支持", "not supported")
            case .unknown: sync = t("未应答", "no answer")
            }
            measured.append((t("同步输出(模式 2026)", "Synchronized output (mode 2026)"), sync))
        } else {
            let why: String
            switch facts.unmeasured {
            case .notATerminal?: why = t("未测量:标准输入或输出不是终端", "not measured: standard input or output is not a terminal")
            case .turnedOff?: why = t("未测量:ZUGONG_MEASURE=0", "not measured: ZUGONG_MEASURE=0")
            case .noAnswer?, nil: why = t("未测量:终端没有应答 ESC[6n", "not measured: the terminal did not answer ESC[6n")
            }
            measured.append((t("光标位置报告", "Cursor position report"), why))
        }

        let symbols: String
        if !facts.utf8 {
            symbols = t("ASCII(无 UTF-8)", "ASCII (no UTF-8)")
        } else if facts.measurement?.ambiguousWide == true {
            symbols = facts.measurement?.boxDrawingWide == true
                ? t("ASCII 线框:终端把线框画成两列;歧义宽度字符用 ASCII 代替", "ASCII lines: the terminal draws box lines two columns wide; ambiguous characters drawn as ASCII stand-ins")
                : t("ASCII 线框:终端把歧义宽度字符画成两列,用 ASCII 代替", "ASCII lines: the terminal draws ambiguous characters two columns wide; drawn as ASCII stand-ins")
        } else {
            symbols = t("Unicode 线框", "Unicode lines")
        }
        let tier = d.colorTier == .monochrome ? t("单色", "monochrome") : t("\(d.colorTier.rawValue) 色", "\(d.colorTier.rawValue) colours")
        let chosen: [(String, String)] = [
            (t("符号集", "Symbols"), symbols),
            (t("颜色", "Colours"), tier),
            (t("帧同步", "Frame sync"), facts.synchronizedOutput ? t("开:每帧包在 ESC[?2026h … l 之间", "on: each frame wrapped in ESC[?2026h … l") : t("关", "off")),
        ]

        let font: String
        switch d.unifont {
        case .loaded(let bitmap, _): font = t("已读取,\(bitmap.glyphs.count) 个标题字符:大标题", "read, \(bitmap.glyphs.count) title characters: big titles")
        case .unavailable(let reason): font = reason.text(language)
        }
        let files: [(String, String)] = [
            (t("数据目录", "Data directory"), d.dataDirectory.path + " " + status(d.dataDirectory.status, data: true, language)),
            (t("设置文件", "Settings file"), d.settings.path.isEmpty ? t("无(没有 HOME)", "none (no HOME)") : d.settings.path + " " + status(d.settings.status, data: false, language)),
            ("Unifont", d.unifontPath + ":" + font),
        ]
        return [(t("终端", "Terminal"), terminal), (t("测量(ESC[6n 光标位置报告)", "Measured (ESC[6n cursor position report)"), measured),
                (t("选用", "Chosen"), chosen), (t("文件", "Files"), files)]
    }

    /// The report as text lines: a heading per section, names padded to one column.
    public static func lines(_ d: Diagnosis, _ language: Language) -> [String] {
        let sections = sections(d, language)
        let width = sections.flatMap(\.rows).map { DisplayWidth.of($0.name) }.max() ?? 0
        var lines = [language == .zh ? "zugong 终端诊断" : "zugong doctor"]
        for section in sections {
            lines.append("")
            lines.append(section.title)
            for row in section.rows { lines.append("  " + DisplayWidth.pad(row.name, to: width) + "  " + row.value) }
        }
        return lines
    }

    private static func sampleName(_ text: String, _ language: Language) -> String {
        let names: [String: (String, String)] = [
            "①": ("带圈数字", "circled digit"), "─": ("线框", "box drawing"), "…": ("省略号", "ellipsis"),
            "·": ("间隔号", "middle dot"), "汉": ("汉字", "CJK"), "😀": ("表情符号", "emoji"),
        ]
        let name = names[text] ?? ("", "")
        return language == .zh ? name.0 : name.1
    }

    private static func status(_ status: Diagnosis.FileState.Status, data: Bool, _ language: Language) -> String {
        func t(_ zh: String, _ en: String) -> String { language == .zh ? zh : en }
        switch status {
        case .readWrite: return data ? t("(可读写)", "(read and write)") : t("(已读取)", "(read)")
        case .readOnly: return t("(只读)", "(read-only)")
        case .absent: return data ? t("(不存在:首次使用时用内置数据创建)", "(absent: created from the bundled seed on first use)") : t("(不存在:使用默认设置)", "(absent: defaults)")
        case .unreadable: return t("(无法读取)", "(cannot be read)")
        case .invalid(let reason): return t("(有错误:", "(refused: ") + reason + ")"
        }
    }
}
