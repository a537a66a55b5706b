import Domain
import Panels
import TermUI

/// The shell's own bindings, the same on every page.
enum ShellBindings {
    static let all: [Binding<Action>] = [
        Binding("shell.help", [.char("?"), .function(1)], .shell(.help), Label(zh: "帮助", en: "Help"), group: .general, bar: .always),
        Binding("shell.quit", [.char("q"), .function(10)], .shell(.quit), Label(zh: "退出", en: "Quit"), group: .general,
                bar: .modes([PageMode.browse, PageMode.queue])),
        Binding("shell.palette", [.char(":"), .ctrl("p")], .shell(.palette), Label(zh: "命令面板(输入以查找)", en: "Command palette (type to find)"),
                group: .general),
        Binding("shell.repaint", [.ctrl("l")], .shell(.repaint), Label(zh: "重绘屏幕", en: "Repaint the screen"), group: .general),
        Binding("shell.doctor", [], .shell(.doctor), Label(zh: "终端诊断(doctor):终端、测量、文件", en: "Doctor: terminal, measurements, files"),
                group: .general),
    ] + Tab.allCases.map { tab in
        Binding("shell.tab.\(tab.id)", [.char(Character(String(tab.rawValue)))], .shell(.selectTab(tab)), tab.label, group: .navigation)
    } + [
        Binding("shell.next_tab", [.tab], .shell(.nextTab), Label(zh: "下一页", en: "Next tab"), group: .navigation, bar: .modes([PageMode.browse, PageMode.board])),
        Binding("shell.previous_tab", [.backTab], .shell(.previousTab), Label(zh: "上一页", en: "Previous tab"), group: .navigation),
    ]
}
