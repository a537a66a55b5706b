import Foundation

/// A record of a snapshot that cannot be decoded: where it starts in the file, its bytes, and
/// `JSONDecoder`'s error for it alone, enough to say where it goes wrong without reading the
/// rest of the file again.
struct RecordFailure: @unchecked Sendable {
    var offset: Int
    var bytes: Data
    var error: any Error
}
