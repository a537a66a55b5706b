/// How much room one part of a split asks for.
public enum Constraint: Equatable, Sendable {
    /// Exactly this many cells (less if the space runs out).
    case fixed(Int)
    /// A share of what the fixed parts leave, weighted against the other proportional parts.
    case proportional(Int)
    /// At least this many cells, then a share (weight 1) of the rest.
    case min(Int)
}

public enum Direction: Sendable {
    case horizontal
    case vertical
}

/// Splits a rectangle into consecutive parts along one direction.
public enum Layout {
    public static func split(_ rect: Rect, _ direction: Direction, _ constraints: [Constraint], spacing: Int = 0) -> [Rect] {
        guard !constraints.isEmpty else { return [] }
        let total = direction == .horizontal ? rect.width : rect.height
        var available = max(0, total - spacing * (constraints.count - 1))
        var sizes = [Int](repeating: 0, count: constraints.count)
        for (i, c) in constraints.enumerated() {
            switch c {
            case .fixed(let n), .min(let n):
                sizes[i] = Swift.min(Swift.max(0, n), available)
                available -= sizes[i]
            case .proportional:
                break
            }
        }
        let weights = constraints.map { c -> Int in
            switch c {
            case .fixed: return 0
            case .proportional(let w): return Swift.max(0, w)
            case .min: return 1
            }
        }
        let weightSum = weights.reduce(0, +)
        if weightSum > 0 {
            var given = 0
            var lastWeighted = 0
            for (i, w) in weights.enumerated() where w > 0 {
                let share = available * w / weightSum
                sizes[i] += share
                given += share
                lastWeighted = i
            }
            sizes[lastWeighted] += available - given
        }
        var rects: [Rect] = []
        var offset = 0
        for size in sizes {
            switch direction {
            case .horizontal:
                rects.append(Rect(x: rect.x + offset, y: rect.y, width: size, height: rect.height))
            case .vertical:
                rects.append(Rect(x: rect.x, y: rect.y + offset, width: rect.width, height: size))
            }
            offset += size + spacing
        }
        return rects
    }
}
