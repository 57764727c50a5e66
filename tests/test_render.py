"""The rendered documents, read back from the PDF: they read like the seeds, the 目录
points at the right pages, the totals are printed, and building is reproducible."""

import re
import sys
from pathlib import Path

import pytest

from conftest import FILINGS, SEED_OF, SEEDS, pdf_pages, pdf_text, run_jixiao, squeeze
from jixiao.incremental import MANIFEST_NAME

sys.path.insert(0, str(Path(__file__).parent))
import fidelity  # noqa: E402  (the measure of ../shared/tools/fidelity.py, copied into tests/)


@pytest.mark.parametrize("name", sorted(SEED_OF))
def test_pdf_reads_like_its_seed(built, name):
    seed = fidelity.norm((SEEDS / SEED_OF[name]).read_text(encoding="utf-8"))
    text = fidelity.norm(fidelity.pdf_text(str(built / f"{name}.pdf")))
    assert fidelity.ratio(seed, text) >= 0.98


def toc_entries(pdf: Path) -> list[tuple[str, int]]:
    """(title, page) for every entry of the 目录 page; a title too long for one line
    continues on the next."""
    entries, pending = [], ""
    for line in pdf_text(pdf, page=2, layout=True).splitlines()[1:]:  # under 目 录
        match = re.match(r"\s*(\S.*?)\s*\.{3,}\s*(\d+)\s*$", line)
        if match:
            entries.append((pending + match.group(1), int(match.group(2))))
            pending = ""
        else:
            pending += line.strip()
    return entries


def printed_page_numbers(pdf: Path) -> dict[int, int]:
    """1-based PDF page → the number printed on it as "— N —" (unnumbered pages left out)."""
    numbers = {}
    for n in range(1, pdf_pages(pdf) + 1):
        match = re.search(r"—\s*(\d+)\s*—\s*$", pdf_text(pdf, page=n))
        if match:
            numbers[n] = int(match.group(1))
    return numbers


@pytest.mark.parametrize("name, projects", [("hebei-shanhaiguan-2022", 11), ("hebei-zunhua-2022", 13)])
def test_toc_page_numbers_are_the_pages_of_the_headings(built, name, projects):
    pdf = built / f"{name}.pdf"
    entries = toc_entries(pdf)
    assert len(entries) == 2 + 3 + 1 + projects
    numbers = printed_page_numbers(pdf)
    pages = [squeeze(pdf_text(pdf, page=n)) for n in range(1, pdf_pages(pdf) + 1)]
    for title, page in entries:
        heading = squeeze(title)
        first = next(n for n, text in enumerate(pages[2:], start=3) if heading in text)
        assert numbers[first] == page, f"{title}: 目录 says {page}, heading is on page {numbers[first]}"


@pytest.mark.parametrize("name, total", [("hebei-shanhaiguan-2022", "116.40"), ("hebei-zunhua-2022", "823.40")])
def test_hebei_summary_total_is_printed(built, name, total):
    text = pdf_text(built / f"{name}.pdf")
    assert re.search(rf"合计 {re.escape(total)} {re.escape(total)} 0\.00", text)


def test_hebei_project_table_prints_amounts_as_written(built):
    text = squeeze(pdf_text(built / "hebei-shanhaiguan-2022.pdf"))
    assert "1.扫黑除恶工作经费绩效目标表216001政法委部门区委政法委员会本级单位：万元" in text
    assert "预算规模及资金用途预算数10.00其中：财政资金10.00其他资金" in text
    assert "资金支出计划（%）3月底6月底10月底12月底25%50%75%100%" in text
    assert "一级指标二级指标三级指标绩效指标描述指标值指标值确定依据" in text


def test_hunan_totals_are_printed(built):
    text = squeeze(pdf_text(built / "hunan-yuanjiang-2024.pdf"))
    assert re.search(r"资金总额：335\.6(?!\d)", text)
    assert re.search(r"项目支出：59\.8(?!\d)", text), "beside 275.8, the sum of 12.8 + 5.12 + … has one decimal"
    assert re.search(r"基本支出：275\.8(?!\d)", text)


def test_hunan_totals_have_the_decimals_of_the_amounts_typed_beside_them(tmp_path):
    filing = (FILINGS / "hunan-yuanjiang-2024.yaml").read_text(encoding="utf-8")
    filing = filing.replace("一般公共预算: 335.6\n", "一般公共预算: 335.60\n").replace("基本支出: 275.8\n", "基本支出: 275.80\n")
    path = tmp_path / "hunan.yaml"
    path.write_text(filing, encoding="utf-8")
    assert run_jixiao("build", str(path), "-o", str(tmp_path), "--no-html").returncode == 0
    text = squeeze(pdf_text(tmp_path / "hunan.pdf", 1))
    assert "资金总额：335.60" in text and "基本支出：275.80" in text and "项目支出：59.80" in text


def test_hunan_each_form_starts_a_page(built):
    pdf = built / "hunan-yuanjiang-2024.pdf"
    starts = [n for n in range(1, pdf_pages(pdf) + 1)
              if squeeze(pdf_text(pdf, page=n)).startswith("2024年项目支出绩效目标表")]
    assert len(starts) == 8
    assert squeeze(pdf_text(pdf, page=1)).startswith("2024年部门整体支出绩效目标表填报单位：（盖章）沅江市委政法委员会")
    assert squeeze(pdf_text(pdf)).count("填表人：联系电话：填报日期：单位负责人签字：") == 9


def test_xinjiang_total_row_comes_first(built):
    text = squeeze(pdf_text(built / "xinjiang-korla-2020.pdf"))
    assert "总额财政拨款其他资金合计7856.357856.350.00领导和管理政法工作" in text
    assert "年度总体目标1.通过项目资金2844.21万元实施" in text


