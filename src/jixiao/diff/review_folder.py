"""The pages ``jixiao review`` wrote into its folder, listed in a hidden manifest
(``.jixiao-review.json``), so that the next review into the same folder removes those it
does not write again: a page of a filing that the branch reviewed now did not change
must not stay beside the index and look current. Only pages the manifest lists are ever
removed: ``-o`` may name a folder that holds other files.

A run first lists the pages it is about to write with those written before, then writes
them, and only then removes the earlier pages it did not write and lists its own alone:
a run that fails half way leaves every page it wrote listed, to be removed by the next.
"""

from __future__ import annotations

import json
from pathlib import Path, PurePosixPath

from ..paths import FILING_SUFFIXES
from ..render import write_atomically

MANIFEST_NAME = ".jixiao-review.json"
PAGE_SUFFIXES = tuple(suffix + ".html" for suffix in FILING_SUFFIXES)  # a filing's page: x.yaml.html


class ReviewFolder:
    """The review folder ``folder`` and the pages an earlier review wrote into it."""

    def __init__(self, folder: Path):
        self.folder = folder
        self.manifest = folder / MANIFEST_NAME
        self.earlier = self._read()

    def _read(self) -> frozenset[str]:
        """The pages the manifest lists (none when it is missing or not one jixiao
        wrote: nothing is then removed), each a path inside the folder."""
        try:
            pages = json.loads(self.manifest.read_bytes())["pages"]
        except (OSError, ValueError, TypeError, KeyError):
            return frozenset()
        if not isinstance(pages, list):
            return frozenset()
        return frozenset(page for page in pages if _inside(page))

    def claim(self, pages: list[str]) -> None:
        """List ``pages`` (paths from the folder) before they are written, with the
        earlier ones still there."""
        self._record(self.earlier | set(pages))

    def settle(self, pages: list[str]) -> None:
        """After ``pages`` are written: remove the earlier pages that are not among them
        (and the folders that leaves empty), then list ``pages`` alone."""
        for page in sorted(self.earlier - set(pages)):
            path = self.folder / page
            if not self._own_file(path):
                continue  # gone, or now a folder, or reached through a link: not the page written
            try:
                path.unlink()
                for parent in path.parents:
                    if parent == self.folder or parent.is_symlink() or any(parent.iterdir()):
                        break
                    parent.rmdir()
            except OSError:
                continue  # left in place: a page that cannot be removed must not stop every later review
        self._record(set(pages))
        self.earlier = frozenset(pages)

    def _own_file(self, path: Path) -> bool:
        """Whether ``path`` is a file in the folder reached through no link: what a review
        wrote there (a folder linked elsewhere may hold someone else's file of that name)."""
        relative = path.relative_to(self.folder)
        steps = [self.folder / step for step in (relative, *relative.parents) if step != Path(".")]
        return path.is_file() and not any(step.is_symlink() for step in steps)

    def _record(self, pages: set[str]) -> None:
        document = {"pages": sorted(pages)}
        write_atomically(self.manifest, (json.dumps(document, ensure_ascii=False, indent=1) + "\n").encode("utf-8"))


def _inside(page: object) -> bool:
    """Whether a listed page is a review page's path inside the folder (a manifest
    edited by hand must not make a review delete anything else)."""
    if not isinstance(page, str) or not page.endswith(PAGE_SUFFIXES) or "\\" in page or "\0" in page:
        return False
    path = PurePosixPath(page)
    return not path.is_absolute() and ".." not in path.parts
