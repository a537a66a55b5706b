import TermUI

/// Turns terminal input into actions: keys through the bindings that work now (or, while an
/// overlay or a text input has the keyboard, as typed keys); clicks through the hit regions of
/// the frame on screen; wheel steps; pastes; resizes.
public enum InputRouter {
    /// Lines moved by one wheel step.
    public static let wheelStep = 3

    public static func action(for event: InputEvent, state: AppState, frame: Frame<Action>?) -> Action? {
        switch event {
        case .key(let key):
            if key == .ctrl("l") { return .shell(.repaint) }
            if state.kiosk != nil { return KioskBindings.action(for: key) }
            if state.takesText { return .input(key) }
            return KeyMap.binding(for: key, in: state.bindings(availability: false))?.command
        case .paste(let text):
            return state.kiosk == nil ? .paste(text) : nil
        case .mouse(let mouse):
            guard state.kiosk == nil else { return nil }
            switch mouse.kind {
            case .leftPress: return frame?.hit(x: mouse.x, y: mouse.y) ?? nil
            case .wheelUp: return .scroll(-wheelStep)
            case .wheelDown: return .scroll(wheelStep)
            case .leftRelease, .rightPress: return nil
            }
        case .resize(let width, let height):
            return .resize(TerminalSize(width: width, height: height))
        }
    }
}
