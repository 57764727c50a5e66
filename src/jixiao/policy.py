"""A repository's review policy: ``jixiao.yaml`` at the repository root.

A finance bureau sets, once for every filing of its repository, which review rules are
errors, warnings or off, the share of quantitative indicators a project must reach, and
the 指标体系 of filings that do not name one::

    # jixiao.yaml
    指标体系: 2021
    定量指标比例: 60%
    规则:
      JX441: 错误      # 成本指标大于预算数：退回
      JX405: 关闭      # 三级指标少于 3 个：不查

In a git repository only the file at its root counts: one in a subfolder, which would let
a filing's folder set its own rules, is refused. Outside a repository the nearest file in
the filing's folder or its parents counts. It is read with the filing loader, so its
mistakes are reported like a filing's, with file, line and column.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from functools import lru_cache
from pathlib import Path

from . import checks  # noqa: F401  (registers the review rules' codes)
from .codes import CODES
from .findings import ERROR, WARNING, FilingError, Finding, Location, format_finding, in_file_order
from .load import Document, load_bytes, load_file, read_limited
from .paths import PROJECT_ROOT
from .validate import validate

POLICY_FILE = "jixiao.yaml"
# Why a jixiao.yaml below a repository's root is refused (also said by the commit hook).
NESTED_POLICY = "审核规则只读仓库根目录的 jixiao.yaml，放在子文件夹里的这一份不算数"
NESTED_POLICY_HINT = "删除它；要改的规则请财政局写进仓库根目录的 jixiao.yaml"
POLICY_SCHEMA = PROJECT_ROOT / "schema" / "policy.schema.json"
OFF = "关闭"
LEVELS = {"错误": ERROR, "警告": WARNING, OFF: None}
UNSET = "（未设）"
DEFAULT_QUANTITATIVE_SHARE = Decimal("0.5")
_RULE_CODE = re.compile(r"JX[0-9]{3}")
_NOTHING_SET = re.compile(r"(?:[ \t]*(?:#[^\n]*)?\r?\n?)*")  # blank lines and comments only


@dataclass(frozen=True)
class Policy:
    """Review settings of a repository; the defaults apply where there is no jixiao.yaml."""

    source: str = ""
    framework: str | None = None
    quantitative_share: Decimal = DEFAULT_QUANTITATIVE_SHARE
    levels: dict[str, str | None] = field(default_factory=dict)

    def severity(self, code: str, default: str) -> str | None:
        """The severity a finding of ``code`` gets here (None: the rule is off)."""
        return self.levels.get(code, default)


DEFAULT_POLICY = Policy()


class PolicyError(Exception):
    """A jixiao.yaml that cannot be used; carries its findings and source lines."""

    def __init__(self, findings: list[Finding], lines: list[str]):
        super().__init__("; ".join(f.message for f in findings))
        self.findings, self.lines = findings, lines

    def report(self, not_done: str) -> str:
        """What a command prints before it stops: each finding with its file, line,
        column and source line, then ``not_done`` (what the command therefore did not do)."""
        return "\n".join([*(format_finding(f, self.lines) for f in self.findings),
                          f"审核规则文件 jixiao.yaml 有误，{not_done}。"])


def policy_for(filing: Path) -> Policy:
    """The policy that applies to the filing at ``filing``: its repository's root
    jixiao.yaml, or outside a repository the nearest one (raises :class:`PolicyError`)."""
    folder = Path(filing).resolve().parent
    found: list[Path] = []
    for candidate in (folder, *folder.parents):
        if (candidate / POLICY_FILE).is_file():
            found.append(candidate / POLICY_FILE)
        if (candidate / ".git").exists():
            nested = [path for path in found if path.parent != candidate]
            if nested:
                raise PolicyError([Finding("JX020", ERROR, NESTED_POLICY,
                                           Location(_shown(nested[0]), 1, 1),
                                           NESTED_POLICY_HINT)], [])
            break
    return load_policy(found[0]) if found else DEFAULT_POLICY  # in a repository, the root's


@lru_cache(maxsize=None)
def load_policy(path: Path) -> Policy:
    """Read and check a jixiao.yaml (raises :class:`PolicyError` when it is wrong)."""
    name = _shown(path)
    try:
        raw = read_limited(path)
    except OSError:
        _document(lambda: load_file(path, name))  # raises, saying why in Chinese
        raise
    return read_policy(raw, name)


@lru_cache(maxsize=None)
def read_policy(raw: bytes, name: str) -> Policy:
    """Check a jixiao.yaml from its bytes (a file's, or as it is in a git revision),
    ``name`` naming it in messages; raises :class:`PolicyError` when it is wrong. One
    with nothing but comments sets nothing."""
    if _NOTHING_SET.fullmatch(raw.decode("utf-8", "replace")):
        return Policy(source=name)
    document = _document(lambda: load_bytes(raw, name))
    findings = [_as_policy_finding(f) for f in validate(document, POLICY_SCHEMA)]
    rules = document.data.get("规则") if isinstance(document.data.get("规则"), dict) else {}
    levels = {code: LEVELS[level] for code, level in rules.items() if _RULE_CODE.fullmatch(code) and level in LEVELS}
    for code, level in levels.items():
        problem = _level_problem(code, level)
        if problem:
            findings.append(Finding("JX020", ERROR, problem[0], document.locate_key(("规则", code)), problem[1]))
    if findings:
        raise PolicyError(in_file_order(findings), document.lines)
    return _policy(document, levels)


def _document(load: Callable[[], Document]) -> Document:
    """The loaded jixiao.yaml; what stops the loader is a :class:`PolicyError`."""
    try:
        return load()
    except FilingError as error:
        raise PolicyError(error.findings, error.lines) from None


def policy_changes(old: Policy, new: Policy) -> tuple[str, ...]:
    """What ``new`` sets otherwise than ``old``, a setting a line: ``JX441 错误 → 关闭``
    (a rule by its level where the policy does not set it), ``定量指标比例 50% → 60%``,
    ``指标体系 2021 → （未设）``."""
    changes = [f"{label} {before} → {after}" for label, before, after in (
        ("指标体系", old.framework or UNSET, new.framework or UNSET),
        ("定量指标比例", _percent(old.quantitative_share), _percent(new.quantitative_share))) if before != after]
    for code in sorted(old.levels.keys() | new.levels.keys()):
        before, after = (_level_name(policy.severity(code, CODES[code].severity)) for policy in (old, new))
        if before != after:
            changes.append(f"{code} {before} → {after}")
    return tuple(changes)


def _level_name(severity: str | None) -> str:
    return severity or OFF


def _percent(share: Decimal) -> str:
    return f"{(share * 100).normalize():f}%"


def _policy(document: Document, levels: dict[str, str | None]) -> Policy:
    data = document.data
    share = data.get("定量指标比例")
    return Policy(
        source=document.name,
        framework=str(data["指标体系"]) if data.get("指标体系") is not None else None,
        quantitative_share=Decimal(share.rstrip("%")) / 100 if share is not None else DEFAULT_QUANTITATIVE_SHARE,
        levels=levels,
    )


def _shown(path: Path) -> str:
    """A policy file's name in messages: from the current folder when it is below it (as
    the filings given are named), else in full."""
    try:
        return str(path.relative_to(Path.cwd()))
    except ValueError:
        return str(path)


def _level_problem(code: str, level: str | None) -> tuple[str, str] | None:
    """Why ``code`` cannot be set to ``level`` (message, hint), or None if it can."""
    if code not in CODES:
        close = difflib.get_close_matches(code, list(CODES), n=1, cutoff=0.6)
        return (f"没有规则 {code}" + (f"，是否想写 {close[0]}？" if close else ""),
                "运行 jixiao rules 查看全部规则代码")
    if not CODES[code].adjustable and level != CODES[code].severity:
        kind = "格式或计算上的错误" if CODES[code].severity == ERROR else "读取文件时的提示"
        return (f"规则 {code}（{CODES[code].title}）是{kind}，不能由仓库调整",
                "这条规则不能由仓库调整，只能改正申报文件；请删除这一行")
    return None


def _as_policy_finding(finding: Finding) -> Finding:
    """A schema finding of jixiao.yaml, reported under the policy file's code."""
    return Finding("JX020", ERROR, finding.message, finding.location, finding.hint)
