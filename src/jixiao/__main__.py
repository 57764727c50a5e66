"""``python -m jixiao`` runs the command line."""

from .cli import run

run()
