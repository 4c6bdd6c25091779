"""A river named like a city: ``Днепр`` is the city Dnipro, unless a river word is near.

Russian, Ukrainian, Belarusian and Polish write the river Dnieper and the city Dnipro alike
(Днепр, Дніпро, Dniepr); ``waters.tsv`` leaves the bare name to the city, the name in the news
(the build lists each such pair in ``glossary_data/river_towns.tsv``). A hit of the city is
the river's when a word of the river (its bank, crossing it, along it, its mouth, course or
flood: ``glossary_data/rivers.json``) stands within a few words of it in the same sentence:
"На левом берегу Днепра", "Войска переправились через Днепр", "Дніпро вийшов з берегів".
"""

from __future__ import annotations

import json
import re
from functools import cache
from importlib.resources import files

__all__ = ["as_rivers"]

Hit = tuple[str, int, int, int]
_WORD = re.compile(r"\w+")
_STOPS = ".!?…\n"


@cache
def _pairs(language: str) -> dict[str, str]:
    """City id -> river id in ``language`` (``river_towns.tsv``)."""
    text = files("polyglot_news.glossary_data").joinpath("river_towns.tsv").read_text("utf-8")
    rows = (line.split("\t") for line in text.splitlines()[1:] if line and line[0] != "#")
    return {city: river for lang, city, river in rows if lang == language and city != "city"}


@cache
def _words() -> tuple[int, dict[str, tuple[str, ...]]]:
    data = json.loads(
        files("polyglot_news.glossary_data").joinpath("rivers.json").read_text("utf-8")
    )
    return int(data["window"]), {lang: tuple(stems) for lang, stems in data["stems"].items()}


def as_rivers(hits: list[Hit], text: str, language: str) -> list[Hit]:
    """``hits`` with a city's hit given to the river of its name (``river_towns.tsv``) when a
    river word of ``language`` (``rivers.json``) is near it in its sentence. ``hits`` are
    ``(entry_id, start, end, flags)``; order kept; pure; no error is raised."""
    pairs = _pairs(language) if hits else {}
    if not pairs or not any(hit[0] in pairs for hit in hits):
        return hits
    return [
        (pairs[h[0]], *h[1:]) if h[0] in pairs and _river_near(text, h[1], h[2], language) else h
        for h in hits
    ]


def _river_near(text: str, start: int, end: int, language: str) -> bool:
    window, stems = _words()
    words = stems.get(language, ())
    if not words:
        return False
    left = max(text.rfind(stop, 0, start) for stop in _STOPS) + 1
    right = min((i for i in (text.find(stop, end) for stop in _STOPS) if i >= 0), default=len(text))
    before = _WORD.findall(text[left:start])[-window:]
    after = _WORD.findall(text[end:right])[:window]
    return any(w.lower().startswith(words) for w in (*before, *after))
