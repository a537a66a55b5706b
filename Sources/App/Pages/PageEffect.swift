import Domain
import Panels

/// What a page asks of the shell after an update: the page changes only its own state.
public enum PageEffect: Equatable, Sendable {
    /// A line for the status bar (a refusal, a confirmation).
    case message(String)
    /// Write one change; the page hears back through `submitted`.
    case submit(Change)
    /// Open a form over the page; Enter in it comes back through `formSubmitted`.
    case openForm(FormModel)
    case closeForm
    /// Show why the form cannot be saved, inside it.
    case formError(String)
}
