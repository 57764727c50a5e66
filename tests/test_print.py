"""Print quality measured from the PDFs: the page of GB/T 9704-2012, its page numbers,
the embedded faces, and indicator tables whose labels are printed on every page that
their rows are on."""

from __future__ import annotations

import io
import re
import subprocess
from pathlib import Path

import pytest

from conftest import FILINGS, SEED_OF, edited, pdf_page_size, pdf_pages, pdf_text, pdf_words, run_jixiao, squeeze
from jixiao.indicator_tables import IndicatorTable
from jixiao.pipeline import process

MM = 72 / 25.4
A4 = (210 * MM, 297 * MM)
# 版心 156 mm × 225 mm under a 天头 of 37 mm; 订口 28 mm on the left of odd pages, on the
# right of even ones.
TOP, WIDTH, HEIGHT, BINDING, OUTER = 37 * MM, 156 * MM, 225 * MM, 28 * MM, 26 * MM
FIRST_NUMBERED = {"hebei-shanhaiguan-2022": 3, "hebei-zunhua-2022": 3,
                  "hunan-yuanjiang-2024": 1, "xinjiang-korla-2020": 1}


def type_area(page: int) -> tuple[float, float, float, float]:
    """x0, y0, x1, y1 in points of the 版心 of a 1-based page."""
    left = BINDING if page % 2 else OUTER
    return left, TOP, left + WIDTH, TOP + HEIGHT


@pytest.mark.parametrize("name", sorted(SEED_OF))
def test_pages_are_a4_with_text_inside_the_type_area_and_numbers_outside(built, name):
    pdf = built / f"{name}.pdf"
    for page in range(1, pdf_pages(pdf) + 1):
        assert pdf_page_size(pdf, page) == pytest.approx(A4, abs=0.5)
        x0, y0, x1, y1 = type_area(page)
        words = pdf_words(pdf, page)
        # the name of a table run on from the page before stands just above the 版心, at its left
        caption = [w for w in words if w[4] < y0 and w[4] > y0 - 8 * MM and w[1] == pytest.approx(x0, abs=1)]
        assert len(caption) <= 1 and all(w[0].endswith("（续表）") for w in caption), f"page {page}: {caption}"
        outside = [w for w in words if w[2] < y1 and (w[1] < x0 - 0.5 or w[3] > x1 + 0.5 or w[2] < y0 - 0.5)
                   and w not in caption]
        assert not outside, f"page {page}: text outside the 版心: {outside}"
        folio = [w for w in words if w[2] >= y1]
        number = page - FIRST_NUMBERED[name] + 1
        assert "".join(w[0] for w in folio) == (f"—{number}—" if number >= 1 else ""), f"page {page}"
        if folio:
            # about 7 mm under the 版心, 14 pt (4号), one character in from the outer side
            assert 3 * MM < folio[0][2] - y1 < 7 * MM
            assert folio[0][4] - folio[0][2] == pytest.approx(14, abs=0.5)
            if page % 2:
                assert folio[-1][3] == pytest.approx(x1 - 14, abs=1)
            else:
                assert folio[0][1] == pytest.approx(x0 + 14, abs=1)


# PostScript names of the faces in the stylesheets' stacks (templates/shared/base.css):
# the official ones, then the free stand-ins.
STACK = re.compile(r"(FangSong(_GB2312)?|KaiTi(_GB2312)?|SimHei|SimSun|FZXBSJW|FZXiaoBiaoSong\S*"
                   r"|Fandol(Fang|Kai|Song|Hei)\S*|LXGWWenKai\S*|Noto-(Serif|Sans)-CJK-SC\S*)")


@pytest.mark.parametrize("name", sorted(SEED_OF))
def test_only_faces_of_the_stack_are_embedded_as_subsets(built, name):
    listing = subprocess.run(["pdffonts", str(built / f"{name}.pdf")], capture_output=True, text=True,
                             check=True).stdout.splitlines()[2:]
    faces = [line.split()[0] for line in listing]
    for line, face in zip(listing, faces):
        subset, base = face.split("+", 1)
        assert re.fullmatch(r"[A-Z]{6}", subset) and STACK.fullmatch(base), line
        assert line.split()[-5:-2] == ["yes", "yes", "yes"], f"not embedded, subset, with a map to Unicode: {line}"
    if name.startswith("hebei"):
        assert any("Fang" in f for f in faces) and any("Kai" in f for f in faces), faces


