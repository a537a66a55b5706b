/// Records which rows a table asked for, to prove it asks only for the visible ones.
final class CallCounter {
    var calls = 0
    var rows = Set<Int>()

    func record(_ row: Int) {
        calls += 1
        rows.insert(row)
    }
}
