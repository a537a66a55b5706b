/// Something that draws itself into a rectangle of a buffer. A widget fills exactly its area,
/// draws nothing outside it and never touches the terminal.
public protocol Widget {
    func render(_ area: Rect, into buffer: inout Buffer, theme: Theme)
}
