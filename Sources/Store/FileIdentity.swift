/// Device and inode: the same path naming a new file (after a rename) has a new identity.
struct FileIdentity: Equatable, Sendable {
    var device: UInt64
    var inode: UInt64
}