def test_a_character_the_fandol_faces_lack_falls_back_to_a_face_of_a_like_weight(tmp_path):
    """The Fandol faces have the GB 2312 characters only: 喆 and 堃 are set in the light
    Noto Serif among 仿宋 body text, in its semibold weight among 宋体 table text and in the
    medium Noto Sans among 黑体 titles; the regular weights print too heavy or too thin."""
    pdf = build_edited(tmp_path, ("    一是指导落实", "    由副书记王喆、李堃牵头，一是指导落实"),
                       ("  - 名称: 扫黑除恶工作经费", "  - 名称: 扫黑除恶喆堃工作经费"))
    assert "由副书记王喆、李堃牵头" in squeeze(pdf_text(pdf, 3))
    faces = {line.split()[0].split("+")[1] for line in subprocess.run(
        ["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout.splitlines()[2:]}
    assert {"Noto-Serif-CJK-SC-Light", "Noto-Serif-CJK-SC-Semi-Bold", "Noto-Sans-CJK-SC-Medium"} <= faces
    assert not {"Noto-Serif-CJK-SC", "Noto-Sans-CJK-SC"} & faces, "no regular weight"


def indicator_tables(view: object) -> list[IndicatorTable]:
    """The indicator tables of a view, in the order they are printed."""
    if isinstance(view, IndicatorTable):
        return [view]
    if isinstance(view, dict):
        view = list(view.values())
    if isinstance(view, list):
        return [t for item in view for t in indicator_tables(item)]
    return []


@pytest.mark.parametrize("name", sorted(SEED_OF))
def test_every_indicator_row_has_its_labels_on_its_page(built, name):
    """Read back page by page: a row's text is preceded, on its own page and under the
    table header printed there, by its 一级 label, and by its 二级 label as the nearest
    of the table's 二级 labels."""
    pdf = built / f"{name}.pdf"
    pages = [squeeze(pdf_text(pdf, page=n)) for n in range(1, pdf_pages(pdf) + 1)]
    page, position, checked = 0, 0, 0
    for table in indicator_tables(process(FILINGS / f"{name}.yaml").view):
        level2_labels = {i.level2 for i in table.indicators}
        for indicator in table.indicators:
            row = squeeze(indicator.name + str(getattr(indicator, table.columns[3].field)))
            while (found := pages[page].find(row, position)) < 0:
                page, position = page + 1, 0
            header = pages[page].rfind("三级指标", 0, found)
            assert header >= 0, f"page {page + 1}: {indicator.name} has no table header above it"
            above = pages[page][header:found]
            nearest = max(level2_labels, key=above.rfind)
            assert above.rfind(nearest) >= 0, f"page {page + 1}: {indicator.name} without a 二级 label"
            assert nearest == indicator.level2, f"page {page + 1}: {indicator.name} is under {nearest}"
            assert indicator.level1 in above, f"page {page + 1}: {indicator.name} without {indicator.level1}"
            position = found + len(row)
            checked += 1
    assert checked > 20


QUANTITY_ROW = "          - 名称: 宣传、活动开展次数\n            指标值: 开展扫黑除恶宣传情况\n"


def build_seed(tmp_path, filing: str, *edits: tuple[str, str]):
    """The PDF of an example filing with some text replaced."""
    path = edited(tmp_path, filing, *edits)
    result = run_jixiao("build", str(path), "-o", str(tmp_path), "--no-html")
    assert result.returncode == 0, result.stderr
    return path.with_suffix(".pdf")


def build_edited(tmp_path, *edits: tuple[str, str]):
    """The PDF of seed 002's filing (山海关) with some text replaced."""
    return build_seed(tmp_path, "hebei-shanhaiguan-2022.yaml", *edits)


def test_a_long_compiling_unit_keeps_its_last_character_with_bian_zhi(tmp_path):
    unit = "中共遵化市委政法委员会机关党委和社会治安综合治理办公室"  # 26 characters: one line and one more
    pdf = build_edited(tmp_path, ("  编制单位: 政法委部门", f"  编制单位: {unit}"))
    lines = [line.strip() for line in pdf_text(pdf, 1).splitlines() if line.strip()]
    wrapped = next(n for n, line in enumerate(lines) if line.startswith(unit[:10]))
    assert lines[wrapped] + lines[wrapped + 1] == unit + "编制"
    assert len(lines[wrapped + 1]) >= 3  # 室编制, not 制 alone


def test_a_row_taller_than_a_page_has_the_header_and_its_labels_on_every_page(tmp_path):
    long_value = ("开展扫黑除恶宣传活动，保障日常工作正常运转" * 150)[:3000]
    long_name = "培训" + "组织开展政法干部业务培训" * 40  # runs on to the next page, ends high up there
    pdf = build_edited(tmp_path, (QUANTITY_ROW, QUANTITY_ROW + f"          - 名称: {long_name}\n            指标值: {long_value}\n"))
    pages = [squeeze(pdf_text(pdf, page=n)) for n in range(1, pdf_pages(pdf) + 1)]
    holding = [n for n, text in enumerate(pages, 1) if long_value[1000:1010] in text or long_value[2000:2010] in text
               or long_value[2900:2910] in text]
    assert len(holding) >= 2, "the row is split over pages"
    for n in holding:
        header = pages[n - 1].find("一级指标二级指标三级指标")
        assert header >= 0, f"page {n}: no table header"
        assert pages[n - 1].find("产出指标数量指标", header) >= 0, f"page {n}: the row's labels are missing"
    for n in holding[1:]:  # the text runs on from the top of its cell, under the repeated header
        words = pdf_words(pdf, n)
        header_top = next(w[2] for w in words if w[0] == "一级指标")
        header_foot = max(w[4] for w in words if w[2] < header_top + 10)  # its words, on one line or two
        for text in (long_value, long_name):
            top = min((w[2] for w in words if w[2] > header_foot and w[0] in text), default=None)
            assert top is None or top - header_foot < 10, f"page {n}: a text starts {top - header_foot:.0f} pt below the header"


LONG_VALUE = "河湖长制巡查覆盖率每月通报一次，做到问题发现、交办、整改、销号闭环管理，台账逐月更新归档，" * 40


@pytest.mark.parametrize("filing, name, value", [
    ("hebei-shanhaiguan-2022.yaml", "宣传、活动开展次数", "\n            指标值: 开展扫黑除恶宣传情况\n"),
    ("hunan-yuanjiang-2024.yaml", "发放各类宣传资料", "\n          指标值: ≥10000篇\n"),
    ("xinjiang-korla-2020.yaml", "在职人员控制率", "\n          指标值: 100%\n")])
def test_a_row_split_over_pages_names_its_indicator_on_each(tmp_path, filing, name, value):
    """The 三级指标 of a row that runs over pages is printed beside its part on each page,
    as its 一级 and 二级 labels are: a page of the row's text alone would not say which
    indicator it is of."""
    pdf = build_seed(tmp_path, filing, (f"名称: {name}{value}", f"名称: {name}{value.split(':')[0]}: {LONG_VALUE}\n"))
    assert_named_beside_each_part(pdf, name, LONG_VALUE)


def test_a_split_row_before_the_sign_off_names_its_indicator_beside_its_first_lines(tmp_path):
    """The last row of a 湖南 form gives its last lines to the page of the sign-off; its
    name, a label, does not go with them, leaving its first lines unnamed."""
    value = "".join(f"\n            第{n}次：开展群众满意度电话抽样调查，抽样不少于200户，满意率不低于95%。" for n in range(1, 16))
    pdf = build_seed(tmp_path, "hunan-yuanjiang-2024.yaml", ("        - 名称: 社会群众满意度\n          指标值: ≥95%\n",
                                                              f"        - 名称: 群众对综治工作满意度\n          指标值: |-{value}\n"))
    assert_named_beside_each_part(pdf, "群众对综治工作满意度", value)


@pytest.mark.parametrize("filler", [34, 36, 38])
def test_a_split_row_starts_where_its_name_of_four_lines_fits_beside_it(tmp_path, filler):
    """A row named by a label of four lines does not start at the foot of a page with room
    for two lines of its text only: those lines would print unnamed there."""
    name = "全市法治宣传资料发放覆盖行政村比例及印发份数"  # four lines in the 三级指标 column
    value = "".join(f"\n            第{n}批：组织法治宣传进村入户，发放资料不少于500份，做到问题发现交办整改销号闭环管理。"
                    for n in range(1, 31))
    rows = "".join(f"\n            第{n}行" for n in range(1, filler + 1))
    pdf = build_seed(tmp_path, "hunan-yuanjiang-2024.yaml", (
        "          指标值: ≥1次\n        - 名称: 发放各类宣传资料\n          指标值: ≥10000篇\n",
        f"          指标值: |-{rows}\n        - 名称: {name}\n          指标值: |-{value}\n"))
    first = next(n for n in range(1, pdf_pages(pdf) + 1) if "第1批" in squeeze(pdf_text(pdf, n)))
    assert name in squeeze(pdf_text(pdf, first)), "the name beside the row's first lines"


@pytest.mark.parametrize("batches", [20, 31])  # where the row's last part had two lines
def test_a_split_row_ends_on_a_page_with_room_for_its_name_of_four_lines_beside_it(tmp_path, batches):
    """A row named by a label of four lines keeps four lines on the page of its end (CSS
    widows): with two, the name did not fit beside them and that page named no indicator."""
    name = "全市法治宣传资料发放覆盖行政村比例及印发份数"  # four lines in the 三级指标 column
    value = "".join(f"\n            第{n}批：组织法治宣传进村入户，发放资料不少于500份，做到问题发现交办整改销号闭环管理。"
                    for n in range(1, batches + 1))
    pdf = build_seed(tmp_path, "hunan-yuanjiang-2024.yaml", (
        "        - 名称: 发放各类宣传资料\n          指标值: ≥10000篇\n", f"        - 名称: {name}\n          指标值: |-{value}\n"))
    assert_named_beside_each_part(pdf, name, value)


@pytest.mark.parametrize("filler", [12, 38])  # where the task's last part had two lines
def test_a_split_task_ends_on_a_page_with_room_for_its_name_beside_it(tmp_path, filler):
    name = "综治视联网共享平台及三级综治中心对讲机租费专项经费"  # four lines in the 任务名称 column
    content = "".join(f"{n}.乙号平台及成员单位通过视联网排查社会面防控及公共安全等各类专项甲问题。" for n in range(1, 16))
    before = "    用途: 切实做好涉法涉诉困难当事人的帮扶救助工作，有效化解矛盾纠纷\n"
    pdf = build_xinjiang(tmp_path, (before, before.rstrip("\n") + "".join(f"补充说明第{n}条。" for n in range(filler * 3)) + "\n"),
                         ("  - 名称: “一部六中心”专项经费\n",
                          f"  - 名称: {name}\n    用途: {content}\n    财政资金: 1\n  - 名称: “一部六中心”专项经费\n"))
    pages = [squeeze(pdf_text(pdf, n)) for n in range(1, pdf_pages(pdf) + 1)]
    holding = [text for text in pages if "乙号平台" in text or "专项甲问题" in text]
    assert len(holding) == 2 and all(name in text for text in holding), "the task split, named on both pages"


def test_a_split_task_of_a_seven_line_name_in_quotes_is_named_on_each_of_its_pages(tmp_path):
    """A task name over four lines keeps as many lines on the page of the task's end, and its
    quotation marks count full width (“联户长”): the name was estimated a line shorter, and its
    last page printed the task's last lines unnamed."""
    pdf = build_case(tmp_path, "split-task-of-a-long-quoted-name-xinjiang")
    task = next(p for p in process(PRINT_CASES / "split-task-of-a-long-quoted-name-xinjiang.yaml").filing.projects
                if len(p.purpose) > 200)
    pages = [squeeze(pdf_text(pdf, n)) for n in range(1, pdf_pages(pdf) + 1)]
    lines = [line for line in task.purpose.split("。") if line]
    holding = [text for text in pages if any(line in text for line in lines)]
    assert len(holding) == 2 and all(squeeze(task.name) in text for text in holding)


def assert_named_beside_each_part(pdf, name: str, value: str) -> None:
    """On each page of the row whose long ``value`` runs over pages, ``name`` is printed
    in the 三级指标 column beside the row's part there."""
    holding = 0
    for page in range(1, pdf_pages(pdf) + 1):
        words = pdf_words(pdf, page)
        part = [w for w in words if len(w[0]) >= 5 and w[0] in value]  # its lines
        if not part:
            continue
        holding += 1
        header = next(w for w in words if w[0] == "三级指标")
        heads = sorted((w for w in words if abs(w[2] - header[2]) < 1), key=lambda w: w[1])
        centres = [(w[1] + w[3]) / 2 for w in heads[heads.index(header) - 1:heads.index(header) + 2]]
        left, right = (centres[0] + centres[1]) / 2, (centres[1] + centres[2]) / 2  # the 三级指标 column
        top, bottom = min(w[2] for w in part), max(w[4] for w in part)
        beside = [w for w in words if left < (w[1] + w[3]) / 2 < right and w[2] >= top - 2 and w[4] <= bottom + 2]
        assert "".join(w[0] for w in beside) == name, f"page {page}: {beside}"
    assert holding >= 2, "the row runs over pages"


def test_a_long_name_flows_with_its_row_from_its_first_page_and_is_printed_once(tmp_path):
    """A 三级指标 longer than four lines is left in the row's flow, as a Word table's cell is."""
    name = "甲乙丙丁戊己庚辛壬癸" * 11
    pdf = build_edited(tmp_path, (QUANTITY_ROW, f"          - 名称: {name}\n            描述: 按季度统计\n"
                                                f"            指标值: {LONG_VALUE}\n"))
    pages = [squeeze(pdf_text(pdf, page=n)) for n in range(1, pdf_pages(pdf) + 1)]
    holding = [text for text in pages if any(LONG_VALUE[i:i + 8] in text for i in range(0, len(LONG_VALUE), 40))]
    assert len(holding) >= 3 and "甲乙丙丁" in holding[0], "the name starts beside the row's first part"
    assert sum(text.count("甲") for text in holding) == 11


def test_a_label_taller_than_its_rows_gets_room_and_overprints_no_other_row(tmp_path):
    label = "资金到位率与资金支付及时率及资金使用合规性及资金绩效指标"  # five lines in the 二级 column
    pdf = build_edited(tmp_path, ("        质量指标:\n          - 名称: 资金到位率\n            指标值: ≥90%\n",
                                  f"        {label}:\n          - 名称: 到位率\n            指标值: ≥90%\n"
                                  "          - 名称: 合规率\n            指标值: ≥90%\n"))
    page = next(n for n in range(1, pdf_pages(pdf) + 1) if "合规率" in pdf_text(pdf, page=n))
    words = pdf_words(pdf, page)
    header = next(w for w in words if w[0] == "二级指标")
    in_column = [abs((w[1] + w[3]) / 2 - (header[1] + header[3]) / 2) < 2 for w in words]
    label_words = [w for w, inside in zip(words, in_column) if inside and w[0] in label]
    assert "".join(w[0] for w in label_words) == label
    above = [w for w, inside in zip(words, in_column) if not inside and w[0].startswith("宣传、活动")]
    below = [w for w, inside in zip(words, in_column) if not inside and w[0].startswith("资金支付")]
    assert above and below
    assert min(w[2] for w in label_words) >= max(w[4] for w in above), "the label overprints the row above"
    assert max(w[4] for w in label_words) <= min(w[2] for w in below), "the label overprints the row below"


@pytest.mark.parametrize("filler, name, repeats, long_first", [(23, "第{}项", 150, True),
                                                             (20, "开展第{}次综治民调工作", 170, False)])
def test_a_label_is_printed_whole_beside_a_row_split_over_pages(tmp_path, filler, name, repeats, long_first):
    """A four-line 二级 label over a row taller than a page and a short row, placed so that
    the long row starts low on a page (first case) or ends just under a page's header
    (second): the label is printed whole, never a piece of it, and never over the header."""
    label = "社会公众或服务对象满意度与资金使用合规性指标"
    rows = ["        - 名称: 超长指标\n          指标值: " + "很长的说明" * repeats + "\n",
            "        - 名称: 普通指标\n          指标值: ≥1次\n"]
    block = "".join(f"        - 名称: {name.format(n)}\n          指标值: ≥{n}次\n" for n in range(filler)) + \
        f"      {label}:\n" + "".join(rows if long_first else rows[::-1])
    path = edited(tmp_path, "hunan-yuanjiang-2024.yaml", ("\n      质量指标:\n", "\n" + block + "      质量指标:\n"))
    assert run_jixiao("build", str(path), "-o", str(tmp_path)).returncode == 0
    pdf = tmp_path / "hunan-yuanjiang-2024.pdf"
    pages = [squeeze(pdf_text(pdf, page=n)) for n in range(1, pdf_pages(pdf) + 1)]
    assert sum(label in text for text in pages) >= 1
    for number, text in enumerate(pages, 1):
        pieces = [piece for piece in ("与资", "合规性") if piece in text]
        assert len(pieces) in (0, 2), f"page {number}: only {pieces} of the label"
        words = pdf_words(pdf, number)
        header = next((w for w in words if w[0] == "二级指标"), None)
        column = [w for w in words if header and abs((w[1] + w[3]) / 2 - (header[1] + header[3]) / 2) < 2
                  and w[0] in label]
        assert all(w[2] >= header[4] + 2 for w in column), f"page {number}: a label over the table header"


def overlapping(words: list[tuple[str, float, float, float, float]]) -> list[tuple[str, str]]:
    """Pairs of words whose boxes overlap (by more than a hair): one printed over the other."""
    return [(a[0], b[0]) for n, a in enumerate(words) for b in words[n + 1:]
            if min(a[3], b[3]) - max(a[1], b[1]) > 0.5 and min(a[4], b[4]) - max(a[2], b[2]) > 0.5]


def test_an_amount_wider_than_its_cell_wraps_inside_it(tmp_path):
    pdf = build_edited(tmp_path, ("财政资金: 10.00", "财政资金: 123456789012.1234"))
    pages = [n for n in range(1, pdf_pages(pdf) + 1) if "123456789012.1234" in squeeze(pdf_text(pdf, n))]
    assert len(pages) == 2  # the 预算项目汇总表 and the project's own table
    for page in pages:
        words = pdf_words(pdf, page)
        x0, _, x1, _ = type_area(page)
        assert squeeze(pdf_text(pdf, page)).count("123456789012.1234") == 2  # 预算数 and 财政资金
        assert not [w for w in words if w[1] < x0 - 0.5 or w[3] > x1 + 0.5]
        assert not overlapping(words)
        # pdftotext joins glyphs that touch into one word: two amounts run together make one
        assert not [w[0] for w in words if w[0].count(".") > 1]


def test_an_amount_too_wide_for_its_cell_is_set_smaller_and_stays_whole(tmp_path):
    pdf = build_edited(tmp_path, ("财政资金: 10.00", "财政资金: 12345678.9012"))
    page = next(n for n in range(1, pdf_pages(pdf) + 1)
                if "13030322P00404010001D" in pdf_text(pdf, n) and "其中：财政资金" in pdf_text(pdf, n))
    amounts = [w for w in pdf_words(pdf, page) if w[0] == "12345678.9012"]
    assert len(amounts) == 2  # 预算数 and 财政资金, each whole on one line
    assert all(w[4] - w[2] < 9 for w in amounts)  # smaller than the table's 10.5 pt
    assert not overlapping(pdf_words(pdf, page))


def test_project_codes_stay_whole_beside_large_amounts_which_are_set_smaller(tmp_path):
    """13- and 14-digit amounts widen the 汇总表's three amount columns past the line: they give up
    room and print smaller, the 21-character codes keep theirs (a code ending in a letter
    printed its letter on a line of its own)."""
    pdf = build_seed(tmp_path, "hebei-zunhua-2022.yaml",
                     ("财政资金: 404.00", "财政资金: 9876543210.10\n    其他资金: 8765432109.09"))
    pages = [n for n in range(1, pdf_pages(pdf) + 1) if re.search("^序号 项目编码 项目名称", pdf_text(pdf, n), re.M)]
    codes = re.findall(r"(?m)^    编码: (\S+)", (tmp_path / "hebei-zunhua-2022.yaml").read_text(encoding="utf-8"))
    words = [w[0] for page in pages for w in pdf_words(pdf, page)]
    assert len(codes) == 13 and [code for code in codes if code not in words] == []
    assert "18641975319.19" in words and not [page for page in pages if overlapping(pdf_words(pdf, page))]


def test_amounts_beside_a_code_too_long_for_any_room_keep_their_size_and_their_headers_whole(tmp_path):
    """A 35-character code breaks whatever the amounts give up: they keep their size (they were
    set smaller for nothing), and a column is never narrower than its header (财政资 / 金)."""
    pdf = build_seed(tmp_path, "hebei-zunhua-2022.yaml", ("年度: 2022\n", "年度: 2022\n金额单位: 元\n"),
                     ("13028122P00352110001D", "13030322P00404910001G-2025-JYJ-0001"),
                     ("财政资金: 55.00", "财政资金: 1234567.9\n    其他资金: 123456.8"))
    page = next(n for n in range(1, pdf_pages(pdf) + 1) if re.search("^序号 项目编码 项目名称", pdf_text(pdf, n), re.M))
    assert "序号 项目编码 项目名称 预算数 财政资金 其他资金" in pdf_text(pdf, page)
    amounts = [w for w in pdf_words(pdf, page) if w[0] in ("1234567.90", "123456.80")]
    assert len(amounts) == 2 and all(w[4] - w[2] > 9.5 for w in amounts)  # 10.5 pt, as the table's text


def sign_offs(pdf) -> dict[int, list[str]]:
    """The pages of a 湖南 PDF with a sign-off (填表人 …), each with its lines but its page
    number and its caption."""
    found = {}
    for page in range(1, pdf_pages(pdf) + 1):
        lines = [line for line in pdf_text(pdf, page).splitlines()
                 if line.strip() and "—" not in line and "（续表）" not in line]
        if any(line.startswith("填表人") for line in lines):
            found[page] = lines
    return found


def test_the_sign_off_is_never_alone_on_a_page(built):
    """湖南: 填表人 … 单位负责人签字 closes each form; a page break before it takes the
    table's last row along."""
    found = sign_offs(built / "hunan-yuanjiang-2024.pdf")
    for page, lines in found.items():
        assert lines[-1].startswith("填表人") and len(lines) > 1, f"page {page}: {lines}"
    assert len(found) == 1 + len(process(FILINGS / "hunan-yuanjiang-2024.yaml").filing.projects)


def build_hunan(tmp_path, *edits: tuple[str, str]):
    """The PDF of seed 001's filing (沅江) with some text replaced."""
    return build_seed(tmp_path, "hunan-yuanjiang-2024.yaml", *edits)


SIGN_OFF = {"填表人": "欧阳晓明", "联系电话": "0737-2223456、13907371234", "填报日期": "2024年12月31日", "单位负责人": "司马建国"}


def test_a_tall_duties_row_gives_its_last_lines_to_go_with_the_goals_row_kept_after_it(tmp_path):
    """沅江 with a tenth 部门职能 item: the row, some 24 lines, fits on the first page, but not
    the 整体绩效目标 row kept after it (the table's last): it starts on the first page and
    gives its last lines to the second to go with that row, rather than move there whole
    and leave the first page empty under the budget (QA: it ended at 292 pt)."""
    last = ("负责全市政法系统的信息化建设和网络安全工作，统筹推进智慧政法平台的建设、运行和维护，"
            "提升全市政法工作的信息化水平，及时处置涉及政法工作的网络舆情；")
    pdf = build_hunan(tmp_path, ("  - 承办上级政法委、综治委交办的其他工作事项。\n",
                                 f"  - 承办上级政法委、综治委交办的其他工作事项。\n  - {last}\n"))
    first_item = cell_parts(pdf, "（1）根据中央、省、市党委和市委的有关方针、政策和部署，统一全市政法部门的思想和行动，"
                                 "保证中央、省、市和市委的决策部署在政法部门的实施；")
    last_item = cell_parts(pdf, f"（10）{last}")
    assert (sorted(first_item), max(last_item)) == ([1], 2), (sorted(first_item), sorted(last_item))
    # room left for its last two lines, the 整体绩效目标 row of nine lines and an estimate's margin
    foot = max(w[4] for w in pdf_words(pdf, 1) if w[4] < TOP + HEIGHT)
    assert foot > TOP + HEIGHT - 12 * LINE, f"page 1 ends {TOP + HEIGHT - foot:.0f} pt above its foot"
    assert "整体绩效目标" in [w[0] for w in pdf_words(pdf, 2)]


def test_a_tall_duties_row_and_the_goals_row_that_fit_on_a_page_together_stay_whole_there(tmp_path):
    """沅江 with a shorter tenth 部门职能 item: the two rows fit on the first page with a few
    points to spare, and are printed whole there; with the margin of a page break's estimate
    (two lines) for the 整体绩效目标 kept after it, the 部门职能 gave it and its last lines to
    the next page for nothing."""
    last = "负责全市政法系统的信息化建设和网络安全工作，统筹推进智慧政法平台的建设、运行和维护；"
    pdf = build_hunan(tmp_path, ("  - 承办上级政法委、综治委交办的其他工作事项。\n",
                                 f"  - 承办上级政法委、综治委交办的其他工作事项。\n  - {last}\n"))
    assert sorted(cell_parts(pdf, f"（10）{last}")) == [1]
    assert "整体绩效目标" in [w[0] for w in pdf_words(pdf, 1)]


@pytest.mark.parametrize("phone", ["0737-2223456", SIGN_OFF["联系电话"]])
def test_a_filled_in_sign_off_wraps_with_clear_gaps_between_its_items(tmp_path, phone):
    """Too long for one line, the sign-off wraps instead of its items running together."""
    values = dict(SIGN_OFF, 联系电话=phone)
    pdf = build_hunan(tmp_path, ("填报:\n  填表人:\n  联系电话:\n  填报日期:\n  单位负责人:\n",
                                 "填报:\n" + "".join(f"  {key}: {value}\n" for key, value in values.items())))
    expected = [f"填表人：{values['填表人']}", f"联系电话：{phone}", f"填报日期：{values['填报日期']}",
                f"单位负责人签字：{values['单位负责人']}"]
    for page in sign_offs(pdf):
        words = pdf_words(pdf, page)
        items = [next((w for w in words if w[0].startswith(item.split("：")[0] + "：")), None) for item in expected]
        assert [w and w[0] for w in items] == expected, f"page {page}"
        x0, _, x1, _ = type_area(page)
        assert all(x0 - 0.5 <= w[1] and w[3] <= x1 + 0.5 for w in items), f"page {page}: outside the 版心"
        for a, b in zip(items, items[1:]):
            if abs(a[2] - b[2]) < 2:  # on one line: a gap of a character at least
                assert b[1] - a[3] >= 10, f"page {page}: {a[0]} and {b[0]} run together"
            else:  # wrapped: on the next line
                assert b[2] >= a[4], f"page {page}: {b[0]} over {a[0]}"


def test_no_department_indicators_print_no_empty_table_on_paper_or_screen(tmp_path):
    source = (FILINGS / "hunan-yuanjiang-2024.yaml").read_text(encoding="utf-8")
    overall = source.index("整体绩效目标:")
    indicators = source[source.index("  绩效指标:\n", overall):source.index("项目:\n")]
    (tmp_path / "jixiao.yaml").write_text("规则:\n  JX402: 警告\n", encoding="utf-8")  # a bureau that allows it
    pdf = build_hunan(tmp_path, (indicators, ""))
    run_jixiao("build", str(tmp_path / "hunan-yuanjiang-2024.yaml"), "-o", str(tmp_path), "--no-pdf")
    html = (tmp_path / "hunan-yuanjiang-2024.html").read_text(encoding="utf-8")
    first_form = html[:html.index("年项目支出绩效目标表")]
    assert "年度绩效指标" not in first_form and '<table class="indicators">' not in first_form
    assert "年度绩效指标" not in pdf_text(pdf, 1) and "一级指标" not in pdf_text(pdf, 1)


@pytest.mark.parametrize("projects", [
    "[]",  # nothing in the first column but the labels
    "\n  - {名称: 项目1, 财政资金: 1.00, 用途: " + "用于日常工作，保障各项任务完成" * 6 + "}",  # a short name, a long 用途
])
def test_xinjiang_labels_stay_on_one_line(tmp_path, projects):
    path = tmp_path / "x.yaml"
    path.write_text(f"版式: 新疆\n年度: 2025\n部门: {{名称: 测试}}\n整体绩效目标: {{总体目标: 目标}}\n项目: {projects}\n",
                    encoding="utf-8")
    (tmp_path / "jixiao.yaml").write_text("规则:\n  JX402: 警告\n", encoding="utf-8")  # no indicators: the labels alone
    result = run_jixiao("build", str(path), "-o", str(tmp_path), "--no-html")
    assert result.returncode == 0, result.stderr
    lines = pdf_text(tmp_path / "x.pdf", 1).splitlines()
    for label in ("部门（单位）名称", "年度总体目标"):
        assert any(line.startswith(label) for line in lines), label


def rules_across(pdf, page: int) -> list[float]:
    """The heights (points from the top) of the rules drawn across most of the 版心 of a page."""
    from PIL import Image

    png = subprocess.run(["pdftoppm", "-r", "72", "-gray", "-f", str(page), "-l", str(page), str(pdf)],
                         capture_output=True, check=True).stdout
    image = Image.open(io.BytesIO(png))
    x0, _, x1, _ = type_area(page)
    rules = []
    for y in range(image.height):
        dark = sum(1 for x in range(int(x0), int(x1)) if image.getpixel((x, y)) < 128)
        if dark > 0.8 * (x1 - x0):
            rules.append(float(y))
    return rules


def test_a_text_row_over_pages_is_ruled_off_and_labelled_on_each(tmp_path):
    duties = "".join(f"  - 第{n}项职能，统筹推进平安建设，落实各项工作措施，保障社会大局持续稳定。\n" * 1 for n in range(1, 41))
    first = "  - 根据中央、省、市党委和市委的有关方针"
    source = (FILINGS / "hunan-yuanjiang-2024.yaml").read_text(encoding="utf-8")
    old_duties = source[source.index(first):source.index("整体绩效目标:")]
    pdf = build_hunan(tmp_path, (old_duties, duties))
    pages = [n for n in range(1, pdf_pages(pdf) + 1) if "项职能" in pdf_text(pdf, n)]
    assert len(pages) >= 2
    for page in pages:
        words = [w for w in pdf_words(pdf, page) if "—" not in w[0]]
        assert "部门职能" in squeeze(pdf_text(pdf, page)), f"page {page}: no label"
        lines = [w for w in words if "项职能" in w[0]]
        rules = rules_across(pdf, page)
        if page != pages[0]:  # a rule closes the table above the text run on from the page before
            assert any(y < min(w[2] for w in lines) for y in rules), f"page {page}: open at the top"
        if page != pages[-1]:  # and below the text running on to the next page
            assert any(y > max(w[4] for w in lines) for y in rules), f"page {page}: open at the foot"


def rows_run_on_alone(pdf, source) -> list[int]:
    """The pages where an indicator table runs on from the page before with one row only
    under its repeated header (its rows counted by their 三级指标 names)."""
    filing = process(source).filing
    names = {squeeze(i.name) for i in filing.overall.indicators}
    names |= {squeeze(i.name) for project in filing.projects for i in project.indicators}
    alone = []
    for page in range(1, pdf_pages(pdf) + 1):
        lines = [line for line in pdf_text(pdf, page).splitlines() if line.strip()]
        if not any(line.startswith("一级指标") for line in lines[:3]):
            continue
        rest = squeeze("".join(lines).split("绩效目标表")[0])  # up to the next table's title, if any
        if sum(name in rest for name in names) < 2:
            alone.append(page)
    return alone


@pytest.mark.parametrize("name", sorted(SEED_OF))
def test_an_indicator_table_runs_on_with_two_rows_not_its_last_alone(built, name):
    assert rows_run_on_alone(built / f"{name}.pdf", FILINGS / f"{name}.yaml") == []


def test_a_table_runs_on_with_two_rows_also_where_one_more_row_moves_the_breaks(tmp_path):
    anchor = "        - 名称: 法制教育宣传活动\n"
    pdf = build_hunan(tmp_path, (anchor, "        - 名称: 第一项宣传活动\n          指标值: ≥1次\n" + anchor))
    assert rows_run_on_alone(pdf, tmp_path / "hunan-yuanjiang-2024.yaml") == []


def test_the_task_table_header_is_printed_only_above_tasks(built):
    pdf = built / "xinjiang-korla-2020.pdf"
    tasks = ["合计"] + [p.name for p in process(FILINGS / "xinjiang-korla-2020.yaml").filing.projects]
    headers = 0
    for page in range(1, pdf_pages(pdf) + 1):
        text = squeeze(pdf_text(pdf, page=page))
        for match in re.finditer("任务名称主要内容预算金额（万元）总额财政拨款其他资金", text):
            assert any(text.startswith(squeeze(t), match.end()) for t in tasks), f"page {page}"
            headers += 1
    assert headers >= 1


@pytest.mark.parametrize("name, title, author, date", [
    ("hebei-zunhua-2022", "政法委部门2022年部门预算绩效文本", "中共遵化市委政法委本级", "Sat Jan  1 00:00:00 2022 UTC"),
    ("hunan-yuanjiang-2024", "2024年部门整体支出绩效目标表", "沅江市委政法委员会", "Mon Jan  1 00:00:00 2024 UTC"),
])
def test_pdf_metadata_comes_from_the_filing(built, name, title, author, date):
    info = subprocess.run(["pdfinfo", str(built / f"{name}.pdf")], capture_output=True, text=True,
                          check=True).stdout
    fields = dict(re.findall(r"^(\w+):\s+(.*)$", info, re.MULTILINE))
    assert fields["Title"] == title
    assert fields["Author"] == author
    assert fields["Subject"] == f"{date[-8:-4]}年度预算绩效目标"
    assert fields["CreationDate"] == fields["ModDate"] == date


def test_the_date_is_the_filing_date_when_there_is_one():
    from dataclasses import replace

    from jixiao.views.common import metadata

    filing = process(FILINGS / "hunan-yuanjiang-2024.yaml").filing
    dated = replace(filing, sign_off=replace(filing.sign_off, date="2024年3月5日"))
    assert metadata(dated)["date"] == "2024-03-05"
    assert metadata(filing)["date"] == "2024"


OPENING, CLOSING = "“（《「『", "，。、；：？！）》」』”"


def printed_lines(pdf) -> list[list[str]]:
    """The lines of every block of text (a paragraph, a table cell) of a PDF."""
    xhtml = subprocess.run(["pdftotext", "-bbox-layout", str(pdf), "-"], capture_output=True, text=True,
                           check=True).stdout
    return [["".join(re.findall(r"<word [^>]*>(.*?)</word>", line)) for line in re.findall(r"<line .*?</line>", block, re.S)]
            for block in re.findall(r"<block .*?</block>", xhtml, re.S)]


@pytest.mark.parametrize("name", sorted(SEED_OF))
def test_lines_break_as_chinese_typesetting_wants(built, name):
    blocks = printed_lines(built / f"{name}.pdf")
    lines = [line for block in blocks for line in block]
    assert len(lines) > 100
    assert not [line for line in lines if line[0] in CLOSING], "a line starts with closing punctuation"
    assert not [line for line in lines if line[-1] in OPENING], "a line ends with opening punctuation"
    # 90%, 12.80, 2022 are never cut
    cut = [(a, b) for block in blocks for a, b in zip(block, block[1:])
           if re.search(r"\d\.?$", a) and re.match(r"[\d%％]|\.\d", b)]
    assert not cut, cut


def test_a_two_page_toc_leaves_the_body_on_an_odd_page_numbered_1(tmp_path):
    """With twice the projects of the 遵化 filing the 目录 takes two pages: a blank page
    follows, unnumbered, so that 第一部分 starts on a right-hand page as "— 1 —"."""
    from conftest import run_jixiao

    text = (FILINGS / "hebei-zunhua-2022.yaml").read_text(encoding="utf-8")
    start = text.index("\n项目:\n") + len("\n项目:\n")  # the last key of the file
    copies = re.sub(r"(?m)^(  - 名称: .*)$", r"\1（二）", text[start:])
    copies = re.sub(r"(?m)^(    编码: \d+P)00", r"\g<1>99", copies)  # codes stay unique
    path = tmp_path / "big.yaml"
    path.write_text(text.rstrip("\n") + "\n" + copies, encoding="utf-8")
    result = run_jixiao("build", str(path), "-o", str(tmp_path), "--no-html")
    assert result.returncode == 0, result.stderr
    pdf = tmp_path / "big.pdf"
    assert "（二）" in pdf_text(pdf, page=3), "the 目录 continues on page 3"
    assert squeeze(pdf_text(pdf, page=4)) == "", "a blank page"
    assert squeeze(pdf_text(pdf, page=5)).startswith("第一部分部门整体绩效目标")
    assert squeeze(pdf_text(pdf, page=5)).endswith("—1—")


def test_a_toc_entry_that_fills_its_line_takes_its_tail_down_with_the_page_number(tmp_path):
    """Project names of 15 to 23 characters: some fill the 目录's line exactly, which used to
    leave the leader and the page number alone on the next line (or 表 alone before them)."""
    text = (FILINGS / "hebei-shanhaiguan-2022.yaml").read_text(encoding="utf-8")
    names = iter(("扫黑除恶专项斗争工作经费" * 2)[:length] for length in range(15, 24))
    path = tmp_path / "toc.yaml"
    path.write_text(re.sub(r"(?m)^(  - 名称: )(.*)$", lambda m: m[1] + next(names, m[2]), text), encoding="utf-8")
    result = run_jixiao("build", str(path), "-o", str(tmp_path), "--no-html")
    assert result.returncode == 0, result.stderr
    toc = pdf_text(tmp_path / "toc.pdf", page=2, layout=True) + pdf_text(tmp_path / "toc.pdf", page=3, layout=True)
    lines = [line.strip() for line in toc.splitlines() if line.strip()]
    assert not [line for line in lines if re.fullmatch(r"[.…\s]*\d+", line)], lines
    assert len([line for line in lines if "绩效目标表" in line]) == 11, lines  # each project's, whole


def build_xinjiang(tmp_path, *edits: tuple[str, str]):
    """The PDF of seed 000's filing (库尔勒) with some text replaced."""
    return build_seed(tmp_path, "xinjiang-korla-2020.yaml", *edits)


def test_xinjiang_amounts_and_headers_are_never_cut(tmp_path):
    """Amount columns are as wide as their widest amount (or header), whatever the other
    columns want."""
    pdf = build_xinjiang(tmp_path, ("财政资金: 485.32\n    其他资金: 0.00", "财政资金: 123456789.12\n    其他资金: 98765432.10"))
    words = [word[0] for word in pdf_words(pdf, 1)]
    for whole in ("222222221.22", "123456789.12", "98765432.10", "123464160.15", "其他资金", "财政拨款"):
        assert whole in words, whole


@pytest.mark.parametrize("amount, total, smaller", [
    ("19283760818.47", "19283768189.50", False),  # 14 characters: the columns make room
    ("1928376081812.47", "1928376089183.50", True),  # 16: wider than a column may be, so set smaller
])
def test_xinjiang_amounts_stay_whole_and_labels_on_one_line_beside_a_long_word(tmp_path, amount, total, smaller):
    """A word that cannot break in 主要内容 (a link's name pasted in) takes no room from the
    labels and the amounts: 部门（单位）名称 on one line, every amount whole, set smaller where
    its column cannot be wide enough (the other tasks' amounts add 7371.03 to 合计)."""
    purpose = "用于日常办公费、工会费、公务用车运行维护费等日常公用支出"
    pdf = build_xinjiang(tmp_path, ("财政资金: 485.32", f"财政资金: {amount}"),
                         (purpose, purpose + "，见bookmark:_Toc_2_2_0000000003"))
    words = pdf_words(pdf, 1)
    assert "部门（单位）名称" in [w[0] for w in words]
    amounts = [w for w in words if w[0] in (amount, total)]
    assert [w[0] for w in amounts] == [total, total, amount, amount]  # 合计 总额 and 财政拨款, then the task's
    x0, _, x1, _ = type_area(1)
    assert all(x0 <= w[1] and w[3] <= x1 for w in amounts)
    assert all((w[4] - w[2] < 9.5) == smaller for w in amounts)  # the table's 10.5 pt, or smaller
    assert not overlapping(words)


@pytest.mark.parametrize("name, label, phrases", [
    ("hebei-shanhaiguan-2022", "指标值确定依据", ["指标值", "确定依据"]),
    ("hebei-shanhaiguan-2022", "资金支出计划（%）", ["资金支出", "计划（%）"]),
])
def test_a_wrapped_header_breaks_between_its_phrases(built, name, label, phrases):
    blocks = [block for block in printed_lines(built / f"{name}.pdf") if "".join(block) == label]
    assert blocks and all(block in ([label], phrases) for block in blocks), blocks[:3]


def test_the_unit_stays_whole_beside_a_long_unit_name(tmp_path):
    unit_name = "政法委部门区委政法委员会本级（社会治安综合治理委员会办公室、维护稳定工作领导小组办公室）"
    pdf = build_edited(tmp_path, ("  单位名称: 政法委部门区委政法委员会本级", f"  单位名称: {unit_name}"))
    lines = [line for block in printed_lines(pdf) for line in block]
    assert lines.count("单位：万元") >= 12  # the 汇总表 and each project table


def test_a_split_purpose_or_task_has_its_label_on_every_page(tmp_path):
    long_text = "坚持以人民为中心的发展思想，统筹发展和安全，全面推进平安建设和法治建设。" * 80
    (tmp_path / "hebei").mkdir()
    (tmp_path / "xinjiang").mkdir()
    hebei = build_edited(tmp_path / "hebei", ("用途: 开展扫黑除恶工作,保障日常工作正常运转。", f"用途: {long_text}"))
    old_purpose = "    用途: 贯彻落实党和国家的路线、方针、政策和市委的部署"
    xinjiang = build_xinjiang(tmp_path / "xinjiang", (old_purpose, f"    用途: {long_text}{old_purpose[8:]}"))
    for pdf, label in ((hebei, "资金用途"), (xinjiang, "领导和管理政法工作")):
        pages = [n for n in range(1, pdf_pages(pdf) + 1) if "统筹发展和安全" in pdf_text(pdf, n)]
        assert len(pages) >= 3
        assert all(label in squeeze(pdf_text(pdf, n)) for n in pages), label


@pytest.mark.parametrize("filler", [27, 28, 29])
def test_a_task_name_taller_than_each_part_of_its_split_row_is_printed_whole_not_lost(tmp_path, filler):
    """A long 任务名称 beside a task row split where neither part has room for it takes room
    in the row where it is laid out (it was printed on no page)."""
    name = "甲乙丙丁戊己庚辛壬癸" * 9
    content = "".join(f"第{n}项：开展综治宣传。" for n in range(1, 22))
    before = "    用途: 切实做好涉法涉诉困难当事人的帮扶救助工作，有效化解矛盾纠纷\n"
    pdf = build_xinjiang(tmp_path, (before, before.rstrip("\n") + "".join(f"补充说明第{n}条。" for n in range(filler * 3)) + "\n"),
                         ("  - 名称: “一部六中心”专项经费\n",
                          f"  - 名称: {name}\n    用途: {content}\n    财政资金: 1\n  - 名称: “一部六中心”专项经费\n"))
    printed = sum(squeeze(pdf_text(pdf, n)).count("甲") for n in range(1, pdf_pages(pdf) + 1))
    assert printed and printed % 9 == 0, "the name printed whole, never a piece of it"


@pytest.mark.parametrize("filler", [2, 30, 56])  # where it would start with room for fewer lines than its name's
def test_a_task_with_a_long_name_starts_where_its_name_fits_beside_its_amounts(tmp_path, filler):
    """A 新疆 task's name is a label at any length: a task row that may split starts on a page
    only where its name fits, so that its first lines and amounts are never printed unnamed."""
    name = "综治视联网共享平台、乡镇场街道村社区清真寺视联网及市乡村三级综治中心配备对讲机及租费专项经费"
    content = "".join(f"{n}.三级综治中心及成员单位通过视联网排查社会面防控及公共安全等各类隐患问题。" for n in range(1, 16))
    before = "    用途: 切实做好涉法涉诉困难当事人的帮扶救助工作，有效化解矛盾纠纷\n"
    pdf = build_xinjiang(tmp_path, (before, before.rstrip("\n") + "".join(f"补充说明第{n}条。" for n in range(filler * 3)) + "\n"),
                         ("  - 名称: “一部六中心”专项经费\n",
                          f"  - 名称: {name}\n    用途: {content}\n    财政资金: 1\n  - 名称: “一部六中心”专项经费\n"))
    first = next(n for n in range(1, pdf_pages(pdf) + 1) if "1.三级综治中心" in squeeze(pdf_text(pdf, n)))
    assert name in squeeze(pdf_text(pdf, first))


@pytest.mark.parametrize("purpose_lines", [23, 24, 25])
def test_a_hebei_form_stays_with_an_indicator_table_whose_first_row_starts_under_a_long_name(tmp_path, purpose_lines):
    """The 用途 above gives its last lines to the next page to keep the form with the table's
    opening: the header and as much of its first row as its four-line name needs."""
    text = (FILINGS / "hebei-zunhua-2022.yaml").read_text(encoding="utf-8")
    purpose = text[text.index("    用途: |\n"):text.index("    支出计划: {3月底: 30%")]
    goal = text[text.index("    绩效目标:\n      - 有效化解"):text.index("    依据: 年初工作计划\n")]
    description = "".join(f"第{n}条：开展工作内容保障落实。" for n in range(1, 31))
    text = text.replace(purpose, "    用途: |\n" + "".join(f"      第{n}行\n" for n in range(1, purpose_lines + 1)), 1)
    text = text.replace(goal, "    绩效目标: 1.做好工作。\n", 1).replace(
        "          - 名称: 宣传、活动开展次数\n            指标值: ≥3宣传活动开展次数大于等于3次\n",
        f"          - 名称: 全市法治宣传资料发放覆盖行政村比例\n            描述: {description}\n            指标值: ≥3次\n", 1)
    (tmp_path / "x.yaml").write_text(text, encoding="utf-8")
    assert run_jixiao("build", str(tmp_path / "x.yaml"), "-o", str(tmp_path), "--no-html").returncode == 0
    pdf = tmp_path / "x.pdf"
    page = next(n for n in range(1, pdf_pages(pdf) + 1) if "1.做好工作。" in squeeze(pdf_text(pdf, n)))
    assert "一级指标二级指标三级指标" in squeeze(pdf_text(pdf, page)), "the form without its indicator table"


def test_a_hunan_form_run_on_to_another_page_is_named_at_its_top(built):
    pdf = built / "hunan-yuanjiang-2024.pdf"
    named = [[line.strip() for line in pdf_text(pdf, page).splitlines() if "续表" in line]
             for page in range(1, pdf_pages(pdf) + 1)]
    assert named == [[], ["2024年部门整体支出绩效目标表（续表）"]] + [[]] * 8 + [["综合治理中心工作经费（续表）"]]
    words = pdf_words(pdf, 11)
    caption = next(w for w in words if "续表" in w[0])
    assert caption[4] < TOP and all(caption[4] <= w[2] for w in words if w is not caption), "above the table"



def test_a_hebei_table_run_on_to_another_page_is_named_at_its_top(built):
    """Each page of 第二部分 starts with a table's own title, or is headed by the title
    of the table it continues: the one whose title came last."""
    pdf = built / "hebei-zunhua-2022.pdf"
    pages = [pdf_text(pdf, n) for n in range(1, pdf_pages(pdf) + 1)]
    start = next(n for n, text in enumerate(pages) if squeeze(text).startswith("第二部分预算项目绩效目标"))
    titles = [f"{p.name}绩效目标表" for p in process(FILINGS / "hebei-zunhua-2022.yaml").filing.projects]
    last, continued = "", 0
    for n in range(start + 1, len(pages)):
        words = sorted((w for w in pdf_words(pdf, n + 1) if "—" not in w[0]), key=lambda w: (w[2], w[1]))
        top = squeeze("".join(w[0] for w in words[:8]))
        caption = next((w[0] for w in words if w[0].endswith("（续表）")), None)
        if caption is None:
            assert re.match(r"\d+\.", top), f"page {n + 1} continues a table without naming it: {top}"
        else:
            assert caption == f"{titles.index(last) + 1}.{last}（续表）", f"page {n + 1}"
            continued += 1
        last = next((t for t in reversed(titles) if squeeze(t) in squeeze(pages[n])), last)
    assert continued >= 5


@pytest.mark.parametrize("name", ["hebei-shanhaiguan-2022", "hebei-zunhua-2022"])
def test_a_wrapped_project_title_keeps_jixiao_mubiao_biao_whole(built, name):
    pdf = built / f"{name}.pdf"
    lines = [line.strip() for page in range(3, pdf_pages(pdf) + 1) for line in pdf_text(pdf, page).splitlines()]
    titles = [f"{n}.{p.name}绩效目标表" for n, p in enumerate(process(FILINGS / f"{name}.yaml").filing.projects, start=1)]
    for title in titles:
        if title in lines:
            continue
        first = next(line for line in lines if len(line) > 2 and title.startswith(line))  # its first line
        assert len(first) <= len(title) - len("绩效目标表"), f"{title} broken inside 绩效目标表: {first}"


def test_a_long_table_name_over_a_page_wraps_within_the_text_width(tmp_path):
    long_name = "辽冀乡、村级公路治安查控点工作经费及全区乡镇街道村社区网格化服务管理平台运行维护配套经费"
    pdf = build_edited(tmp_path, ("名称: 辽冀乡、村级公路治安查控点工作经费", f"名称: {long_name}"))
    pages = [n for n in range(1, pdf_pages(pdf) + 1) if "（续表）" in pdf_text(pdf, n)]
    assert pages
    for page in pages:
        x0, y0, x1, _ = type_area(page)
        caption = [w for w in pdf_words(pdf, page) if w[4] < y0]
        assert squeeze("".join(w[0] for w in caption)).endswith("绩效目标表（续表）")
        assert all(x0 - 0.5 <= w[1] and w[3] <= x1 + 0.5 for w in caption), caption


PRINT_CASES = Path(__file__).resolve().parent / "print_cases"


def pages_of_rows(pdf, texts: list[str], header: str) -> list[int]:
    """The pages that hold a piece of one of ``texts`` (a table's cells) other than its
    ``header``, read back."""
    pieces = {squeeze(text)[start:start + 8] for text in texts for start in range(0, max(1, len(squeeze(text)) - 7), 8)}
    pieces = {piece for piece in pieces if piece not in header}
    return [n for n in range(1, pdf_pages(pdf) + 1) if any(piece in squeeze(pdf_text(pdf, n)) for piece in pieces)]


INDICATOR_HEADER, TASK_HEADER = ("一级指标", "二级指标", "三级指标"), ("任务名称", "主要内容")


@pytest.mark.parametrize("case, header, pages", [
    ("tall-last-row-hebei", INDICATOR_HEADER, 2),  # a 依据 of 40 lines last
    ("tall-last-row-hunan", INDICATOR_HEADER, 2),  # the same, the sign-off under it
    ("tall-last-task-xinjiang", TASK_HEADER, 2),  # a 主要内容 of a page last
    ("row-of-41-lines-hebei", INDICATOR_HEADER, 2),  # a 指标值 of 41 lines
    ("row-nearly-a-page-hebei", INDICATOR_HEADER, 2),  # a 依据 of 45 lines
])
def test_a_tall_row_leaves_the_header_on_every_page_and_no_row_alone(tmp_path, case, header, pages):
    """A row about as tall as a page, at the end of its table or before others: every page
    the table runs on has its header, and the rows fill the pages (kept whole, such a row
    left its header behind, and its table ran on with one row a page)."""
    result = run_jixiao("build", str(PRINT_CASES / f"{case}.yaml"), "-o", str(tmp_path), "--no-html")
    assert result.returncode == 0, result.stderr
    pdf = tmp_path / f"{case}.pdf"
    filing = process(PRINT_CASES / f"{case}.yaml").filing
    if filing.layout == "新疆":
        texts = [text for p in filing.projects for text in (p.name, p.purpose)]
    else:  # the project's indicator table, not the department's above it (湖南)
        def cells(indicators):
            return {str(getattr(i, field)) for i in indicators for field in ("name", "value", "basis")}
        texts = list(cells(filing.projects[-1].indicators) - cells(filing.overall.indicators))
    holding = pages_of_rows(pdf, texts, "".join(header))
    assert len(holding) == pages, f"the rows are on pages {holding}"
    for page in holding:  # the header's cells, each a word of its own (the long texts quote them)
        words = {w[0] for w in pdf_words(pdf, page)}
        assert all(cell in words for cell in header), f"page {page}: no table header"


def test_the_sign_off_stays_with_a_tall_last_row(tmp_path):
    case = PRINT_CASES / "tall-last-row-hunan.yaml"
    assert run_jixiao("build", str(case), "-o", str(tmp_path), "--no-html").returncode == 0
    found = sign_offs(tmp_path / "tall-last-row-hunan.pdf")
    assert len(found) == 2
    for page, lines in found.items():
        assert len(lines) > 1 and not lines[0].startswith("填表人"), f"page {page}: the sign-off alone: {lines}"


def build_case(tmp_path, case: str) -> Path:
    """The PDF of a filing of tests/print_cases/."""
    result = run_jixiao("build", str(PRINT_CASES / f"{case}.yaml"), "-o", str(tmp_path), "--no-html")
    assert result.returncode == 0, result.stderr
    return tmp_path / f"{case}.pdf"


def tallest_text(case: str) -> str:
    """The longest 依据 or 主要内容 (用途) of a filing of tests/print_cases/."""
    filing = process(PRINT_CASES / f"{case}.yaml").filing
    return max([p.purpose for p in filing.projects] + [i.basis for p in filing.projects for i in p.indicators], key=len)


def cell_parts(pdf, text: str) -> dict[int, list[tuple[str, float, float, float, float]]]:
    """The words of the table cell holding ``text`` on each page it is printed on, read
    back in reading order from the word that starts the text, each word that continues it
    (the words of the other cells passed over) up to its end, which must be reached."""
    rest, parts = squeeze(text), {}
    for page in range(1, pdf_pages(pdf) + 1):
        for word in sorted(pdf_words(pdf, page), key=lambda w: (round(w[2]), w[1])):
            if rest and rest.startswith(word[0]) and (parts or rest == squeeze(text)):
                parts.setdefault(page, []).append(word)
                rest = rest[len(word[0]):]
    assert not rest, f"not printed: {rest}"
    return parts


def line_count(words: list[tuple[str, float, float, float, float]]) -> int:
    """The lines that ``words`` are printed on."""
    return len({round(w[2]) for w in words})


LINE = 10.5 * 1.4  # a line of table text


@pytest.mark.parametrize("case, header, labels, room", [
    ("split-row-hebei", INDICATOR_HEADER, ("产出指标", "质量指标"), 2),  # a 依据 of 25 lines
    ("split-row-hunan", INDICATOR_HEADER, ("本年度", "绩效指标", "产出指标", "质量指标"), 2),  # a 绩效标准 of 30 lines
    ("split-task-xinjiang", TASK_HEADER, ("农村公路养护",), 2),  # a 主要内容 of 21 lines
    # its last two lines on the next page, beside a 二级 label of two lines
    ("split-row-two-lines-on-next-hebei", INDICATOR_HEADER, ("满意度指标", "服务对象满意度", "指标"), 2),
    # a 资金用途 of 36 lines in the project table (no header), its label over the amounts too
    ("split-purpose-hebei", (), ("预算规模及", "资金用途"), 2),
    # a 主要内容 of 33 lines that fits on the first page, but not the last task after it: it
    # gives its last lines to go with it, leaving room for them, the task and a margin
    ("split-task-before-last-xinjiang", TASK_HEADER, ("农村公路养护",), 5),
    # a 依据 of 16 lines, the last row, that fits on its page, but not the sign-off after it
    ("split-row-before-sign-off-hunan", INDICATOR_HEADER, ("满意度指标", "服务对象满意度", "指标"), 6),
    # a 资金用途 of 17 lines that fits on its page, but not the rows of the form after it and
    # the first of its indicator table, kept with them
    ("split-purpose-before-plan-hebei", (), ("预算规模及", "资金用途"), 9),
    # a last 依据 that fits on its page all but by its cells' bottom padding and rule: two
    # lines of it (widows) go on to the next page
    ("split-last-row-all-but-a-rule-hebei", INDICATOR_HEADER, ("满意度指标", "服务对象满意度", "指标"), 3),
])
def test_a_tall_row_at_the_foot_of_a_page_breaks_across_it_like_a_word_table_row(tmp_path, case, header, labels, room):
    """A tall row that does not fit in what is left of a page, with what is kept on its
    page after it (the next row, the sign-off, the rest of a 河北 form), is not moved whole
    to the next page, leaving the room empty: it starts on that page and fills it but for
    ``room`` lines (the lines it gives to the next page, and what it keeps with them),
    and runs on to the next page under the repeated header, two lines of it at least on
    each, with its labels (一级, 二级, the side label, the task's name) on both; all of its
    text is printed, in order. A label is printed once on each page (the 河北 用途 has no
    label of its own: 预算规模及资金用途 is merged over it and the amounts above)."""
    pdf = build_case(tmp_path, case)
    parts = cell_parts(pdf, tallest_text(case))  # all of it, in order
    first, *rest = sorted(parts)
    assert rest == [first + 1], f"the row is on pages {sorted(parts)}"
    assert [line_count(parts[page]) >= 2 for page in (first, first + 1)] == [True, True], parts
    foot = max(w[4] for w in parts[first])
    assert foot > TOP + HEIGHT - room * LINE, f"page {first} ends {TOP + HEIGHT - foot:.0f} pt above its foot"
    for page in (first, first + 1):
        words = [w[0] for w in pdf_words(pdf, page)]
        assert all(cell in words for cell in header), f"page {page}: no table header"
        assert [words.count(label) for label in labels] == [1] * len(labels), f"page {page}: labels {labels}"


@pytest.mark.parametrize("case", ["split-row-filling-the-next-page-hunan", "split-row-filling-the-next-page-hebei"])
def test_the_rest_of_a_split_row_that_fills_a_page_is_under_the_header_and_with_the_sign_off(tmp_path, case):
    """A 依据 whose rest just fills a page (QA: a page of it printed without the header; a
    湖南 page holding only the 续表 title and the sign-off): every page of it has the
    header, its last two lines at least, and the 湖南 sign-off, on the page it ends on."""
    pdf = build_case(tmp_path, case)
    parts = cell_parts(pdf, tallest_text(case))
    last = max(parts)
    assert line_count(parts[last]) >= 2, parts[last]
    for page in parts:
        words = [w[0] for w in pdf_words(pdf, page)]
        assert all(cell in words for cell in INDICATOR_HEADER), f"page {page}: no table header"
    if case.endswith("hunan"):
        assert last in sign_offs(pdf), f"the row ends on page {last}, the sign-off on pages {sorted(sign_offs(pdf))}"


def test_a_tall_row_starts_no_page_with_less_than_two_of_its_lines(tmp_path):
    """Room for one line of a tall 依据 at the foot of a page, beside cells of one line:
    WeasyPrint printed those cells there (宣传次数, ≥16次) and the 依据 on the next page
    alone; the row goes on to the next page whole, the page before it filled."""
    case = "split-row-one-line-left-hebei"
    pdf = build_case(tmp_path, case)
    parts = cell_parts(pdf, tallest_text(case))
    assert len(parts) == 1, f"the row is on pages {sorted(parts)}"
    page, = parts
    name_pages = [n for n in range(1, pdf_pages(pdf) + 1) if "宣传次数" in [w[0] for w in pdf_words(pdf, n)]]
    assert name_pages == [page], f"the row's 三级指标 on pages {name_pages}, its 依据 on page {page}"
    above = [w[4] for w in pdf_words(pdf, page - 1) if w[4] < TOP + HEIGHT]
    assert max(above) > TOP + HEIGHT - 3 * LINE, f"page {page - 1} ends {TOP + HEIGHT - max(above):.0f} pt above its foot"


def test_a_split_text_of_one_line_paragraphs_leaves_two_of_them_on_the_next_page(tmp_path):
    """A 绩效目标 of 18 numbered one-line items at the foot of a page with room for 17: its
    paragraphs are the lines of one block, so that two of them go on to the next page
    (widows), not the last alone."""
    case = "split-goal-hebei"
    pdf = build_case(tmp_path, case)
    goal = [f"{n}.{item}" for n, item in enumerate(process(PRINT_CASES / f"{case}.yaml").filing.projects[0].goal.items, 1)]
    printed = {page: [line.strip() for line in pdf_text(pdf, page).splitlines() if line.strip() in goal]
               for page in range(1, pdf_pages(pdf) + 1)}
    printed = {page: lines for page, lines in printed.items() if lines}
    assert [line for lines in printed.values() for line in lines] == goal
    assert len(printed) == 2 and all(len(lines) >= 2 for lines in printed.values()), printed


def test_a_project_table_ending_with_a_tall_row_breaks_after_it_rather_than_move_whole(tmp_path):
    """河北: a project table stays with its title and the first rows of its indicator table;
    ending with a 绩效目标 of 18 lines that fits on the page where the indicator table does not,
    it went to the next page whole, leaving 第二部分's title alone on its page. It stays, and
    the indicator table starts on the next page under its header."""
    case = "tall-goal-then-indicators-hebei"
    pdf = build_case(tmp_path, case)
    project = process(PRINT_CASES / f"{case}.yaml").filing.projects[0]
    pages = [squeeze(pdf_text(pdf, n)) for n in range(1, pdf_pages(pdf) + 1)]
    part = next(n for n, text in enumerate(pages) if text.startswith("第二部分预算项目绩效目标"))
    assert squeeze(f"1.{project.name}绩效目标表") in pages[part], "the project table left its part's title"
    assert all(squeeze(item) in pages[part] for item in project.goal.items)
    assert pages[part + 1].find("一级指标二级指标三级指标") >= 0
    assert all(squeeze(i.name) in pages[part + 1] for i in project.indicators)
