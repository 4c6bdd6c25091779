"""The glossary of names: data, file formats, matching in running text, and enforcement.

from polyglot_news.glossary import default_glossary, protect, restore
hits = default_glossary().find("Войска КНДР воевали в Курской области", "ru")
"""

from __future__ import annotations

from polyglot_news.glossary.enforce import Protected, ProtectedTerm, protect, restore
from polyglot_news.glossary.formats import default_glossary, dump_tsv, load_glossary
from polyglot_news.glossary.model import (
    Entry,
    Form,
    Glossary,
    GlossaryOverrideWarning,
    Match,
)

__all__ = [
    "Entry",
    "Form",
    "Glossary",
    "GlossaryOverrideWarning",
    "Match",
    "Protected",
    "ProtectedTerm",
    "default_glossary",
    "dump_tsv",
    "load_glossary",
    "protect",
    "restore",
]
