"""Render a view to HTML (one self-contained file) and to PDF.

Jinja autoescapes every string of a filing. WeasyPrint gets a URL fetcher that serves
only the project's own template assets and refuses the network and every other file.
Fonts and templates are loaded once per process. Outputs are written atomically.
"""

from __future__ import annotations

import os
import tempfile
from functools import lru_cache
from pathlib import Path
from urllib.parse import unquote, urlparse

import jinja2
from markupsafe import Markup
from weasyprint import HTML
from weasyprint.text.fonts import FontConfiguration
from weasyprint.urls import URLFetcher

from .paths import TEMPLATES_DIR


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
def _stylesheet(layout_folder: str) -> Markup:
    """The shared stylesheet and the layout's, as trusted text for the <style> element
    (they are the project's own files, never a filing's text)."""
    files = (TEMPLATES_DIR / "shared" / "base.css", TEMPLATES_DIR / layout_folder / "style.css")
    return Markup("\n".join(f.read_text(encoding="utf-8") for f in files))


@lru_cache(maxsize=1)
def _fonts() -> FontConfiguration:
    return FontConfiguration()


def render_html(layout_folder: str, view: dict, page: str = "document.html") -> str:
    """The HTML of a view, with its stylesheet inlined (``page``: the folder's template)."""
    template = _environment().get_template(f"{layout_folder}/{page}")
    return template.render(view=view, css=_stylesheet(layout_folder))


def render_template(template: str, **context) -> str:
    """Any other page from a template below ``templates/`` (autoescaped like the documents)."""
    return _environment().get_template(template).render(**context)


def render_pdf(html: str) -> bytes:
    """The PDF of an HTML document rendered by :func:`render_html`."""
    document = HTML(string=html, base_url=str(TEMPLATES_DIR) + os.sep, url_fetcher=AssetFetcher())
    return document.write_pdf(font_config=_fonts())


def write_atomically(path: Path, content: bytes) -> None:
    """Write ``content`` to ``path`` so that a reader sees the old file or the new one,
    never half of one: write a temporary file beside it, then rename it over."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as file:
            file.write(content)
            file.flush()
            os.fsync(file.fileno())
        os.chmod(temporary, 0o644)
        os.replace(temporary, path)
    except BaseException:
        os.unlink(temporary)
        raise
