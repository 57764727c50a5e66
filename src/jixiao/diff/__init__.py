"""Semantic differences between two versions of a filing (``jixiao diff``).

:mod:`.versions` reads the versions (files or git revisions) and processes them,
:mod:`.compare` compares the processed results into a report, and the ``report_*``
modules print it as text, JSON or an HTML review page.
"""
