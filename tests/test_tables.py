"""Table geometry: merged cells, column widths from content, rows taller than a page."""

from jixiao.tables import Cell, column_widths, merged_column, taller_than_page


def test_merged_column_spans_runs_of_equal_values():
    assert merged_column(["产出", "产出", "效益", "产出"]) == [
        Cell("产出", 2), Cell("产出", 0), Cell("效益", 1), Cell("产出", 1)]
    assert merged_column([("产出", "数量"), ("效益", "数量")]) == [Cell("数量", 1), Cell("数量", 1)]
    assert merged_column([]) == []


def test_column_widths_fill_the_table_and_follow_the_content():
    widths = column_widths([["一级指标"], ["一段很长的绩效指标描述" * 5]], minimum=(3.0, 3.0))
    assert round(sum(widths), 1) == 100.0
    assert widths[1] > widths[0] > 0


def test_column_widths_keep_minimums_when_space_is_short():
    widths = column_widths([["甲" * 40]] * 6, minimum=(10.0,) * 6)
    assert widths == [16.7, 16.7, 16.7, 16.7, 16.7, 16.5]


def test_taller_than_page_depends_on_text_and_column_width():
    assert not taller_than_page([("宣传" * 500, 84.0)])
    assert taller_than_page([("宣传" * 2000, 84.0)])
    assert taller_than_page([("宣传" * 500, 10.0)])
    assert taller_than_page([("短", 10.0), ("宣传" * 500, 10.0)])
    assert not taller_than_page([("第一行\n" * 40, 84.0)])
    assert taller_than_page([("第一行\n" * 60, 84.0)])
