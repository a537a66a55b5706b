import Domain

/// What became of a change the loop submitted.
public enum SubmitOutcome: Equatable, Sendable {
    /// Written, with the data as the store has it afterwards.
    case applied(AppliedChange, Dataset)
    /// Refused with the reason in both languages; nothing was written.
    case refused(recordID: String, reason: Label)
}
