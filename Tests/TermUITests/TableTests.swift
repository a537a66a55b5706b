import Testing
import TermUI

@Suite struct TableTests {
    let people: [(String, String, Int)] = [("张三", "江岸区发展和改革局", 92), ("李四", "汉阳区", 88), ("王五五", "东西湖区街道办事处", 7)]

    func cadres(selected: Int? = 1, sort: (column: Int, ascending: Bool)? = (column: 2, ascending: false)) -> Table {
        let people = self.people
        return Table(columns: [TableColumn(title: "姓名", minWidth: 4), TableColumn(title: "单位", minWidth: 4, weight: 1),
                               TableColumn(title: "得分", minWidth: 4, alignRight: true)],
                     rowCount: people.count, selected: selected, offset: 0, sort: sort) { row, column in
            let p = people[row]
            return TableCell([p.0, p.1, String(p.2)][column])
        }
    }

    @Test func headerRowsAndSortIndicator() {
        #expect(Screen.boxed(cadres(), width: 31, height: 5) == """
        姓名   单位               得分▼|
        张三   江岸区发展和改革局    92|
        李四   汉阳区                88|
        王五五 东西湖区街道办事处     7|
                                       |
        """)
        let ascending = Screen.text(cadres(sort: (column: 2, ascending: true)), width: 31, height: 1)
        #expect(ascending.hasSuffix("得分▲"))
        let ascii = Screen.text(cadres(sort: (column: 0, ascending: true)), width: 31, height: 1, theme: Screen.ascii)
        #expect(ascii.hasPrefix("姓名^ 单位"))
    }

    @Test func headerUsesTheHeaderRoleAndSelectionSpansTheFullWidth() {
        let theme = Screen.color
        let buffer = Screen.buffer(cadres(), width: 40, height: 5, theme: theme)
        for x in 0..<40 {
            #expect(buffer[x, 0].style == theme.header)
            #expect(buffer[x, 2].style == theme.selected, "column \(x) of the selected row")
            #expect(buffer[x, 1].style == theme.base)
        }
    }

    @Test func cellStyleOverridesTheRowStyleExceptWhenSelected() {
        let theme = Screen.color
        let table = Table(columns: [TableColumn(title: "状态")], rowCount: 2, selected: 1, offset: 0) { _, _ in
            TableCell("逾期", style: theme.danger)
        }
        let buffer = Screen.buffer(table, width: 6, height: 3, theme: theme)
        #expect(buffer[0, 1].style == theme.danger)
        #expect(buffer[0, 2].style == theme.selected)
    }

    /// A changed row's highlight covers the whole row, the gaps between columns and the space
    /// after the last included; the selected row keeps the selection.
    @Test func rowStyleCoversTheGapsBetweenColumns() {
        let theme = Screen.color
        let people = self.people
        let table = Table(columns: [TableColumn(title: "姓名", minWidth: 4), TableColumn(title: "得分", minWidth: 4, alignRight: true)],
                          rowCount: people.count, selected: 2, offset: 0, rowStyle: { $0 == 2 || $0 == 0 ? theme.highlight : nil }) { row, column in
            TableCell([people[row].0, String(people[row].2)][column])
        }
        let buffer = Screen.buffer(table, width: 30, height: 4, theme: theme)
        for x in 0..<30 {
            #expect(buffer[x, 1].style.background == theme.highlight.background, "column \(x) of the changed row")
            #expect(buffer[x, 2].style == theme.base)
            #expect(buffer[x, 3].style == theme.selected)
        }
    }

    @Test func cellIsCalledOnlyForVisibleRows() {
        let counter = CallCounter()
        let table = Table(columns: [TableColumn(title: "编号"), TableColumn(title: "诉求", weight: 1), TableColumn(title: "社区")],
                          rowCount: 100_000, selected: 50_004, offset: 50_000) { row, column in
            counter.record(row)
            return TableCell(column == 0 ? "T\(row)" : "楼道灯坏了")
        }
        let buffer = Screen.buffer(table, width: 40, height: 10)
        #expect(counter.rows == Set(50_000..<50_009))
        #expect(counter.calls == 9 * 3)
        #expect(buffer.lines()[1].hasPrefix("T50000 楼道灯坏了"))
        #expect(buffer.lines()[9].hasSuffix(" 50005/100000"))
    }

    @Test func offsetPastTheEndShowsTheLastPage() {
        let table = Table(columns: [TableColumn(title: "n")], rowCount: 100, selected: nil, offset: 5_000, scrollHint: false) { row, _ in
            TableCell(String(row))
        }
        #expect(Screen.text(table, width: 4, height: 4) == "n\n97\n98\n99")
    }

    @Test func columnsShrinkRightToLeftThenDrop() {
        let columns = ["A", "B", "C"].map { TableColumn(title: $0, minWidth: 4) }
        let table = Table(columns: columns, rowCount: 1, selected: nil, offset: 0) { _, _ in TableCell("12345678") }
        #expect(Screen.boxed(table, width: 20, height: 2) == """
        A        B      C   |
        12345678 12345… 123…|
        """)
        #expect(Screen.boxed(table, width: 12, height: 2) == """
        A       B   |
        123456… 123…|
        """)
        #expect(Screen.boxed(table, width: 3, height: 2) == """
        A  |
        12…|
        """)
    }

    @Test func spareWidthGoesToWeightedColumnsUpToTheirMaximum() {
        let area = Rect(x: 10, y: 0, width: 20, height: 3)
        func table(maxY: Int) -> Table {
            Table(columns: [TableColumn(title: "X", weight: 1), TableColumn(title: "Y", maxWidth: maxY, weight: 3), TableColumn(title: "Z")],
                  rowCount: 1, selected: nil, offset: 0) { _, _ in TableCell("ab") }
        }
        // Widths 5, 11, 2: X ends at 14, the gap is 15, Y runs 16…26, Z 28…29.
        let wide = table(maxY: Int.max)
        #expect([14, 15, 16, 26, 27, 28, 29, 30].map { wide.columnAt(x: $0, in: area) } == [0, nil, 1, 1, nil, 2, 2, nil])
        #expect(wide.columnAt(x: 9, in: area) == nil)
        // Y stops at 6, X takes the rest: widths 10, 6, 2.
        let capped = table(maxY: 6)
        #expect([19, 20, 21, 26, 27, 28].map { capped.columnAt(x: $0, in: area) } == [0, nil, 1, 1, nil, 2])
    }

    @Test func chineseCellsAreCutAtExactWidths() {
        func table(_ maxWidth: Int) -> Table {
            Table(columns: [TableColumn(title: "单位", maxWidth: maxWidth), TableColumn(title: "人")], rowCount: 1, selected: nil, offset: 0) { _, c in
                TableCell(c == 0 ? "东西湖区街道办事处" : "9")
            }
        }
        #expect(Screen.boxed(table(7), width: 10, height: 2) == """
        单位    人|
        东西湖… 9 |
        """)
        #expect(Screen.boxed(table(8), width: 11, height: 2) == """
        单位     人|
        东西湖…  9 |
        """)
        #expect(Screen.boxed(table(7), width: 14, height: 2) == """
        单位        人|
        东西湖区街… 9 |
        """, "spare width goes to text that would be cut, past the column's maximum")
    }

    @Test func offsetKeepingSelectionVisible() {
        #expect(Table.offset(keeping: 0, offset: 5, visibleRows: 10, rowCount: 100) == 0)
        #expect(Table.offset(keeping: 8, offset: 5, visibleRows: 10, rowCount: 100) == 5)
        #expect(Table.offset(keeping: 20, offset: 5, visibleRows: 10, rowCount: 100) == 11)
        #expect(Table.offset(keeping: 99, offset: 0, visibleRows: 10, rowCount: 100) == 90)
        #expect(Table.offset(keeping: 200, offset: 0, visibleRows: 10, rowCount: 100) == 90)
        #expect(Table.offset(keeping: 5, offset: 95, visibleRows: 10, rowCount: 100) == 5)
        #expect(Table.offset(keeping: 2, offset: 7, visibleRows: 10, rowCount: 3) == 0)
        #expect(Table.offset(keeping: 3, offset: 2, visibleRows: 0, rowCount: 10) == 0)
        #expect(Table.visibleRowCount(in: Rect(x: 0, y: 0, width: 5, height: 10)) == 9)
        #expect(Table.visibleRowCount(in: .zero) == 0)
    }

    @Test func rowAtMapsScreenRowsToRowIndices() {
        let area = Rect(x: 0, y: 2, width: 20, height: 5)
        let table = Table(columns: [TableColumn(title: "n")], rowCount: 100, selected: nil, offset: 10) { r, _ in TableCell("\(r)") }
        #expect([1, 2, 3, 6, 7].map { table.rowAt(y: $0, in: area) } == [nil, nil, 10, 13, nil])
        var end = table
        end.offset = 98
        #expect(end.rowAt(y: 3, in: area) == 96)
        let short = Table(columns: [TableColumn(title: "n")], rowCount: 2, selected: nil, offset: 0) { r, _ in TableCell("\(r)") }
        #expect([3, 4, 5].map { short.rowAt(y: $0, in: area) } == [0, 1, nil])
    }

    @Test func emptyTableShowsItsMessage() {
        let table = Table(columns: [TableColumn(title: "名称")], rowCount: 0, selected: nil, offset: 0, emptyMessage: "没有工单") { _, _ in
            Issue.record("an empty table asked for a cell")
            return TableCell("")
        }
        #expect(Screen.text(table, width: 20, height: 5) == "名称\n\n\n      没有工单\n")
    }

    @Test func scrollHintInTheBottomRightWhenRowsOverflow() {
        let table = Table(columns: [TableColumn(title: "序号", weight: 1)], rowCount: 100, selected: 4, offset: 3) { r, _ in
            TableCell("第\(r)行")
        }
        #expect(Screen.boxed(table, width: 20, height: 4) == """
        序号                |
        第3行               |
        第4行               |
        第5行          5/100|
        """)
        #expect(table.positionText == "5/100")
    }
}
