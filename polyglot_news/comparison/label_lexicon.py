"""The word lists of the change labels, one file a language, compiled into patterns.

``polyglot_news/data/labels/<language>.json`` (the pivot, English, first) holds each label's
phrases (see :mod:`.labels`, and docs/comparison.md, "Labels", for every key);
``quotes.json`` the quotation-mark pairs; ``legend.json`` each label's one-line meaning. A
language without a file gets empty lists (``number`` and ``quote`` still work). The pivots
with every label's lists: en, de, fr, es, ru (each file's ``*_source`` names where its words
come from); uk has the negation lists only.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any

from polyglot_news.comparison.label_hedges import hedge_pattern
from polyglot_news.comparison.label_opposites import Opposites, load_opposites

__all__ = ["LABELS", "Lexicon", "label_meanings", "load_lexicon"]

LABELS = (
    "number",
    "attribution",
    "negation",
    "opposite",
    "hedge",
    "quote",
    "name",
    "entity_naming",
)
"""Every label, in the order they are reported."""


@dataclass(frozen=True)
class Lexicon:
    """The word lists of one language, compiled into patterns."""

    language: str
    attribution: re.Pattern[str] | None
    hedge: re.Pattern[str] | None
    number_words: re.Pattern[str] | None
    not_a_speaker: re.Pattern[str] | None
    negation: re.Pattern[str] | None
    quotes: re.Pattern[str]
    quote_marks: frozenset[str]
    vague_quantities: re.Pattern[str] | None = None
    quantities: bool = False  # numbers read by the aligner's quantity parsing (English)
    not_negation: re.Pattern[str] | None = None  # phrases whose cue negates nothing: "not only"
    negation_determiners: re.Pattern[str] | None = None  # cues that negate a noun: "no"
    hedge_classes: Mapping[str, str] = field(default_factory=dict)  # "around" -> "approximate"
    opposites: Opposites | None = None  # two poles of one state: restored / still down
    not_a_name: re.Pattern[str] | None = None  # capitalised words that name nothing: "Minister"
    case_names: bool = False  # a capital marks a name (``case_marks_names``; not German)


def _alternatives(words: Sequence[str]) -> str:
    """A regex alternation of words and phrases, longest first, any run of spaces between words."""
    ordered = sorted({w.strip() for w in words if w.strip()}, key=lambda w: (-len(w), w))
    return "|".join(r"\s+".join(map(re.escape, w.split())) for w in ordered)


def _phrases(words: Sequence[str]) -> re.Pattern[str] | None:
    """Case-insensitive word-boundary pattern for a list of words and phrases."""
    body = _alternatives(words)
    if not body:
        return None
    return re.compile(rf"(?<!\w)(?:{body})(?!\w)", re.IGNORECASE)


def _read_json(name: str) -> dict[str, Any] | None:
    """Read ``data/labels/<name>.json``, or None when there is no such file."""
    path = resources.files("polyglot_news.data").joinpath("labels", f"{name}.json")
    if not path.is_file():
        return None
    data = json.loads(path.read_text(encoding="utf-8"))
    return data if isinstance(data, dict) else None


@lru_cache(maxsize=32)
def load_lexicon(language: str = "en") -> Lexicon:
    """Load the label word lists for ``language`` (``zh-cn`` falls back to ``zh``)."""
    code = language.lower()
    data = _read_json(code) or _read_json(code.split("-")[0]) or {}
    raw = (_read_json("quotes") or {}).get("pairs", [])
    pairs = [(str(p[0]), str(p[1])) for p in raw if isinstance(p, list) and len(p) == 2]
    quotes = "|".join(
        f"{re.escape(o)}[^{re.escape(o)}{re.escape(c)}\n]*{re.escape(c)}" for o, c in pairs
    )

    def words(key: str) -> list[str]:
        value = data.get(key, [])
        return [str(w) for w in value] if isinstance(value, list) else []

    return Lexicon(
        language=code,
        attribution=_phrases(words("attribution")),
        hedge=hedge_pattern(
            words("hedge"),
            words("hedge_before_quantity"),
            words("quantity_articles"),
            words("number_words"),
            words("lowercase_only"),
        ),
        number_words=_phrases(words("number_words")),
        not_a_speaker=_phrases(words("not_a_speaker")),
        negation=_phrases(words("negation")),
        quotes=re.compile(quotes or r"(?!)"),
        # Apostrophes double as closing single quotes; alone they mark no quotation.
        quote_marks=frozenset(ch for pair in pairs for ch in pair) - {"'", "’"},
        vague_quantities=_phrases(words("vague_quantities")),
        quantities=code.split("-")[0] == "en",
        not_negation=_phrases(words("not_negation")),
        negation_determiners=_phrases(words("negation_determiners")),
        hedge_classes=_classes(data.get("hedge_classes")),
        opposites=load_opposites(data),
        not_a_name=_words(words("not_a_name")),
        case_names=_case_names(data, code),
    )


def _case_names(data: Mapping[str, Any], code: str) -> bool:
    """``case_marks_names`` of the label file, else of the aligner's word lists
    (:func:`.terms.load_term_lexicon`)."""
    if "case_marks_names" in data:
        return bool(data["case_marks_names"])
    from polyglot_news.comparison.terms import load_term_lexicon

    return load_term_lexicon(code).case_names


def _words(words: Sequence[str]) -> re.Pattern[str] | None:
    """A case-sensitive pattern of whole words (``fullmatch`` one word against it)."""
    return re.compile("|".join(map(re.escape, words))) if words else None


def _classes(data: object) -> dict[str, str]:
    """``{class: [phrases]}`` as ``{phrase (lower case, single spaces): class}``."""
    if not isinstance(data, dict):
        return {}
    return {" ".join(str(w).lower().split()): str(k) for k, ws in data.items() for w in ws}


@lru_cache(maxsize=1)
def label_meanings() -> dict[str, str]:
    """What each label of :data:`LABELS` means, for the reports' legends
    (``data/labels/legend.json``: label -> one line)."""
    data = _read_json("legend") or {}
    return {label: str(data.get(label, label)) for label in LABELS}
