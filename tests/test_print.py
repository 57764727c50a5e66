"""Print quality measured from the PDFs: the page of GB/T 9704-2012, its page numbers,
the embedded faces, and indicator tables whose labels are printed on every page that
their rows are on."""

from __future__ import annotations

import re
import subprocess

import pytest

from conftest import FILINGS, SEED_OF, pdf_page_size, pdf_pages, pdf_text, pdf_words, squeeze
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
        outside = [w for w in words if w[2] < y1 and (w[1] < x0 - 0.5 or w[3] > x1 + 0.5 or w[2] < y0 - 0.5)]
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
