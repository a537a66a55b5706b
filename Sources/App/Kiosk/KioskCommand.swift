import TermUI

/// What a presenter may do to a running kiosk; every other key only counts toward the unlock
/// sequence.
public enum KioskCommand: Equatable, Sendable {
    case togglePause
    case next
    case previous
    case typed(Key)
}
