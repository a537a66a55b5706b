import TermUI

/// Turns terminal input into actions: keys through the key map (for the context the keyboard is
/// in) or, while a text input has the keyboard, as typed keys; mouse clicks and wheel steps; resizes.
public enum InputRouter {
    /// Lines moved by one wheel step.
    public static let wheelStep = 3

    public static func action(for event: InputEvent, keyMap: KeyMap, state: AppState) -> Action? {
        switch event {
        case .key(let key):
            if state.takesText { return key == .ctrl("l") ? .repaint : .input(key) }
            return keyMap.action(for: key, in: state.keyContext)
        case .mouse(let mouse):
            switch mouse.kind {
            case .leftPress: return .click(x: mouse.x, y: mouse.y)
            case .wheelUp: return .scroll(-wheelStep)
            case .wheelDown: return .scroll(wheelStep)
            case .leftRelease, .rightPress: return nil
            }
        case .resize(let width, let height):
            return .resize(TerminalSize(width: width, height: height))
        }
    }
}
