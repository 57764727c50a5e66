"""Where the project's own files are (the JSON Schema, the layout templates), and how a filing's name ends."""

from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parents[2]
SCHEMA_FILE = PROJECT_ROOT / "schema" / "filing.schema.json"
TEMPLATES_DIR = PROJECT_ROOT / "templates"
FILING_SUFFIXES = (".yaml", ".yml")  # a filing is a file named so
