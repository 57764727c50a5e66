"""``jixiao git-setup``: make git show filings semantically, and check them before a commit.

It changes only the repository it is run in, and running it again changes nothing:

* ``.gitattributes`` gets ``filings/**/*.yaml diff=jixiao`` and the same for ``.yml`` (the
  filings in ``filings/`` and its subfolders; the line of earlier versions,
  ``filings/*.yaml``, is replaced);
* the repository's own git config gets the ``jixiao`` diff driver: a text conversion
  (:mod:`.textconv`) that ``git diff``, ``git log -p`` and ``git show`` use, and hunk
  headers that name the section or project;
* the repository's git config gets ``core.quotePath false``, so that git shows a file
  name in Chinese (``filings/2027年/…``) as it is, not as octal escapes;
* ``.git/info/exclude`` (the repository's own list of files git ignores, not committed)
  gets ``/build/``, where ``jixiao build`` and ``jixiao review`` write;
* a pre-commit hook runs ``jixiao check`` on the staged filings (as staged, not as in
  the working tree) with the repository's review policy (its ``jixiao.yaml`` files, as
  staged) and stops the commit when one has errors. A pre-commit hook that is not
  jixiao's is left alone.
"""

from __future__ import annotations

import shlex
import subprocess
import sys
from pathlib import Path

from ..paths import FILING_SUFFIXES
from ..policy import NESTED_POLICY, NESTED_POLICY_HINT, POLICY_FILE

ATTRIBUTES = tuple(f"filings/**/*{suffix} diff=jixiao" for suffix in FILING_SUFFIXES)
EARLIER_ATTRIBUTE = "filings/*.yaml diff=jixiao"  # written by earlier versions: not the subfolders
SUFFIXES = "、".join(FILING_SUFFIXES)
COVERED = f"以上只对 filings/ 文件夹及其子文件夹里的 {SUFFIXES} 申报文件生效；放在别处的申报文件请移到 filings/ 里。"
HOOK_MARK = "# jixiao git-setup"
OUTPUTS = "/build/"  # where jixiao build and jixiao review write, in the repository's top folder
CANCELLED = "提交已取消：请先改正上面列出的错误，再 git add 并重新提交。"


class SetupError(Exception):
    """Setup cannot go on; the message says why, in Chinese."""


def jixiao_command() -> str:
    """How git runs this jixiao: the Python it runs in, so no PATH is needed."""
    return f"{shlex.quote(sys.executable)} -m jixiao"


def hook_script(command: str) -> str:
    """The pre-commit hook: check the staged versions of the staged filings (of every
    filing when a review policy, jixiao.yaml, is staged), in a copy that also holds the
    staged policy and whose top is marked as a repository's is (``.git``), so that no
    jixiao.yaml outside it applies."""
    filings = " ".join(f"'filings/*{suffix}'" for suffix in FILING_SUFFIXES)
    names = " -o ".join(f"-name '*{suffix}'" for suffix in FILING_SUFFIXES)
    return f"""#!/bin/sh
{HOOK_MARK}: 提交前用 jixiao check 检查暂存的申报文件（filings/ 及其子文件夹里的 {SUFFIXES}），
# 按暂存区里的审核规则文件 {POLICY_FILE} 检查。
# 检查的是暂存区里的版本（git add 之后的内容），报告里的文件名与仓库里一致。
# 子文件夹里的审核规则文件不算数：加进来时就拒绝（它所在的文件夹里也许还没有申报文件）。
nested=$(git -c core.quotePath=false diff --cached --name-only --diff-filter=ACMR -- ':(glob)**/{POLICY_FILE}' | grep /)
if [ -n "$nested" ]; then
  echo "$nested" | while IFS= read -r name; do
    printf '%s\n' "$name:1:1: 错误[JX020]: {NESTED_POLICY}" "  提示: {NESTED_POLICY_HINT}" >&2
  done
  echo "{CANCELLED}" >&2
  exit 1
fi
staged=$(mktemp -d) || exit 1
trap 'rm -rf "$staged"' EXIT
mkdir "$staged/.git" || exit 1
git ls-files -z -- ':(glob)**/{POLICY_FILE}' |
  xargs -0 -r git checkout-index --prefix="$staged/" -- || exit 1
# 审核规则文件改了，所有申报文件都按新的规则检查；否则只查改了的申报文件。
if git diff --cached --quiet -- ':(glob)**/{POLICY_FILE}'; then
  git diff --cached --name-only -z --diff-filter=ACMR -- {filings} ':(exclude,glob)filings/**/{POLICY_FILE}'
else
  git ls-files -z -- {filings} ':(exclude,glob)filings/**/{POLICY_FILE}'
fi | xargs -0 -r git checkout-index --prefix="$staged/" -- || exit 1
[ -d "$staged/filings" ] || exit 0
cd "$staged" || exit 1
find filings \( {names} \) ! -name {POLICY_FILE} -print0 | sort -z | xargs -0 -r {command} check && exit 0
echo "{CANCELLED}" >&2
exit 1
"""


