#!/usr/bin/env python3
"""How closely a rendered PDF reads like a seed document (a copy of shared/tools/fidelity.py,
kept here so that the suite runs from a clone alone).

    fidelity.py SEED.txt PDF...   prints "RATIO PDF" for the PDF that matches best

RATIO is the share of the seed's characters found, in order, in the PDF's text:
both texts lose all whitespace, the seed also loses the artifacts of its extraction
(Word bookmarks and TOC fields, HTML tags left in spreadsheet cells), and
difflib's matching blocks (autojunk off) are summed and divided by the seed's length.
Text the PDF adds (a 目录, a 汇总表, page numbers) costs nothing; text it drops or
reorders does.

The PDF's text is read with `pdftotext -raw`, in the order it was drawn. Not with
`-layout`: that merges the lines of every cell in a table row, so a faithful table
whose cells wrap onto several lines would score far below what it deserves.
"""
import difflib
import re
import subprocess
import sys


def norm(text):
    text = re.sub(r'\[bookmark: [^\]]*\]', '', text)
    text = re.sub(r' TC .*?\\l \d+', '', text)
    text = re.sub(r'</?p>', '', text)
    return re.sub(r'\s+', '', text)


def pdf_text(path):
    return subprocess.run(['pdftotext', '-raw', path, '-'],
                          capture_output=True, text=True, check=True).stdout


def ratio(seed, text):
    matcher = difflib.SequenceMatcher(None, seed, text, autojunk=False)
    return sum(block.size for block in matcher.get_matching_blocks()) / len(seed)


def main(argv):
    if len(argv) < 3:
        sys.exit(__doc__)
    with open(argv[1], encoding='utf-8') as f:
        seed = norm(f.read())
    best = max(((ratio(seed, norm(pdf_text(p))), p) for p in argv[2:]),
               default=(0.0, None))
    print(f'{best[0]:.4f} {best[1]}')


if __name__ == '__main__':
    main(sys.argv)
