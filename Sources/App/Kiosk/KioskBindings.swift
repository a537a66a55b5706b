import Domain
import TermUI

/// The kiosk's keys, the only ones that do anything while it runs. `q` and Esc are not among
/// them: a visitor at the keyboard cannot end the show. Ctrl-C and the unlock sequence can.
enum KioskBindings {
    static let all: [Binding<Action>] = [
        Binding("kiosk.pause", [.char(" ")], .kiosk(.togglePause), Label(zh: "暂停/继续轮播", en: "Pause or resume the cycle"), group: .general),
        Binding("kiosk.next", [.right, .pageDown], .kiosk(.next), Label(zh: "下一页", en: "Next page"), group: .navigation),
        Binding("kiosk.previous", [.left, .pageUp], .kiosk(.previous), Label(zh: "上一页", en: "Previous page"), group: .navigation),
    ]

    /// What a key does in the kiosk: its binding's command, else a step of the unlock sequence.
    static func action(for key: Key) -> Action {
        KeyMap.binding(for: key, in: all)?.command ?? .kiosk(.typed(key))
    }
}
