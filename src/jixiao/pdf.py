"""Lay out a view's HTML with WeasyPrint and write the PDF.

WeasyPrint gets a URL fetcher that serves only the project's own template assets and
refuses the network and every other file; fonts are loaded once per process.

A PDF is laid out until its indicator tables are stable: the rows that start a page are
read back from a layout and handed to the next one, which prints the tables' merged
labels again on those rows (see :mod:`jixiao.indicator_tables`).
"""

from __future__ import annotations

import gc
import os
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path
from urllib.parse import unquote, urlparse

from weasyprint import HTML
from weasyprint.document import Document
from weasyprint.formatting_structure.boxes import TableRowBox
from weasyprint.text.fonts import FontConfiguration
from weasyprint.urls import URLFetcher

from .indicator_tables import PageStarts
from .paths import TEMPLATES_DIR
from .render import render_html

# A layout with the labels cut at the page starts of the draft normally keeps its rows
# where they were; a label taller than its rows can move them, and the next layout
# follows. The bound guards against breaks that keep moving.
MAX_LAYOUTS = 4


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


@contextmanager
def _rare_collections():
    """Raise the garbage collector's thresholds for the duration of a layout."""
    before = gc.get_threshold()
    gc.set_threshold(*LAYOUT_GC_THRESHOLDS)
    try:
        yield
    finally:
        gc.set_threshold(*before)


def render_pdf(layout_folder: str, view: dict) -> bytes:
    """The PDF of a view."""
    with _rare_collections():
        return layout_pages(layout_folder, view).write_pdf()


def layout_pages(layout_folder: str, view: dict) -> Document:
    """The pages of a view, laid out until the rows that start a page are the ones the
    indicator tables were cut at (the first layout, a draft, has blank labels)."""
    pages = PageStarts(None)
    with _rare_collections():
        for _ in range(MAX_LAYOUTS):
            document = _layout(render_html(layout_folder, view, pages))
            found = PageStarts(table_page_starts(document))
            if found == pages:
                break
            pages = found
    return document


def _layout(html: str) -> Document:
    document = HTML(string=html, base_url=str(TEMPLATES_DIR) + os.sep, url_fetcher=AssetFetcher())
    return document.render(font_config=_fonts())


def table_page_starts(document: Document) -> dict[str, frozenset[int]]:
    """Per table id, the indexes of the rows (``data-row="id index"``) that start a page
    after the table's first page. A row split over pages starts on its first one."""
    seen: set[str] = set()
    starts: dict[str, set[int]] = {}
    for page in document.pages:
        first_on_page: dict[str, int | None] = {}
        for box in page._page_box.descendants():
            row = box.element.get("data-row") if isinstance(box, TableRowBox) and box.element is not None else None
            if row:
                table, index = row.rsplit(" ", 1)
                first_on_page.setdefault(table, None if row in seen else int(index))
                seen.add(row)
        for table, index in first_on_page.items():
            if index:
                starts.setdefault(table, set()).add(index)
    return {table: frozenset(rows) for table, rows in starts.items()}
