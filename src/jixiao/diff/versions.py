"""The two versions ``jixiao diff`` compares: files, or a file as it was in a git revision.

A version is written as a path (``filings/x.yaml``), as ``REV:path``
(``main:filings/x.yaml``, the path from the top of the repository as git reads it), or
as a revision alone (``HEAD~1``), meaning the other argument's file in that revision.
The bytes are read here (a revision with ``git show``) and run through the pipeline;
what cannot be read raises :class:`VersionError` with a Chinese message.
"""

from __future__ import annotations

import os
import subprocess
from dataclasses import dataclass
from pathlib import Path

from ..load import read_limited
from ..pipeline import Result, process_bytes
from ..policy import DEFAULT_POLICY, POLICY_FILE, Policy, policy_changes, policy_for, read_policy


@dataclass(frozen=True)
class Version:
    """A version to read: a file of the working tree (``revision`` None) or a file in a
    git revision, ``path`` as git reads it when run in ``folder`` (relative to the
    repository top, or ``./…`` relative to ``folder``)."""

    path: str
    revision: str | None = None
    folder: str = "."

    @property
    def name(self) -> str:
        return self.path if self.revision is None else f"{self.revision}:{self.path}"


class VersionError(Exception):
    """A version that cannot be read; the message says why, in Chinese."""


class MissingFile(VersionError):
    """A version without the file: not in the working tree, or not in that revision.
    Against the same file in the other version, it is a filing added or deleted."""


def parse_versions(arguments: tuple[str, ...]) -> tuple[Version, Version]:
    """The old and new versions named on the command line:

    * ``OLD NEW``: two paths or ``REV:path``, or a revision and a path (``HEAD~1 x.yaml``:
      the file in that revision against the working tree);
    * ``REV:path`` alone: that against the working tree's file; a path alone: its last
      commit (``HEAD``) against the working tree;
    * ``REV1 REV2 PATH``: the file in two revisions.
    """
    if len(arguments) == 1:
        only = _version(arguments[0])
        if only.revision is None:
            return _in_revision("HEAD", only.path), only
        return only, Version(_working_path(only.path))
    if len(arguments) == 3:
        return _in_revision(arguments[0], arguments[2]), _in_revision(arguments[1], arguments[2])
    if len(arguments) != 2:
        raise VersionError("请给出两个要比较的版本，例如 jixiao diff HEAD~1 filings/x.yaml")
    first, second = arguments
    new = _version(second)
    if ":" not in first and not Path(first).exists():  # a revision alone: of the other file
        old = Version(new.path, first, new.folder) if new.revision else _in_revision(first, new.path)
        return old, new
    return _version(first), new


def _version(argument: str) -> Version:
    """A path of the working tree, or ``REV:path``."""
    if Path(argument).exists() or ":" not in argument:
        return Version(argument)
    revision, path = argument.split(":", 1)
    return Version(path, revision)


def _in_revision(revision: str, path: str) -> Version:
    """A working-tree file as it is in ``revision`` of the repository it is in."""
    resolved = Path(path).resolve()
    top = repository_top(resolved.parent if resolved.parent.is_dir() else ".")
    try:
        return Version(resolved.relative_to(top.resolve()).as_posix(), revision, str(top))
    except ValueError:
        raise VersionError(f"{path} 不在 git 仓库 {top} 里") from None


def _working_path(path: str) -> str:
    """The working-tree file of a ``REV:path`` argument (git reads ``./…`` from the
    current folder, other paths from the repository top)."""
    if path.startswith("./"):
        return path
    return os.path.relpath(repository_top() / path)


def _git(*arguments: str, folder: str | Path = ".") -> subprocess.CompletedProcess:
    try:
        return subprocess.run(["git", *arguments], cwd=folder, capture_output=True)
    except FileNotFoundError:
        raise VersionError("找不到 git 命令：要比较 git 里的版本，需要先安装 git") from None


