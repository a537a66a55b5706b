import Panels
import TermUI

/// Two bindings that would answer the same key at the same moment: both the shell's, the
/// shell's and a page's, or one page's in modes that overlap.
public struct KeyConflict: Equatable, Sendable {
    public var key: Key
    public var first: String
    public var second: String

    /// Every conflict among the shell's and the pages' bindings with the user's keys.
    public static func all(_ keyMap: KeyMap) -> [KeyConflict] {
        let scoped: [(tab: Tab?, binding: Binding<Action>)] = keyMap.apply(ShellBindings.all).map { (nil, $0) }
            + PageRouter.catalogues.flatMap { page in keyMap.apply(page.bindings).map { (Optional(page.tab), $0) } }
        var conflicts: [KeyConflict] = []
        for (i, a) in scoped.enumerated() {
            for b in scoped[(i + 1)...] where a.binding.id != b.binding.id && overlap(a, b) {
                for key in a.binding.keys where b.binding.keys.contains(key) {
                    let conflict = KeyConflict(key: key, first: a.binding.id, second: b.binding.id)
                    if !conflicts.contains(conflict) { conflicts.append(conflict) }
                }
            }
        }
        return conflicts
    }

    private static func overlap(_ a: (tab: Tab?, binding: Binding<Action>), _ b: (tab: Tab?, binding: Binding<Action>)) -> Bool {
        guard let first = a.tab, let second = b.tab else { return true }
        guard first == second else { return false }
        return a.binding.modes.isEmpty || b.binding.modes.isEmpty || !a.binding.modes.isDisjoint(with: b.binding.modes)
    }

    /// Every binding id a settings file may rebind.
    public static var bindingIDs: Set<String> {
        Set(ShellBindings.all.map(\.id) + PageRouter.catalogues.flatMap { $0.bindings.map(\.id) })
    }
}
