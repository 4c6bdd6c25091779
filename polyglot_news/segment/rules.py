"""Per-language word lists the sentence splitter reads: abbreviations, starters, verbs of saying.

The lists live in data files (``polyglot_news/data/abbreviations.tsv`` and
``polyglot_news/data/segment_words.tsv``); this module loads them once per language into a
:class:`Rules` record. A language the files do not name gets the language-independent rows
(``*``), so every detected language is split, only with fewer abbreviations.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

__all__ = ["ORDINAL_DOT_LANGUAGES", "Rules", "rules_for"]

# Languages that write ordinal numbers with a dot ("12. Juni", "2. Weltkrieg").
ORDINAL_DOT_LANGUAGES = frozenset(
    {"de", "pl", "sr", "hr", "bs", "sl", "cs", "sk", "da", "no", "nb", "fi", "hu", "et", "lv", "is"}
)


@dataclass(frozen=True)
class Rules:
    """Word lists for one language (all lower case except ``starters``).

    ``titles`` come before a name and never end a sentence (``Mr.``, ``г. Москва``);
    ``abbreviations`` end one only before a sentence starter; ``closing`` come after the word
    they shorten and end one before any capitalised word (``Курской обл.``, ``etc.``);
    ``units`` are ``closing`` right after a number (``1974 г.``) and plain ``abbreviations``
    elsewhere; ``numeric`` do not end one before a number (``No. 5``); ``starters``
    are capitalised words that usually open a sentence; ``speech`` matches a verb of saying;
    ``speech_inside`` finds one inside unspaced CJK text; ``months`` and ``ordinal_nouns``
    follow an ordinal ``N.``; ``prepositions`` open a fronted adverbial (``В 2024 г.``).
    """

    language: str | None
    titles: frozenset[str]
    abbreviations: frozenset[str]
    closing: frozenset[str]
    units: frozenset[str]
    numeric: frozenset[str]
    starters: frozenset[str]
    months: frozenset[str]
    ordinal_nouns: frozenset[str]
    prepositions: frozenset[str]
    speech: re.Pattern[str]
    speech_inside: re.Pattern[str]
    ordinal_dot: bool

    def is_speech(self, word: str) -> bool:
        """True when ``word`` (any case) is a verb of saying in this language."""
        return self.speech.match(word.lower()) is not None


def _rows(name: str) -> list[list[str]]:
    table = resources.files("polyglot_news.data").joinpath(name)
    rows = []
    for line in table.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            rows.append(line.split("\t"))
    return rows


@lru_cache(maxsize=64)
def rules_for(language: str | None) -> Rules:
    """The :class:`Rules` of ``language`` (ISO 639-1, region ignored); None merges every list."""
    base = language.split("-")[0].lower() if language else None

    def wanted(lang: str) -> bool:
        return base is None or lang in ("*", base)

    kinds: dict[str, set[str]] = {k: set() for k in ("title", "", "num", "post", "unit")}
    for lang, word, *rest in _rows("abbreviations.tsv"):
        if wanted(lang):
            kinds[rest[0] if rest else ""].add(word)
    words: dict[str, set[str]] = {
        k: set() for k in ("starter", "speech", "month", "ordinal", "preposition")
    }
    for lang, kind, word in _rows("segment_words.tsv"):
        if wanted(lang):
            words[kind].add(word)
    exact = sorted(re.escape(w) for w in words["speech"] if not w.endswith("*"))
    prefixes = sorted(re.escape(w[:-1]) + r"\w*" for w in words["speech"] if w.endswith("*"))
    alternatives = "(?:" + "|".join(exact + prefixes or ["(?!)"]) + ")"
    return Rules(
        language=base,
        titles=frozenset(kinds["title"]),
        abbreviations=frozenset(kinds[""]),
        closing=frozenset(kinds["post"]),
        units=frozenset(kinds["unit"]),
        numeric=frozenset(kinds["num"]),
        starters=frozenset(words["starter"]),
        months=frozenset(words["month"]),
        ordinal_nouns=frozenset(words["ordinal"]),
        prepositions=frozenset(words["preposition"]),
        speech=re.compile(alternatives + "$"),
        speech_inside=re.compile(alternatives),
        ordinal_dot=base is None or base in ORDINAL_DOT_LANGUAGES,
    )
