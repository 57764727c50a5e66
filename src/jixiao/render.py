"""Render a view to HTML (one self-contained file), and write outputs atomically.

Jinja autoescapes every string of a filing. Templates and stylesheets are loaded once per
process. The PDF is made from the same view by :mod:`jixiao.pdf` (WeasyPrint), which a
check, a diff or a preview of errors never needs to load.
"""

from __future__ import annotations

import errno
import os
import tempfile
from functools import lru_cache
from pathlib import Path
from typing import Collection

import jinja2
from markupsafe import Markup

from .paths import TEMPLATES_DIR


@lru_cache(maxsize=1)
def _environment() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(TEMPLATES_DIR)),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )


@lru_cache(maxsize=None)
def stylesheet(*names: str) -> Markup:
    """Stylesheets below ``templates/``, joined as trusted text for a <style> element
    (they are the project's own files, never a filing's text)."""
    return Markup("\n".join((TEMPLATES_DIR / name).read_text(encoding="utf-8") for name in names))


def render_html(layout_folder: str, view: dict, printed: bool = False,
                solid_labels: Collection[str] = frozenset()) -> str:
    """The HTML of a document's view, with the shared and the layout's stylesheets inlined:
    for the screen, or ``printed``, the HTML that :mod:`jixiao.pdf` lays out (its indicator
    tables have a label cell in every row; ``solid_labels``: the label cells whose text takes
    height, see :mod:`jixiao.indicator_tables`)."""
    template = _environment().get_template(f"{layout_folder}/document.html")
    return template.render(view=view, css=stylesheet("shared/base.css", f"{layout_folder}/style.css"),
                           printed=printed, solid_labels=solid_labels)


def render_template(template: str, **context) -> str:
    """Any other page from a template below ``templates/`` (autoescaped like the documents)."""
    return _environment().get_template(template).render(**context)


def write_atomically(path: Path, content: bytes) -> None:
    """Write ``content`` to ``path`` so that a reader sees the old file or the new one,
    never half of one: write a temporary file beside it, then rename it over. Raises
    :class:`OutputError`."""
    write_together({path: content})


class OutputError(OSError):
    """An output could not be written; ``filename`` is the output's path (not a temporary
    file's), ``errno`` why."""

    def __init__(self, path: Path, cause: OSError):
        super().__init__(cause.errno, cause.strerror, str(path))


def write_together(files: dict[Path, bytes]) -> None:
    """Write several files (a filing's HTML and PDF) so that they stay a set: each is first
    written to a temporary file beside it, and only when all are written, and none of the
    paths is a folder, are they renamed over the old ones. A failure leaves the old files
    as they were and raises :class:`OutputError`."""
    written: list[tuple[str, Path]] = []
    try:
        for path, content in files.items():
            try:
                written.append((_temporary_copy(path, content), path))
            except OSError as error:
                raise OutputError(path, error) from error
        for _, path in written:
            if path.is_dir():
                raise OutputError(path, IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR)))
        for temporary, path in written:
            try:
                os.replace(temporary, path)
            except OSError as error:
                raise OutputError(path, error) from error
    finally:
        for temporary, _ in written:
            if os.path.lexists(temporary):
                os.unlink(temporary)


def _temporary_copy(path: Path, content: bytes) -> str:
    """A new temporary file beside ``path`` (and its folder, made if need be) holding
    ``content``, on the disk."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as file:
            file.write(content)
            file.flush()
            os.fsync(file.fileno())
        os.chmod(temporary, 0o644)
    except BaseException:
        os.unlink(temporary)
        raise
    return temporary
