"""The rule codes that the filing schema lists under 接受警告, written into it from the
registry (:mod:`jixiao.codes`), as ``jixiao rules`` writes docs/rules.md.

The schema is served to editors as it is, so the list is part of the file: ``make schema``
(``python -m jixiao.schema_codes``) rewrites ``$defs.waivers.properties``, and a test fails
while the file and the registry disagree.

- A code whose default severity is a warning can be accepted (but JX013, of the file's
  first line, and JX462, of 接受警告 themselves): completion offers it, with its title
  and explanation (``markdownDescription``, which hover shows too).
  Its value is the reason (``$defs.waiverReason``), whose ``description`` jixiao's hints
  about a reason still use.
- A code that is an error under every policy (not adjustable), or one of those two
  warnings, cannot: the editor marks its line with JX461's words (``deprecationMessage``,
  the one keyword with which the YAML language server puts a message of a property's own
  on its key, and leaves it out of completion). jixiao's validator ignores both keywords: JX461 reports such a code, as
  it reports every other refused code, and the review of the rest of the filing still
  runs. Its reason is not checked (with a ``$ref`` beside it the server would no longer
  see the message as the property's): the line is to be deleted, whatever it says.
- Adjustable errors and unknown codes are not listed: a bureau's jixiao.yaml decides about
  the first, and JX461 alone reports both.
"""

from __future__ import annotations

import json
import re

from .checks import refused_waiver
from .codes import CODES, Code
from .findings import WARNING
from .paths import SCHEMA_FILE

# The block the list is written in: "properties" holding nothing but rule codes, one a line.
_LISTED = re.compile(r'(?m)^(?P<indent> *)"properties": \{\n(?:(?P=indent)  "JX[0-9]{3}": .*\n)*(?P=indent)\}')
# What the YAML language server escapes when it shows a plain description as Markdown.
_MARKDOWN = re.compile(r"[\\`*_{}\[\]#+!]")


def waiver_codes() -> dict[str, dict]:
    """Code → its schema under 接受警告, for the codes the editor offers or refuses there."""
    listed = {}
    for code in sorted(CODES.values(), key=lambda c: c.code):
        described = {"title": code.code, "markdownDescription": _documentation(code)}
        if code.severity == WARNING and code.acceptable:
            listed[code.code] = {**described, "$ref": "#/$defs/waiverReason"}
        elif not code.acceptable:
            listed[code.code] = {**described, "deprecationMessage": refused_waiver(code)}
    return listed


def _documentation(code: Code) -> str:
    """What completion and hover show of ``code``: **三级指标太少**（警告） and its explanation."""
    return f"**{_plain(code.title)}**（{code.severity}）\n\n{_plain(code.explanation)}"


def _plain(text: str) -> str:
    """``text`` in Markdown, shown as written."""
    return _MARKDOWN.sub(lambda match: "\\" + match[0], text)


def with_waiver_codes(schema_text: str) -> str:
    """The text of the filing schema with the list of :func:`waiver_codes` written in; the
    rest of the hand-written file is left as it is."""
    def listed(match: re.Match) -> str:
        indent = match["indent"]
        entries = [f'{indent}  {json.dumps(code)}: {json.dumps(entry, ensure_ascii=False)}'
                   for code, entry in waiver_codes().items()]
        return f'{indent}"properties": {{\n' + ",\n".join(entries) + f"\n{indent}}}"
    written, found = _LISTED.subn(listed, schema_text)
    if found != 1:
        raise ValueError(f"the schema should have one block of rule codes under 接受警告, not {found}")
    return written


if __name__ == "__main__":
    SCHEMA_FILE.write_text(with_waiver_codes(SCHEMA_FILE.read_text(encoding="utf-8")), encoding="utf-8")
