"""What the default glossary finds in a text, as the glossary tests compare it."""

from __future__ import annotations

from polyglot_news.glossary import default_glossary


def names_found(text: str, lang: str) -> set[tuple[str, str]]:
    """``(entry_id, surface)`` of every default-glossary match in ``text`` read as ``lang``."""
    return {(h.entry_id, h.surface) for h in default_glossary().find(text, lang)}
