"""Pieces of a view that several layouts share."""

from __future__ import annotations

import re

from ..model import Filing, Paragraphs, split_paragraphs


def numbered(paragraphs: Paragraphs, marker: str) -> list[str]:
    """Printed paragraphs: list items get ``1`` + marker (``1.`` / ``1、``) before their
    first paragraph, a plain string keeps its own paragraphs unnumbered."""
    if not paragraphs.numbered:
        return list(paragraphs.items)
    return [line for n, text in enumerate(paragraphs.items, start=1) for line in led(f"{n}{marker}", text)]


def led(lead: str, text: str) -> list[str]:
    """The paragraphs of ``text`` (a blank line ends one), the first led by ``lead``: an
    item of a list or a labelled text that runs on for several paragraphs."""
    first, *rest = split_paragraphs(text) or [""]
    return [lead + first, *rest]


_DATE = re.compile(r"(\d{4})\s*[-年./]\s*(\d{1,2})\s*[-月./]\s*(\d{1,2})")


def metadata(filing: Filing) -> dict:
    """The PDF's metadata: author (the unit), subject, and a date taken from the filing,
    its 填报日期 when that is a date, else its 年度, so that a rebuild is byte-identical
    (WeasyPrint writes no date of its own)."""
    match = _DATE.search(filing.sign_off.date)
    date = f"{match[1]}-{int(match[2]):02d}-{int(match[3]):02d}" if match else str(filing.year)
    return {"author": filing.department.unit_name or filing.department.name,
            "subject": f"{filing.year}年度预算绩效目标", "date": date}


def continued(title: str) -> str:
    """What the top of a page that a table runs on to says: whose table it is."""
    return f"{title}（续表）"
