"""Mutated filings get findings, never a traceback (a seeded random walk over edits
a clerk could make by mistake: a deleted or repeated line, a stray character, a value
replaced by something YAML reads differently, a wrong indentation)."""

import random

import pytest

from conftest import FILINGS
from jixiao.findings import FilingError
from jixiao.load import load_bytes
from jixiao.pipeline import Result, process_document
from jixiao.render import render_html

STRAYS = ["", " ", ":", "- ", "~", "null", "[]", "{}", '"', "'", "&a", "*a", "!!str", "0x1F", "1:30",
          "-5", "1e3", "yes", "\t", "#", "|", ">", "1_000", "１０", "<b>", "\u202e", "true", "? ", "%",
          "@", "`", "7.123456", "\x00"]


def mutate(lines: list[str], rnd: random.Random) -> list[str]:
    lines = list(lines)
    k = rnd.randrange(len(lines))
    kind = rnd.randrange(5)
    if kind == 0:
        del lines[k]
    elif kind == 1:
        lines.insert(k, rnd.choice(lines))
    elif kind == 2:
        p = rnd.randrange(len(lines[k]) + 1)
        lines[k] = lines[k][:p] + rnd.choice(STRAYS) + lines[k][p:]
    elif kind == 3 and ": " in lines[k]:
        lines[k] = lines[k].split(": ")[0] + ": " + rnd.choice(STRAYS) + "\n"
    else:
        lines[k] = " " + lines[k] if rnd.random() < 0.5 else lines[k].lstrip(" ")
    return lines


@pytest.mark.parametrize("filing", sorted(p.name for p in FILINGS.glob("*.yaml")))
def test_mutated_filings_never_raise(filing):
    rnd = random.Random(filing)
    lines = (FILINGS / filing).read_text(encoding="utf-8").splitlines(keepends=True)
    outcomes = set()
    for _ in range(150):
        source = "".join(mutate(lines, rnd)).encode("utf-8")
        try:
            result = process_document(load_bytes(source, "x.yaml"), Result("x.yaml"))
        except FilingError as error:
            assert error.findings and all(f.location.line >= 1 for f in error.findings)
            outcomes.add("refused")
            continue
        if result.ok:
            assert render_html(result.layout_folder, result.view).startswith("<!DOCTYPE html>")
            outcomes.add("built")
        else:
            assert all(f.message for f in result.findings)
            outcomes.add("findings")
    assert outcomes == {"refused", "built", "findings"}
