import Testing
import Domain
import Panels
@testable import App

@Suite("Close as duplicate: the picker of likely originals")
struct DuplicatePickerTests {
    @Test("same title first, then same category in the same community; never the ticket itself")
    func candidates() throws {
        let tickets = Fixture.dataset.tickets
        let ticket = try #require(tickets.first { t in tickets.contains { $0.id != t.id && $0.title == t.title } })
        let choices = TicketPickers.duplicates(for: ticket, in: Fixture.dataset)
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
        let ticket = try #require(Fixture.dataset.tickets.first { $0.isOpen && !TicketPickers.duplicates(for: $0, in: Fixture.dataset).isEmpty })
        let spec = try #require(OperationSpec.named("ticket.close_duplicate"))
        let effects = GridPage(Fixture.state().environment).begin(spec.id, on: ticket, Fixture.state().environment)
        guard case .openForm(var form)? = effects.first else { Issue.record("no form: \(effects)"); return }
        func operation(_ form: FormModel) -> Domain.Operation? { try? OperationForm.change(form, spec: spec, language: .en).get().operation }
        let first = TicketPickers.duplicates(for: ticket, in: Fixture.dataset)[0].value
        #expect(operation(form) == .closeDuplicate(of: first))
        form.focus = 1
        for character in "12" { _ = form.fields[1].handle(.char(character)) }
        #expect(operation(form) == .closeDuplicate(of: "T-000012"))
    }
}
