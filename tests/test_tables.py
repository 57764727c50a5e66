"""Table geometry: merged cells, column widths from content, rows that may split across pages."""

import pytest

from jixiao.tables import (CELL_PADDING_EM, FOLLOWER_MARGIN_PT, ROW_INSETS_PT, SPLIT_START_PT, TABLE_LINE_EM, TABLE_LINE_PT,
                           Cell, cell_lines, column_widths, fitting_size, merged_column, row_breaks, splittable_row)


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


def test_a_long_word_gives_way_to_the_minimums_and_the_whole_columns():
    """Floors that overfill the line: the room for a long word in 主要内容 goes first, a
    label column keeps its minimum (8.7 em, 20.7% of the 42.1 em line) and amounts their
    width (14 characters and the padding: 7.7 em, 18.3%)."""
    widths = column_widths([["合计"], ["见bookmark:_Toc_2_2_0000000003"]] + [["19283760818.47"]] * 3,
                           minimum=(8.7, 10.0, 4.5, 4.5, 4.5), cap=(12.0, 30.0, 8.0, 8.0, 8.0),
                           whole=(False, False, True, True, True))
    assert widths[0] >= 20.6 and min(widths[2:]) >= 18.2 and 23.7 <= widths[1] < 25.0


def test_amounts_set_smaller_give_way_to_a_code_that_must_stay_whole():
    """The 汇总表 of 13-digit amounts: 序号, a 21-character code (11.7 em with its padding,
    27.8% of the 42.1 em line), a name and three amounts overfill the line; the amounts,
    which print smaller, give up room, the code keeps its own (where they do not, it is cut)."""
    code = "13028122P00352110001D"  # 19 digits of 0.5 em and 2 capitals of 0.75 em
    need = round((19 * 0.5 + 2 * 0.75 + CELL_PADDING_EM) / TABLE_LINE_EM * 100, 1)
    columns = [["1"], [code], ["项目名称"]] + [["1864197531.19"]] * 3
    kwargs = dict(minimum=(3.0, 6.0, 7.0, 4.5, 4.5, 4.5), cap=(16.0, 26.0, 16.0, 16.0, 16.0, 16.0),
                  whole=(True, True, False, True, True, True))
    assert need == 27.8 and column_widths(columns, **kwargs)[1] < need
    assert column_widths(columns, **kwargs, smaller=(False, False, False, True, True, True))[1] == need


def test_a_row_taller_than_a_third_of_the_type_area_may_split():
    """15 lines of table text and more (a third of the 版心: 212.6 pt, a line 14.7 pt and
    the row's insets 4.6 pt), whichever cell they are in; the lines depend on the column."""
    assert not splittable_row([("\n".join(["第1行"] * 14), 23.8)])
    assert splittable_row([("\n".join(["第1行"] * 15), 23.8)])
    assert not splittable_row([("宣传" * 100, 84.0)])  # 200 characters, 34 a line: 6 lines
    assert splittable_row([("宣传" * 100, 23.8)])  # 9 a line: 23 lines
    assert splittable_row([("短", 10.0), ("宣传" * 100, 23.8)])
    assert splittable_row([("宣传" * 2000, 84.0)])  # taller than a page too


def test_cell_lines_fill_lines_with_whole_characters_words_and_no_closing_mark_first():
    # a column 23.8% of the 版心 wide holds nine characters a line (9.3 em of room)
    assert cell_lines("一二三四五六七八九", 23.8) == 1
    assert cell_lines("一二三四五六七八九十" * 45, 23.8) == 50  # not 49: no tenth of a character per line
    assert cell_lines("一二三四五六七八九，", 23.8) == 2  # 九， go down together
    assert cell_lines("一二三四五六七八“九十一二三四五六七", 23.8) == 3  # and so do “九
    assert cell_lines("一二三四五六七八12345", 23.8) == 2  # the number is not broken
    assert cell_lines("\n".join(["第1阶段"] * 41), 23.8) == 41
    assert cell_lines("ABCD" * 3, 10.0) == 3  # a word longer than a line, broken anywhere: four capitals a line


def breaks(*args, **kwargs) -> list[tuple[bool, bool]]:
    """Whether each row may split and is standalone, as :func:`row_breaks` finds."""
    return [(b.splittable, b.standalone) for b in row_breaks(*args, **kwargs)]


def test_a_last_row_too_tall_to_go_with_the_row_before_under_a_header_or_above_a_sign_off_is_standalone():
    forty = [("\n".join(["第1行"] * 40), 23.8)]
    ten = [("\n".join(["第1行"] * 10), 23.8)]
    header = 2 * TABLE_LINE_PT
    assert breaks([[("短", 23.8)], forty]) == [(False, False), (True, True)]  # the two do not fit together
    assert breaks([[("短", 23.8)], ten]) == [(False, False), (False, False)]
    thirty_eight = [("\n".join(["第1行"] * 38), 23.8)]
    assert breaks([[("短", 23.8)], thirty_eight]) == [(False, False), (True, False)]
    assert breaks([[("短", 23.8)], thirty_eight], above=header) == [(False, False), (True, True)]
    assert breaks([[("短", 23.8)], thirty_eight], below=header) == [(False, False), (True, True)]