def test_page_counts(built):
    assert pdf_pages(built / "xinjiang-korla-2020.pdf") == 3
    assert pdf_pages(built / "hunan-yuanjiang-2024.pdf") >= 9


def test_building_twice_gives_identical_files(built, tmp_path):
    result = run_jixiao("build", str(FILINGS), "-o", str(tmp_path))
    assert result.returncode == 0, result.stderr
    outputs = sorted(path for path in built.iterdir() if path.name != MANIFEST_NAME)  # it records mtimes
    assert len(outputs) == 8
    for first in outputs:
        assert first.read_bytes() == (tmp_path / first.name).read_bytes(), first.name


def test_html_is_self_contained_chinese(built):
    html = (built / "hebei-zunhua-2022.html").read_text(encoding="utf-8")
    assert html.startswith('<!DOCTYPE html>\n<html lang="zh-CN">')
    assert "<style>" in html and "table-layout: fixed" in html
    assert not re.search(r"""(src|href)=["']?(https?:|file:|//)""", html)


def bookmarks(filing: str) -> list[tuple[int, str, int]]:
    """(level, label, 1-based page) of every PDF bookmark of a filing's document."""
    from jixiao.pipeline import process
    from jixiao.pdf import layout_pages

    result = process(FILINGS / filing)
    document = layout_pages(result.layout_folder, result.view)
    out = []

    def walk(tree, level):
        for label, (page, *_), children, *_ in tree:
            out.append((level, label, page + 1))
            walk(children, level + 1)
    walk(document.make_bookmark_tree(), 1)
    return out


def test_hebei_bookmarks_cover_every_heading_and_table(built):
    marks = bookmarks("hebei-zunhua-2022.yaml")
    pdf = built / "hebei-zunhua-2022.pdf"
    numbers = printed_page_numbers(pdf)
    assert [(label, numbers[page]) for level, label, page in marks if level <= 2] == toc_entries(pdf)
    assert (3, "（一）加强法治建设", 3) in marks


def test_hunan_bookmarks_name_each_form():
    labels = [label for _, label, _ in bookmarks("hunan-yuanjiang-2024.yaml")]
    assert labels[0] == "2024年部门整体支出绩效目标表"
    assert labels[1] == "2024年项目支出绩效目标表：扫黑除恶专项斗争工作经费"
    assert len(labels) == 9


@pytest.mark.parametrize("overall, sections", [
    ("{总体目标: 维护稳定。}", ["一、总体绩效目标"]),
    ("{总体目标: 维护稳定。, 保障措施: [加强组织领导。]}", ["一、总体绩效目标", "二、工作保障措施"]),
    ("{总体目标: 维护稳定。, 分项目标: [{名称: 平安建设}], 保障措施: 加强领导。}",
     ["一、总体绩效目标", "二、分项绩效目标", "三、工作保障措施"]),
])
def test_hebei_part_one_prints_the_sections_written_numbered_in_order(tmp_path, overall, sections):
    path = tmp_path / "x.yaml"
    path.write_text(f"版式: 河北\n年度: 2025\n部门: {{名称: 政法委}}\n整体绩效目标: {overall}\n项目: []\n", encoding="utf-8")
    assert run_jixiao("build", str(path), "-o", str(tmp_path), "--no-html").returncode == 0
    text = pdf_text(tmp_path / "x.pdf")
    printed = [re.sub(r"[ .]*\d*$", "", line.strip()) for line in text.splitlines() if re.match(r"\s*[一二三]、", line)]
    assert printed == sections + sections  # in the 目录, then in the text


def test_hebei_part_one_prints_each_paragraph_of_a_list_item_as_an_indented_paragraph(tmp_path):
    overall = ("\n  总体目标:\n    - 第一条。\n    - |\n      第二条第一段。\n\n      第二条第二段。\n"
               "  分项目标:\n    - 名称: 平安建设\n      绩效指标: |\n        指标第一段。\n\n        指标第二段。\n"
               "  保障措施:\n    - 标题: 完善制度\n      内容: |\n        措施第一段。\n\n        措施第二段。\n")
    path = tmp_path / "x.yaml"
    path.write_text(f"版式: 河北\n年度: 2025\n部门: {{名称: 政法委}}\n整体绩效目标:{overall}项目: []\n", encoding="utf-8")
    assert run_jixiao("build", str(path), "-o", str(tmp_path), "--no-pdf").returncode == 0
    html = (tmp_path / "x.html").read_text(encoding="utf-8")
    assert re.findall(r'<p class="body">([^<]*)</p>', html) == [
        "1.第一条。", "2.第二条第一段。", "第二条第二段。", "绩效指标：指标第一段。", "指标第二段。",
        "（一）完善制度。措施第一段。", "措施第二段。"]


def test_hebei_summary_prints_large_amounts_whole_beside_a_long_code(tmp_path):
    source = (FILINGS / "hebei-shanhaiguan-2022.yaml").read_text(encoding="utf-8")
    source = source.replace("    财政资金: 10.00\n", "    财政资金: 912345678.90\n    其他资金: 398765432.10\n", 1)
    source = source.replace("13030322P00404910001G", "13030322P00404910001G-2025-JYJ-0001", 1)
    path = tmp_path / "x.yaml"
    path.write_text(source, encoding="utf-8")
    assert run_jixiao("build", str(path), "-o", str(tmp_path), "--no-html").returncode == 0
    summary = pdf_text(tmp_path / "x.pdf").split("预算项目汇总表")[-1].split("绩效目标表")[0]
    for amount in ("1311111111.00", "912345678.90", "398765432.10", "1311111217.40", "912345785.30"):
        assert amount in summary  # on one line: an amount wrapped in its cell reads as two numbers
