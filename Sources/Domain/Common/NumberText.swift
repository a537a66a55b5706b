/// Large figures the way each language says them: 70万 / 700,000, 466亿 / 46.6 billion,
/// 1.9万亿 / 1.9 trillion. Independent of the process locale, so output is the same everywhere.
public enum NumberText {
    public static func format(_ value: Double, _ language: Language) -> String {
        let magnitude = abs(value)
        switch language {
        case .zh:
            if magnitude >= 1e12 { return plain(value / 1e12, grouped: false) + "万亿" }
            if magnitude >= 1e8 { return plain(value / 1e8, grouped: false) + "亿" }
            if magnitude >= 1e4 { return plain(value / 1e4, grouped: false) + "万" }
            return plain(value, grouped: false)
        case .en:
            if magnitude >= 1e12 { return plain(value / 1e12, grouped: true) + " trillion" }
            if magnitude >= 1e9 { return plain(value / 1e9, grouped: true) + " billion" }
            if magnitude >= 1e6 { return plain(value / 1e6, grouped: true) + " million" }
            return plain(value, grouped: true)
        }
    }

    /// Short enough for a dashboard tile: 70万 / 700K, 1.9万亿 / 1.9T. Chinese is short already.
    public static func compact(_ value: Double, _ language: Language) -> String {
        guard language == .en else { return format(value, language) }
        let magnitude = abs(value)
        // Thousands only from ten thousand: 9,500 reads better whole than as 9.5K.
        for (limit, unit, suffix) in [(1e12, 1e12, "T"), (1e9, 1e9, "B"), (1e6, 1e6, "M"), (1e4, 1e3, "K")] where magnitude >= limit {
            return plain(value / unit, grouped: false) + suffix
        }
        return plain(value, grouped: true)
    }

    /// At most two decimals, trailing zeros dropped, optional thousands separators.
    public static func plain(_ value: Double, grouped: Bool) -> String {
        let hundredths = Int((abs(value) * 100).rounded())
        var whole = String(hundredths / 100)
        if grouped && whole.count > 3 {
            var out = ""
            for (i, c) in whole.enumerated() {
                if i > 0 && (whole.count - i) % 3 == 0 { out.append(",") }
                out.append(c)
            }
            whole = out
        }
        var fraction = String(hundredths % 100)
        if fraction.count == 1 { fraction = "0" + fraction }
        while fraction.hasSuffix("0") { fraction.removeLast() }
        let sign = value < 0 && hundredths > 0 ? "-" : ""
        return sign + whole + (fraction.isEmpty ? "" : "." + fraction)
    }
}
