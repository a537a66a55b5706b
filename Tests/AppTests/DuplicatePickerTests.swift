import Testing
import Domain
import Panels
@testable import App

@Suite("Close as duplicate: the picker of likely originals")
struct DuplicatePickerTests {
    @Test("the same community first, then the same title; never the ticket itself; never a default from elsewhere")
    func candidates() throws {
        let tickets = Fixture.dataset.tickets
        for ticket in tickets where tickets.contains(where: { $0.id != ticket.id && $0.title == ticket.title }) {
            let choices = TicketPickers.duplicates(for: ticket, in: Fixture.dataset)
            #expect(!choices.isEmpty && choices.count <= 21)
            let picked = choices.compactMap { Fixture.dataset.ticket($0.value) }
            let community = ticket.location.path(to: .community)
            #expect(picked.allSatisfy { $0.id != ticket.id })
            for other in picked {
                let samePlace = other.location.path(to: .community) == community
                #expect(other.title == ticket.title || (samePlace && other.category == ticket.category))
            }
            // Same-community tickets lead; when there is none, the first choice is blank.
            let places = picked.map { $0.location.path(to: .community) == community }
            #expect(places == places.sorted { $0 && !$1 })
            if places.first == true {
                #expect(choices[0].label.en.hasPrefix(picked[0].id + " " + picked[0].title))
            } else {
                #expect(choices[0].value == "" && choices[0].label.en == "(choose the original)")
            }
        }
    }

    @Test("the picked original is the one closed against, unless an id is typed")
    func operation() throws {
        // A ticket whose likeliest original is in its own community, so the picker starts on it.
        let ticket = try #require(Fixture.dataset.tickets.first { $0.isOpen && TicketPickers.duplicates(for: $0, in: Fixture.dataset).first.map { !$0.value.isEmpty } == true })
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

    @Test("a blank pick and no typed id is refused in the form")
    func blank() throws {
        let spec = try #require(OperationSpec.named("ticket.close_duplicate"))
        let form = FormModel(id: spec.id, title: spec.title, recordID: "T-000001", revision: 1,
                             fields: [.choice("original.suggested", Label(zh: "相似工单", en: "Similar ticket"), [Choice("(choose the original)", value: "")]),
                                      .text("original", Label(zh: "原工单编号", en: "Original ticket"))])
        guard case .failure(let refusal) = OperationForm.change(form, spec: spec, language: .en) else { Issue.record("a blank original was taken"); return }
        #expect(refusal.message == "choose or type the original ticket")
    }
}
