"""The text of ``jixiao rules`` and ``docs/rules.md``: every code, its explanation and
examples, from the registry in :mod:`jixiao.codes`."""

from __future__ import annotations

from . import checks  # noqa: F401  (registers the review rules' codes)
from .codes import ABOUT_WAIVERS, CODES, CONFIG, FORMAT, READING, REVIEW, Code, Example
from .findings import ERROR

INTRO = f"""\
# 规则代码一览

本文由 `jixiao rules` 生成（`jixiao rules > docs/rules.md`），与程序里的规则同出一处；
每条规则的示例都由测试实际运行一遍，核对报出的代码和位置。

- **错误**：申报文件不能这样交，`jixiao build` 不生成文件，`jixiao check` 以退出码 1 结束。
- **警告**：财政局审核时会问的问题，照常生成文件；`jixiao check --strict` 时也算不通过。
- 标有“可调整”的规则，财政局可以在仓库根目录的 `jixiao.yaml` 里改为错误、警告或关闭；
  其中是警告的（{"、".join(sorted(ABOUT_WAIVERS))} 除外），填报人可以在项目或指标上用 `接受警告: {{代码: 理由}}` 接受，
  理由留在文件里供审核人查看。没有标“可调整”的警告（如 JX013）只能改正。

"""
SECTIONS = ((READING, "读取文件"), (CONFIG, "审核规则文件"), (FORMAT, "格式"), (REVIEW, "审核"))


def rules_markdown(codes: tuple[str, ...] = ()) -> str:
    """Markdown for the given codes (all when none are given); raises KeyError for an unknown code."""
    chosen = [CODES[code] for code in codes] if codes else sorted(CODES.values(), key=lambda c: c.code)
    parts = [INTRO] if not codes else []
    for step, heading in SECTIONS:
        in_step = [code for code in chosen if code.step == step]
        if in_step:
            parts.append(f"## {heading}\n\n")
            parts.extend(_code(code) for code in in_step)
    return "".join(parts)


def _code(code: Code) -> str:
    severity = "错误" if code.severity == ERROR else "警告"
    adjustable = "，可调整" if code.adjustable else ""
    text = f"### {code.code} {code.title}（{severity}{adjustable}）\n\n{code.explanation}\n\n"
    if code.bad:
        text += _example(f"会报 {code.code}（第 {_where(code.bad)}）", code.bad)
    if code.good:
        text += _example("不会报", code.good)
    return text


def _where(example: Example) -> str:
    line, column = example.at.split(":")
    return f"{line} 行第 {column} 列"


def _example(caption: str, example: Example) -> str:
    return f"{caption}：\n\n```yaml\n{example.source.rstrip()}\n```\n\n"
