"""Pieces of a view that several layouts share."""

from __future__ import annotations

from ..model import Paragraphs
from ..numbering import parenthesised


def numbered(paragraphs: Paragraphs, marker: str) -> list[str]:
    """Printed paragraphs: list items get ``1`` + marker (``1.`` / ``1、``), a plain
    string keeps its own paragraphs unnumbered."""
    if not paragraphs.numbered:
        return list(paragraphs.items)
    return [f"{n}{marker}{text}" for n, text in enumerate(paragraphs.items, start=1)]


def chinese_numbered(texts: list[str]) -> list[str]:
    """（一）text, （二）text, …"""
    return [f"{parenthesised(n)}{text}" for n, text in enumerate(texts, start=1)]


def percent(value: str | None) -> str:
    """A spending-plan checkpoint as printed: ``25`` and ``25%`` both print ``25%``."""
    if not value:
        return ""
    return value if value.endswith(("%", "％")) else f"{value}%"
