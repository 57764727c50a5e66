"""Where the project's own files are (the JSON Schema, the layout templates), how a filing's
name ends, and how a path is written in a command shown to the clerk."""

import re
import shlex
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parents[2]
SCHEMA_FILE = PROJECT_ROOT / "schema" / "filing.schema.json"
TEMPLATES_DIR = PROJECT_ROOT / "templates"
FILING_SUFFIXES = (".yaml", ".yml")  # a filing is a file named so


def shell_word(path: Path | str) -> str:
    """``path`` as it is typed in a command: quoted only where a shell needs it (a space,
    a quote, $ …), so that 单位/中文名.yaml stays as it is and a b/x.yaml is 'a b/x.yaml';
    a name that begins with "-" is written ./-x.yaml, or the command takes it for an option."""
    text = "./" + str(path) if str(path).startswith("-") else str(path)
    return text if re.fullmatch(r"[\w@%+=:,./-]+", text) else shlex.quote(text)