def _git(*arguments: str, cwd: Path) -> str:
    try:
        done = subprocess.run(["git", *arguments], cwd=cwd, capture_output=True, text=True)
    except FileNotFoundError:
        raise SetupError("找不到 git 命令，请先安装 git") from None
    if done.returncode != 0:
        raise SetupError(done.stderr.strip() or f"git {' '.join(arguments)} 失败")
    return done.stdout.strip()


def git_setup(folder: Path) -> list[str]:
    """Set up the repository ``folder`` is in; return what was done, one line each, in
    Chinese (nothing when it was already set up)."""
    try:
        top = Path(_git("rev-parse", "--show-toplevel", cwd=folder))
    except SetupError:
        raise SetupError(f"{folder.resolve()} 不在 git 仓库里：请在放申报文件的 git 仓库里运行 jixiao git-setup") from None
    done = []
    attributes = top / ".gitattributes"
    existing = attributes.read_text(encoding="utf-8").splitlines() if attributes.exists() else []
    missing = [line for line in ATTRIBUTES if line not in existing]
    if missing:
        kept = [line for line in existing if line != EARLIER_ATTRIBUTE]
        attributes.write_text("".join(f"{line}\n" for line in kept + missing), encoding="utf-8")
        done.append(f"已在 {attributes} 里加上“{'”“'.join(missing)}”（请把它一起提交）")
    command = jixiao_command()
    for key, value, why in (("diff.jixiao.textconv", f"{command} textconv", ""),
                            ("diff.jixiao.xfuncname", "^[^ ].*$", ""),
                            ("core.quotePath", "false", "（git 照原样显示中文文件名）")):
        current = subprocess.run(["git", "config", "--local", "--get", key], cwd=top,
                                 capture_output=True, text=True).stdout.strip()
        if current != value:
            _git("config", "--local", key, value, cwd=top)
            done.append(f"已设置 git config {key}{why}")
    exclude = top / _git("rev-parse", "--git-path", "info/exclude", cwd=top)
    listed = exclude.read_bytes() if exclude.exists() else b""
    if OUTPUTS.encode() not in (line.rstrip(b"\r") for line in listed.split(b"\n")):
        exclude.parent.mkdir(parents=True, exist_ok=True)
        with exclude.open("ab") as appended:  # the lines there stay as they are, in their own encoding
            appended.write((b"\n" if listed and not listed.endswith(b"\n") else b"") + OUTPUTS.encode() + b"\n")
        done.append(f"已在 {exclude} 里加上 {OUTPUTS}（生成的文件和审阅页面不进 git）")
    hook = top / _git("rev-parse", "--git-path", "hooks/pre-commit", cwd=top)
    script = hook_script(command)
    if hook.exists() and HOOK_MARK not in hook.read_text(encoding="utf-8", errors="replace"):
        done.append(f"{hook} 已有别的 pre-commit 钩子，没有改动它；"
                    f"要在提交前检查申报文件，请在其中加上：{command} check filings")
    elif not hook.exists() or hook.read_text(encoding="utf-8") != script:
        hook.parent.mkdir(parents=True, exist_ok=True)
        hook.write_text(script, encoding="utf-8")
        hook.chmod(0o755)
        done.append(f"已写入提交前检查钩子 {hook}")
    return done + [COVERED] if done else done
