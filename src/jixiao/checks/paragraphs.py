"""Texts printed as paragraphs of body text (JX332): a paragraph is ended by a blank line,
not by a line break."""

from __future__ import annotations

from typing import Iterator

from ..codes import Code, Example
from ..findings import WARNING, Finding
from ..model import OverallGoals, split_paragraphs
from ..views import LAYOUTS
from .registry import Context, check
from .unfinished import COMMENT_LIKE

SUMMARY = "整体绩效目标:\n  总体目标: |\n    一是维护社会稳定。\n%s    二是推进法治建设。\n"


@check(Code("JX332", WARNING, "段落里只换了行",
            "河北版第一部分的总体目标、分项目标和保障措施按段落排印，每段首行缩进两格，段落之间要空一行。"
            "只换了行的，印出来是同一段里换行：下一行顶格、不缩进。",
            Example(SUMMARY % "", "4:5"), Example(SUMMARY % "\n")))
def line_breaks_in_paragraphs(ctx: Context) -> Iterator[Finding]:
    """A line break inside a paragraph of a text the layout prints as body text."""
    if not LAYOUTS[ctx.filing.layout].body_text:
        return
    for path, what, text in _body_texts(ctx.filing.overall):
        for paragraph in split_paragraphs(text):
            # a "#" line is JX016's: a comment meant, not a line break
            lines = [line for line in paragraph.split("\n") if not COMMENT_LIKE.fullmatch(line.strip())]
            if len(lines) > 1:
                after = lines[1]
                yield ctx.finding("JX332", f"「{what}」有一段只换了行、没有空一行：「{after[:10]}」这一行印出来顶格、不缩进",
                                  path, "要分成两段，在两段之间空一行；确是同一段，就把两行接起来", within=after)


def _body_texts(overall: OverallGoals) -> Iterator[tuple[tuple, str, str]]:
    """The texts of 第一部分 that print as body text: where each is written (the item of a
    list), what the reader calls it, and the text."""
    section = ("整体绩效目标", "总体目标")
    for text in overall.summary.items:
        yield section, "总体目标", text
    section = ("整体绩效目标", "分项目标")
    for n, goal in enumerate(overall.sub_goals):
        for key, text in (("职责描述", goal.duty), ("绩效目标", goal.goal), ("绩效指标", goal.indicators)):
            yield (*section, n, key), "分项目标", text
    for text in overall.sub_goals_text.items:
        yield section, "分项目标", text
    section = ("整体绩效目标", "保障措施")
    for n, measure in enumerate(overall.measures):
        yield (*section, n) if overall.measures_numbered else section, "保障措施", measure.content