def test_what_follows_a_row_on_its_page_is_the_last_row_after_it_and_what_stays_under_that():
    """The follower of the row before the last is the last row (its first two lines where
    it may split) and what stays under it; the last row's is what stays under it; each with
    the margin of an estimate; other rows and a row before a standalone one have none."""
    one, twenty, forty = ([("\n".join(["第1行"] * n), 23.8)] for n in (1, 20, 40))
    line = TABLE_LINE_PT + ROW_INSETS_PT  # a row of one line
    assert [b.follower for b in row_breaks([one, twenty, one])] == [0.0, line + FOLLOWER_MARGIN_PT, 0.0]
    assert [b.follower for b in row_breaks([one, twenty, one], below=30.0)] == [
        0.0, pytest.approx(line + 30.0 + FOLLOWER_MARGIN_PT), 30.0 + FOLLOWER_MARGIN_PT]
    assert [b.follower for b in row_breaks([twenty, twenty])] == [SPLIT_START_PT + FOLLOWER_MARGIN_PT, 0.0]
    assert [b.follower for b in row_breaks([twenty, forty])] == [0.0, 0.0]  # the last is standalone
    assert row_breaks([]) == []


def test_indicator_table_rows_merge_labels_on_screen_and_name_their_runs_in_print():
    from jixiao.indicator_tables import Column, IndicatorTable, PrintedLabel
    from jixiao.model import Indicator

    def indicator(level1, level2, name):
        return Indicator(level1, level2, name, "", "100%", "", None, "", (), ())
    columns = (Column("一级指标", "level1"), Column("二级指标", "level2"), Column("三级指标", "name"),
               Column("指标值", "value", span=2))
    table = IndicatorTable("t", columns, (10, 15, 15, 20, 20, 20),
                           (indicator("产出指标", "数量指标", "甲"), indicator("产出指标", "数量指标", "乙"),
                            indicator("效益指标", "社会效益指标", "丙")), side="年度绩效指标")

    screen = table.rows()
    assert [[(c.text, c.rowspan) for c in row["labels"]] for row in screen] == [
        [("产出指标", 2), ("数量指标", 2)], [("产出指标", 0), ("数量指标", 0)], [("效益指标", 1), ("社会效益指标", 1)]]
    assert [row["side"] for row in screen] == [Cell("年度绩效指标", 4), None, None], "spans the header and rows"
    assert screen[0]["cells"] == [("甲", 1), ("100%", 2)]

    printed = table.printed_rows()
    assert [row["labels"] for row in printed][:2] == [
        [PrintedLabel("", "t/side", "t/side/0"), PrintedLabel("产出指标", "t/1/0", "t/1/0"),
         PrintedLabel("数量指标", "t/2/0", "t/2/0")],
        [PrintedLabel("", "t/side", "t/side/1"), PrintedLabel("", "t/1/0", "t/1/1"),
         PrintedLabel("", "t/2/0", "t/2/1")]], "every row has its label cells, the run's first one its text"
    assert printed[2]["labels"][1:] == [PrintedLabel("效益指标", "t/1/2", "t/1/2", solid=True),
                                        PrintedLabel("社会效益指标", "t/2/2", "t/2/2", solid=True)], "a run of one row"
    assert table.printed_header_label() == PrintedLabel("年度绩效指标", "t/side", "t/side/head")
    solid = table.printed_rows({"t/2/1", "t/side/0"})
    assert [solid[0]["labels"][0], solid[1]["labels"][2]] == [
        PrintedLabel("年度绩效指标", "t/side", "t/side/0", solid=True),
        PrintedLabel("数量指标", "t/2/0", "t/2/1", solid=True)], "a solid cell holds its text"


def test_amounts_too_wide_for_their_cell_get_the_size_at_which_they_fit():
    assert fitting_size(["10.00", "1234567.89"], 14.0) is None  # 5 em in 5.2 em of room: fits as it is
    assert fitting_size(["10.00", "12345678.90"], 14.0) == 9.9  # 5.5 em
    assert fitting_size(["123456789012345.6789"], 14.0) == 7.0  # no smaller: it wraps


def test_an_indicator_table_starts_a_page_with_its_header_and_first_row_or_its_first_two_lines():
    from jixiao.indicator_tables import Column, IndicatorTable
    from jixiao.model import Indicator

    def table(*names):
        indicators = tuple(Indicator("产出指标", "数量指标", name, "", "100%", "", None, "", (), ()) for name in names)
        return IndicatorTable("t", columns, (10, 15, 15, 20, 20, 20), indicators, side="年度绩效指标")
    columns = (Column("一级指标", "level1"), Column("二级指标", "level2"), Column("三级指标", "name"),
               Column("指标值", "value", span=2))
    one_line = table("甲", "乙").opening_height()
    assert table("甲", "\n".join(["乙"] * 40)).opening_height() == one_line, "only the first row counts"
    assert table("\n".join(["甲"] * 40)).opening_height() == pytest.approx(
        one_line - TABLE_LINE_PT - ROW_INSETS_PT + SPLIT_START_PT), "a first row that may split: its first two lines"
    assert table().opening_height() == 0.0
