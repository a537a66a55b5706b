import Foundation
import Domain
import Panels
import TermUI

/// Where big titles get their glyphs: GNU Unifont's `.hex` file as the `unifont` package installs
/// it, or the file `$ZUGONG_UNIFONT` or the settings' `unifont` names. The font is GPL, so it is
/// read at run time and never shipped; only the characters of the titles are kept.
public enum TitleFont {
    public static let installedPath = "/usr/share/unifont/unifont.hex"

    /// The file to read: the settings' choice, then the environment's, then the installed one.
    public static func path(settings: String?, environment: [String: String]) -> String {
        if let settings, !settings.isEmpty { return settings }
        if let named = environment["ZUGONG_UNIFONT"], !named.isEmpty { return named }
        return installedPath
    }

    /// Every character big text may use: the page names in both languages, printable ASCII, and
    /// the words of big numbers — the qualifiers and magnitudes (约, 余, 万, 亿) and the units of
    /// the data set's figures and indicators.
    public static func characters(in dataset: Dataset?) -> Set<Unicode.Scalar> {
        var text = Tab.allCases.flatMap { [$0.label.zh, $0.label.en] }.joined() + "约余万亿"
        text += (0x20...0x7E).compactMap(Unicode.Scalar.init).map(String.init).joined()
        if let dataset {
            text += (dataset.figures.map(\.unit) + dataset.talent.map(\.unit)).map { $0.zh + $0.en }.joined()
        }
        return Set(text.unicodeScalars)
    }

    public enum Outcome: Equatable, Sendable {
        case loaded(BitmapFont, path: String)
        /// Why there is no font, in words for `doctor`.
        case unavailable(reason: Label)
    }

    public static func load(path: String, characters: Set<Unicode.Scalar>) -> Outcome {
        guard FileManager.default.fileExists(atPath: path) else {
            return .unavailable(reason: Label(zh: "\(path) 不存在:标题用普通文字(安装 unifont 软件包,或设置 ZUGONG_UNIFONT)",
                                              en: "\(path) not found: titles in ordinary text (install the unifont package, or set ZUGONG_UNIFONT)"))
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            return .unavailable(reason: Label(zh: "\(path) 无法读取", en: "\(path) cannot be read"))
        }
        do throws(BitmapFont.ParseError) {
            let font = try BitmapFont.parse(hex: [UInt8](data), characters: characters)
            guard !font.glyphs.isEmpty else {
                return .unavailable(reason: Label(zh: "\(path) 没有标题用到的字符", en: "\(path) has none of the titles' characters"))
            }
            return .loaded(font, path: path)
        } catch {
            let (zh, en): (String, String)
            switch error.problem {
            case .code: (zh, en) = ("字符编码应为十六进制", "expected a hex character code")
            case .separator: (zh, en) = ("应为 编码:点阵", "expected CODE:BITMAP")
            case .length(let n): (zh, en) = ("点阵应为 32 或 64 位十六进制数字,而非 \(n) 位", "a bitmap has 32 or 64 hex digits, not \(n)")
            case .digit: (zh, en) = ("点阵中有非十六进制字符", "expected a hex digit in the bitmap")
            }
            let at = "\(path):\(error.line):\(error.column): "
            return .unavailable(reason: Label(zh: at + zh, en: at + en))
        }
    }
}

extension TitleFont.Outcome {
    public var font: BitmapFont? {
        if case .loaded(let font, _) = self { return font }
        return nil
    }
}
