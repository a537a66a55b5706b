import Testing
import Domain
@testable import App

@Suite("Close as duplicate: the picker of likely originals")
struct DuplicatePickerTests {
    @Test("same title first, then same category in the same community; never the ticket itself")
    func candidates() throws {
        let tickets = Fixture.dataset.tickets
        let ticket = try #require(tickets.first { t in tickets.contains { $0.id != t.id && $0.title == t.title } })
        let choices = GridForms.duplicateChoices(for: ticket, in: Fixture.dataset)
        #expect(!choices.isEmpty && choices.count <= 20)
        let picked = choices.compactMap { Fixture.dataset.ticket($0.value) }
        #expect(picked.allSatisfy { $0.id != ticket.id })
        #expect(picked.first?.title == ticket.title)
        for other in picked {
            let samePlace = other.location.path(to: .community) == ticket.location.path(to: .community)
            #expect(other.title == ticket.title || (samePlace && other.category == ticket.category))
        }
        #expect(choices[0].label.en.hasPrefix(picked[0].id + " " + picked[0].title))
    }

    @Test("the picked original is the one closed against, unless an id is typed")
    func operation() throws {
        let ticket = try #require(Fixture.dataset.tickets.first { $0.isOpen && !GridForms.duplicateChoices(for: $0, in: Fixture.dataset).isEmpty })
        var form = GridForms.form(.closeDuplicate, ticket: ticket, state: Fixture.state())
        let first = GridForms.duplicateChoices(for: ticket, in: Fixture.dataset)[0].value
        #expect(GridForms.operation(.closeDuplicate, form: form) == .closeDuplicate(of: first))
        form.focus = 1
        for character in "12" { _ = form.fields[1].handle(.char(character)) }
        #expect(GridForms.operation(.closeDuplicate, form: form) == .closeDuplicate(of: "T-000012"))
    }
}
