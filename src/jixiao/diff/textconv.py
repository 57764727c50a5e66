"""The text git compares for a filing (``jixiao textconv``, set up by ``jixiao git-setup``).

git runs a text conversion on both versions of a file and diffs the two texts line by
line. This prints a filing's outline: one fact per line under its section, the
computed totals first and the checker's findings last (without line numbers, which
move), so that a plain ``git diff`` or ``git log -p`` shows ``财政资金: 10.00`` →
``12.00`` and ``合计: 116.40`` → ``118.40`` instead of moved YAML lines. A version that
does not load is printed as it is, under a line saying why (with line and column) and
how to see git's own line diff: git converts each version alone, so against the other
version's outline all of it shows as replaced.
"""

from __future__ import annotations

from pathlib import Path

from ..load import read_limited
from ..pipeline import Result, process
from ..policy import DEFAULT_POLICY, Policy, PolicyError, policy_for
from .compare import stable_message
from .outline import Block, Outline, filing_outline, show, totals_facts

INDENT = "  "
NOT_PRINTED = "不印出的内容"  # heads what the 版式 does not print, after what it prints
RAW_DIFF = "git log -p --no-textconv"  # git's own line diff of the files, for a version not loaded


def textconv(result: Result, raw: str) -> str:
    """The text git compares for one version; ``raw`` is the file's own text."""
    if result.filing is None:
        reasons = "；".join(f"第 {f.location.line} 行第 {f.location.column} 列：{f.message}"
                           for f in result.findings if f.is_error)
        return f"（jixiao：这个版本无法读取：{reasons}。下面是原文；看原文逐行的改动用 {RAW_DIFF}）\n{raw}"
    lines = ["合计"]
    lines += [f"{INDENT}{fact.label}: {show(fact.value)}"
              for fact in totals_facts(result.filing, result.totals) if fact.value is not None]
    outline = filing_outline(result.filing)
    lines += _outline_lines(outline, printed=True)
    lines += _outline_lines(outline, printed=False)  # after what it prints, each block's heading named so
    if result.findings:
        lines.append("检查结果")
        lines += [f"{INDENT}{f.severity}[{f.code}]: {stable_message(f)}" for f in result.findings]
    return "\n".join(lines) + "\n"


def _outline_lines(outline: Outline, printed: bool) -> list[str]:
    """The lines of the outline's blocks, in document order, of what the 版式 prints
    (``printed``) or of what it does not: each block's heading then begins with
    ``不印出的内容：``, flush left like every block's, so that git's hunk headers (which
    name the last line not indented) still say which project a change is in."""
    prefix = "" if printed else f"{NOT_PRINTED}："
    lines = [line for block in outline.head for line in _block_lines(block, 0, printed, prefix + block.subject)]
    for number, project in enumerate(outline.projects, start=1):
        lines += _block_lines(project, 0, printed, f"{prefix}项目 {number}「{project.title}」")
    return lines + [line for block in outline.tail for line in _block_lines(block, 0, printed, prefix + block.subject)]


def _block_lines(block: Block, depth: int, printed: bool, heading: str | None = None) -> list[str]:
    """A block's heading, then its non-empty facts that the 版式 prints (``printed``) or
    does not (a text of several lines one line a line, a blank line between two
    paragraphs), then its children one level deeper; nothing when that leaves nothing."""
    facts = [(fact.label, show(fact.value)) for fact in block.facts
             if show(fact.value) and (fact.printed and block.printed) == printed]
    children = [line for child in block.children if child.printed or not printed
                for line in _block_lines(child, depth + 1, printed)]
    if not facts and not children:
        return []
    pad = INDENT * depth
    lines = [pad + (heading or block.subject)]
    for label, text in facts:
        paragraphs = text.split("\n")  # a paragraph break: an empty line
        if len(paragraphs) == 1:
            lines.append(f"{pad}{INDENT}{label}: {text}")
        else:
            lines.append(f"{pad}{INDENT}{label}:")
            lines += [f"{pad}{INDENT * 2}{paragraph}" if paragraph else "" for paragraph in paragraphs]
    return lines + children


def textconv_file(path: Path) -> str:
    """The text git compares for the file at ``path`` (git hands over a temporary copy)."""
    raw = read_limited(path).decode("utf-8", errors="replace") if path.is_file() else ""
    try:
        return textconv(process(path, policy=_repository_policy(), with_view=False), raw)
    except Exception as error:  # a bug in jixiao must not stop git diff: show the file as it is
        return f"（jixiao：内部错误 {type(error).__name__}，显示原文）\n{raw}"


def _repository_policy() -> Policy:
    """git runs a text conversion at the top of the repository: its jixiao.yaml applies
    (none that can be used: the default rules)."""
    try:
        return policy_for(Path.cwd() / "filing.yaml")
    except PolicyError:
        return DEFAULT_POLICY
