/// A phone number with its middle digits hidden, "138****1234", so a screen shared on a projector
/// or over a shoulder does not give residents' numbers away.
public enum PhoneMask {
    public static func masked(_ phone: String) -> String {
        let chars = Array(phone)
        guard chars.count > 4 else { return String(repeating: "*", count: chars.count) }
        let head = chars.count >= 11 ? 3 : min(3, chars.count - 4)
        let hidden = chars.count - head - 4
        return String(chars[..<head]) + String(repeating: "*", count: hidden) + String(chars[(chars.count - 4)...])
    }
}