def repository_top(folder: str | Path = ".") -> Path:
    """The top folder of the git repository ``folder`` is in."""
    done = _git("rev-parse", "--show-toplevel", folder=folder)
    if done.returncode != 0:
        raise VersionError(f"{Path(folder).resolve()} 不在 git 仓库里，无法读取 git 版本")
    return Path(done.stdout.decode("utf-8").strip())


def check_revision(revision: str, folder: str | Path = ".") -> None:
    """Raise :class:`VersionError` unless ``revision`` names a commit of the repository."""
    if not _is_commit(revision, folder):
        repository_top(folder)  # not in a repository at all: say that instead
        raise VersionError(f"git 里没有版本「{revision}」：请检查拼写（例如 HEAD~1、main 或提交编号）")


def _is_commit(revision: str, folder: str | Path) -> bool:
    return _git("rev-parse", "--verify", "--quiet", f"{revision}^{{commit}}", folder=folder).returncode == 0


def read_version(version: Version) -> bytes:
    """The bytes of a version; :class:`VersionError` says in Chinese why not."""
    if version.revision is None:
        path = Path(version.path)
        if not path.exists():
            raise MissingFile(f"文件 {version.path} 不存在")
        if not path.is_file():
            raise VersionError(f"{version.path} 不是文件")
        try:
            return read_limited(path)
        except OSError:
            raise VersionError(f"无法读取文件 {version.path}（没有权限或读取出错）") from None
    revision, folder = version.revision, version.folder
    check_revision(revision, folder)
    done = _git("show", f"{revision}:{version.path}", folder=folder)
    if done.returncode != 0:
        raise MissingFile(f"版本「{revision}」里没有文件 {version.path}")
    return done.stdout


def same_file(one: Version, other: Version) -> bool:
    """Whether two versions are of one file (its path in the working tree)."""
    return _working_file(one) == _working_file(other)


def _working_file(version: Version) -> Path:
    if version.revision is None or version.path.startswith("./"):
        return (Path(version.folder) / version.path).resolve()
    return (repository_top(version.folder) / version.path).resolve()


def process_version(version: Version, policy: Policy = DEFAULT_POLICY) -> Result:
    """Read a version and check it (:class:`VersionError` when it cannot be read; a
    version that does not load has its findings). No view is built: a diff needs none."""
    return process_bytes(read_version(version), version.name, policy, with_view=False)


def review_rules(old: Version, new: Version) -> tuple[Policy, tuple[str, ...]]:
    """The review policy (jixiao.yaml) both versions are checked with, and how the new
    version's jixiao.yaml differs from it (:func:`jixiao.policy.policy_changes`).

    Against a git revision, the rules are the old revision's root jixiao.yaml, the
    bureau's rules as they stood, whatever is checked out; the new version's (that of
    its revision, or the working tree's) is only compared with them. Between files of
    the working tree, the rules are the new file's (:func:`jixiao.policy.policy_for`)
    and nothing is compared. A jixiao.yaml that cannot be used raises
    :class:`PolicyError`; a revision that does not exist leaves the default rules to
    the version that then says it cannot be read."""
    if old.revision is None:
        return _working_policy(new), ()
    if not _is_commit(old.revision, old.folder):
        return DEFAULT_POLICY, ()
    rules = revision_policy(old.revision, old.folder)
    if new.revision is None:
        return rules, policy_changes(rules, _working_policy(new))
    if not _is_commit(new.revision, new.folder):
        return rules, ()
    return rules, policy_changes(rules, revision_policy(new.revision, new.folder))


def _working_policy(version: Version) -> Policy:
    """The jixiao.yaml that applies to the working-tree file of a version."""
    return policy_for(Path(version.folder) / version.path)


def revision_policy(revision: str, folder: str | Path) -> Policy:
    """The root jixiao.yaml of a revision of the repository ``folder`` is in (the default
    rules where it has none), named ``REV:jixiao.yaml`` in messages; raises
    :class:`PolicyError` when it cannot be used."""
    done = _git("show", f"{revision}:{POLICY_FILE}", folder=repository_top(folder))
    if done.returncode != 0:
        return DEFAULT_POLICY
    return read_policy(done.stdout, f"{revision}:{POLICY_FILE}")
