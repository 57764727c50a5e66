"""Lay out a view's HTML with WeasyPrint and write the PDF.

WeasyPrint gets a URL fetcher that serves only the project's own template assets and
refuses the network and every other file; fonts are loaded once per process.

The indicator tables' labels are merged on the laid-out pages (:mod:`jixiao.printed_labels`);
a label taller than its rows on a page has the document laid out again, with that
label taking room.
"""

from __future__ import annotations

import ctypes.util
import gc
import os
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path
from urllib.parse import unquote, urlparse


@contextmanager
def _libraries_by_name_only():
    """Load shared libraries by name only while WeasyPrint is imported. For each name it
    tries that the dynamic loader does not know (the Windows and macOS names come first),
    cffi falls back on ``ctypes.util.find_library``, which on Linux runs ldconfig, gcc
    and ld (WeasyPrint issue #1125): some 200 programs and a quarter of a second for one
    import. The Linux names WeasyPrint tries next load without the search."""
    find_library = ctypes.util.find_library
    ctypes.util.find_library = lambda name: None
    try:
        yield
    finally:
        ctypes.util.find_library = find_library


with _libraries_by_name_only():
    from weasyprint import HTML
    from weasyprint.document import Document
    from weasyprint.text.fonts import FontConfiguration
    from weasyprint.urls import URLFetcher

from .paths import TEMPLATES_DIR  # noqa: E402 (after WeasyPrint's import, above)
from .printed_labels import close_cut_tables, merge_printed_labels  # noqa: E402
from .render import render_html  # noqa: E402


class AssetFetcher(URLFetcher):
    """Serves files below ``templates/`` and refuses every other URL."""

    def fetch(self, url, headers=None):
        parsed = urlparse(url)
        if parsed.scheme == "file":
            path = Path(unquote(parsed.path)).resolve()
            if path.is_relative_to(TEMPLATES_DIR) and path.is_file():
                return super().fetch(url, headers)
        raise ValueError(f"refused: {url}")


@lru_cache(maxsize=1)
def _fonts() -> FontConfiguration:
    return FontConfiguration()


# Python's cyclic garbage collector at its default thresholds (700, 10, 10) runs a full
# collection over every live object after a few hundred thousand allocations; WeasyPrint
# allocates millions while laying out, so the collections took a quarter of a layout and
# grew with the document. Young garbage is still collected, full collections are rare.
LAYOUT_GC_THRESHOLDS = (50_000, 50, 100)


def render_pdf(layout_folder: str, view: dict) -> bytes:
    """The PDF of a view.

    The garbage collector's thresholds are raised for the layout and stay raised for the
    rest of the process: putting the defaults back made the next young collection walk the
    whole laid-out document just discarded (a fifth of a second, as long as writing a
    third of the PDF), in a process that is about to exit or to lay out the next filing,
    whose collections free it all the same."""
    gc.set_threshold(*LAYOUT_GC_THRESHOLDS)
    return layout_pages(layout_folder, view).write_pdf()


def layout_pages(layout_folder: str, view: dict) -> Document:
    """The pages of a view, their indicator tables' labels merged. Where a label is taller
    than its run's rows on a page, or has room on no page, a label cell of it takes room
    and the document is laid out again; a round that adds no such cell is the last."""
    solid: frozenset[str] = frozenset()
    while True:
        document = _layout(render_html(layout_folder, view, printed=True, solid_labels=solid))
        too_tall = merge_printed_labels(document.pages)
        if too_tall <= solid:
            close_cut_tables(document.pages)
            return document
        solid |= too_tall


def _layout(html: str) -> Document:
    document = HTML(string=html, base_url=str(TEMPLATES_DIR) + os.sep, url_fetcher=AssetFetcher())
    return document.render(font_config=_fonts())
