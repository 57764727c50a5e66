"""Where the project's own files are: the JSON Schema and the layout templates."""

from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parents[2]
SCHEMA_FILE = PROJECT_ROOT / "schema" / "filing.schema.json"
TEMPLATES_DIR = PROJECT_ROOT / "templates"
