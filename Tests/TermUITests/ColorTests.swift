import Testing
import TermUI

@Suite struct ColorTests {
    @Test func downgradeSteps256To16To8ToMono() {
        let red = Color.indexed(196)
        #expect(red.downgraded(to: .xterm256) == .indexed(196))
        #expect(red.downgraded(to: .ansi16) == .brightRed)
        #expect(red.downgraded(to: .ansi8) == .red)
        #expect(red.downgraded(to: .monochrome) == .default)
        #expect(Color.blue.downgraded(to: .ansi16) == .blue)
        #expect(Color.brightRed.downgraded(to: .ansi8) == .red)
        #expect(Color.default.downgraded(to: .ansi8) == .default)
    }

    @Test func greyStaysVisibleOnEightColours() {
        // Grey borders must not turn black (invisible on a dark terminal) when the bright bit goes.
        #expect(Color.indexed(244).downgraded(to: .ansi16) == .brightBlack)
        #expect(Color.indexed(244).downgraded(to: .ansi8) == .white)
        #expect(Color.brightBlack.downgraded(to: .ansi8) == .white)
        #expect(Color.indexed(238).downgraded(to: .ansi8) == .black, "dark grey backgrounds go dark")
        #expect(Color.indexed(214).downgraded(to: .ansi8) == .yellow, "orange is a colour, not a grey")
        #expect(Color.indexed(24).downgraded(to: .ansi8) == .cyan)
    }

    @Test func selectionAndStatusBarStayReadableOnEightColours() {
        let theme = Theme.make(tier: .xterm256)
        for style in [theme.selected, theme.statusBar, theme.tabActive, theme.keyName, theme.dialog, theme.input] {
            let down = style.downgraded(to: .ansi8)
            #expect(down.foreground != down.background, "\(style) loses its text on 8 colours")
        }
    }

    @Test func styleDowngradeKeepsModifiers() {
        let style = Style(foreground: .indexed(220), background: .indexed(24), modifiers: .bold)
        let mono = style.downgraded(to: .monochrome)
        #expect(mono == Style(modifiers: .bold))
    }

    @Test func noColorSetAndNonEmptyMeansMonochrome() {
        #expect(ColorTier.select(colors: 256, hasColors: true, environment: ["NO_COLOR": "1"], forceMonochrome: false) == .monochrome)
        #expect(ColorTier.select(colors: 256, hasColors: true, environment: ["NO_COLOR": ""], forceMonochrome: false) == .xterm256)
        #expect(ColorTier.select(colors: 256, hasColors: true, environment: [:], forceMonochrome: false) == .xterm256)
    }

    @Test func tierFollowsTheColourCount() {
        #expect(ColorTier.select(colors: 88, hasColors: true, environment: [:], forceMonochrome: false) == .ansi16)
        #expect(ColorTier.select(colors: 16, hasColors: true, environment: [:], forceMonochrome: false) == .ansi16)
        #expect(ColorTier.select(colors: 8, hasColors: true, environment: [:], forceMonochrome: false) == .ansi8)
        #expect(ColorTier.select(colors: 2, hasColors: true, environment: [:], forceMonochrome: false) == .monochrome)
        #expect(ColorTier.select(colors: 256, hasColors: false, environment: [:], forceMonochrome: false) == .monochrome)
        #expect(ColorTier.select(colors: 256, hasColors: true, environment: [:], forceMonochrome: true) == .monochrome)
    }

    /// Every `Style` the theme declares, found by reflection so a new role cannot be missed.
    private func roles(_ theme: Theme) -> [(String, Style)] {
        Mirror(reflecting: theme).children.compactMap { child in
            (child.value as? Style).map { (child.label ?? "?", $0) }
        }
    }

    @Test func monochromeThemeHasNoColours() {
        let theme = Theme.make(tier: .monochrome)
        let all = roles(theme)
        #expect(all.count >= 20)
        for (name, style) in all {
            #expect(style.foreground == .default && style.background == .default, "\(name) has a colour")
        }
        #expect(theme.selected.modifiers.contains(.reverse))
        #expect(theme.selected != theme.base, "selection must show without colour")
    }

    @Test func colourThemeUsesColoursAndStepsDown() {
        let theme = Theme.make(tier: .xterm256)
        #expect(roles(theme).contains { $0.1.foreground != .default })
        for (name, style) in roles(theme) {
            let down = style.downgraded(to: .ansi8)
            for color in [down.foreground, down.background] {
                if case .indexed(let i) = color { #expect(i < 8, "\(name) kept colour \(i) on 8 colours") }
            }
        }
    }
}
