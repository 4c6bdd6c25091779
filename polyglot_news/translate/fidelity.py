"""Does a translation say what its source says? Numbers and names, sentence by sentence.

A weak or mismatched neural model does not fail loudly: it writes a fluent sentence about
something else (a *fully detached hallucination* in the taxonomy of Guerreiro, Voita & Martins,
"Looking for a Needle in a Haystack: A Comprehensive Study of Hallucinations in Neural Machine
Translation", EACL 2023; their best detector, the model's sequence log-probability, is not
available through our backends). Without the model's scores or a cross-lingual encoder, the
anchors a faithful translation must carry over are its **numbers** and its **names**. For
each ``(source sentence, translated sentence)`` pair this module finds:

- ``lost``: numbers of the source the translation does not carry (by value, whichever way each
  side writes it: "9,5%" = "9.5%", "11 000" = "11,000", "3,2 млн" = "3.2 million",
  "1만 2천" = "12,000", "14:30" = "2:30 p.m.", "12월 2일" = "December 2");
- ``added``: numbers written in digits in the translation that no source sentence has (but
  0-10 and round powers of ten, which a source may spell out: "около тысячи" = "about 1,000";
  a Roman numeral of the source counts: "XXI век" = "21st century");
- ``names``: glossary names in the translation that the source text never names
  (canonical ids compared, so "Москва" = "Moscow");
- ``detached``: sentences whose source and translation hold two or more anchors between them
  and share none: the signature of a hallucination that has left the source behind.

A number's value matches another when equal, or equal up to a scale word one side spells and
the other writes in digits (10^3, 10^4, 10^6, 10^8, 10^9, 10^12), so faithful rewordings are
not counted. :func:`check` returns the per-sentence findings; ``translate.quality`` summarises
them into one warning line per kind. Figures: ``benchmarks/translation_fidelity.py``.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from polyglot_news.comparison.quantities import MONTHS, numbers, special_numbers

__all__ = ["SentenceCheck", "check", "pivot_values", "source_values"]

_SCALES = (1e3, 1e4, 1e6, 1e8, 1e9, 1e12)
_DATE = re.compile(r"(?<![\d.,])(\d{1,4})([./-])(\d{1,2})\2(\d{1,4})(?![\d])")
_NUMBER = re.compile(
    r"(?<![\d.,])(\d{1,3}(?:([ \u00a0\u202f.,'’])\d{3})(?:\2\d{3})*(?:[.,]\d+)?|\d+(?:[.,]\d+)?)"
    r"(?![\d])"
)
_CJK_SCALE = {"백": 1e2, "천": 1e3, "만": 1e4, "억": 1e8, "조": 1e12, "百": 1e2, "千": 1e3,
              "万": 1e4, "萬": 1e4, "亿": 1e8, "億": 1e8}  # fmt: skip
_CJK = re.compile(r"(?:\d+(?:\.\d+)?\s?[백천만억조百千万萬亿億]+\s?)+")
_CJK_PART = re.compile(r"(\d+(?:\.\d+)?)\s?([백천만억조百千万萬亿億]+)")
_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
             "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "one": 1, "a": 1, "an": 1,
             "single": 1, "once": 1, "twice": 2, "double": 2, "noon": 12,
             "midnight": 0}  # fmt: skip
_MONTH_NUMBER = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december"], start=1
)} | {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
      "sept": 9, "oct": 10, "nov": 11, "dec": 12}  # fmt: skip
_ROMAN = re.compile(r"(?<![^\W\d_])[IVXLC]{2,}(?![^\W\d_])")
"""Roman numerals ("XXI век" -> "21st century"): a source may write a figure so."""
_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}
_WORD = re.compile(r"[^\W_]+(?:[.,:'][^\W_]+)*%?", re.UNICODE)


class NameFinder(Protocol):
    """What :func:`check` needs of a glossary: ``find(text, language)`` with ``entry_id``s."""

    def find(self, text: str, language: str) -> Sequence[Any]: ...


@dataclass(frozen=True)
class SentenceCheck:
    """What one translated sentence lost or gained. Numbers are shown as their source writes
    them (``lost``) or as the translation does (``added``); ``names`` are canonical names."""

    source: str
    translated: str
    lost: tuple[str, ...] = ()
    added: tuple[str, ...] = ()
    names: tuple[str, ...] = ()
    detached: bool = False
    anchors: int = field(default=0, compare=False)  # numbers and names of source and output


def source_values(text: str) -> list[tuple[str, frozenset[float]]]:
    """The numbers written in digits in ``text`` (any language), each ``(as written, values)``.

    A token has every value a locale could mean ("11.000": 11000 in German, 11 in English;
    "2.12.2026": a date, its parts), and a CJK number with scale characters its total
    ("1만 2천" = 12000) besides its parts; a clock hour after noon also its 12-hour form.
    """
    out: list[tuple[str, frozenset[float]]] = []
    for match in _CJK.finditer(text):
        parts = [(float(n), math.prod(_CJK_SCALE[c] for c in s))
                 for n, s in _CJK_PART.findall(match[0])]  # fmt: skip
        total = sum(n * s for n, s in parts)
        out.append((match[0].strip(), frozenset({total, *(n for n, _ in parts)})))
        text = text.replace(match[0], " " * len(match[0]), 1)
    for match in _DATE.finditer(text):
        out.append((match[0], frozenset(float(g) for g in (match[1], match[3], match[4]))))
    text = _DATE.sub(lambda m: " " * len(m[0]), text)
    for match in _NUMBER.finditer(text):
        values = _readings(match[1])
        hours = {v - 12 for v in values if 13 <= v <= 24 and v == int(v)}
        out.append((match[1], frozenset(values | hours)))
    return out


def _readings(token: str) -> set[float]:
    """Every value a digit token may have: "11.000" is 11000 (grouped) or 11.0 (decimal)."""
    grouped = re.fullmatch(r"(\d{1,3}(?:([ \u00a0\u202f.,'’])\d{3})+)(?:[.,](\d+))?", token)
    if grouped is None:
        return {float(token.replace(",", "."))}
    whole, separator, decimals = grouped[1], grouped[2], grouped[3]
    values = {float(re.sub(r"\D", "", whole) + (f".{decimals}" if decimals else ""))}
    if decimals is None and separator in ".," and whole.count(separator) == 1:
        values.add(float(whole.replace(",", ".")))
    return values


def pivot_values(text: str) -> tuple[set[float], list[tuple[str, frozenset[float]]]]:
    """The values an English translation carries, and its numbers written in digits.

    The values come from the project's English number reading (:mod:`.quantities`: number
    words, scales, percentages, dates, clock times) plus month names as their numbers and
    words for one ("a", "first"); only digit numbers can be counted as added, since a source
    may spell a number out where the translation writes a word.
    """
    rest, terms = special_numbers(text)
    values: set[float] = set()
    for term in terms:  # time:14:30 -> 14, 2, 30
        if term.startswith("time:"):
            hour, _, minute = term[5:].partition(":")
            values |= {float(hour), float(int(hour) % 12 or 12), float(minute or 0)}
    words = [w.rstrip("%") for w in _WORD.findall(rest.casefold())]
    found, _ = numbers(words)
    for term in found:
        number = term.split(":")[-1].lstrip("#").rstrip("%")
        try:
            values.add(float(number))
        except ValueError:
            continue
    values |= {float(_MONTH_NUMBER[w]) for w in words if w in _MONTH_NUMBER and w in MONTHS}
    values |= {float(_ORDINALS[w]) for w in words if w in _ORDINALS}
    digits = source_values(text)
    for _, readings in digits:
        values |= readings
    return values, digits


def _stem_in(glossary: Any, entry_id: str, text: str, languages: Sequence[str]) -> bool:
    """Whether a source-language form of the entry is in ``text`` with other endings: every
    word of the form, less its last letter (two from a word over six; three kept), starts a word of
    ``text``, an і also as о or е. Catches an inflection the glossary's matcher misses
    ("Си Цзиньпином", "Харкові")."""
    entry = glossary.get(entry_id) if hasattr(glossary, "get") else None
    if entry is None:
        return False
    low = text.casefold()
    for language in languages:
        for form in entry.forms_in(language):
            stems = [w[: max(3, len(w) - (2 if len(w) > 6 else 1))]
                     for w in _WORD.findall(form.text.casefold())]  # fmt: skip
            if stems and all(re.search(rf"(?<!\w){_alternating(t)}", low) for t in stems):
                return True
    return False


def _roman(numeral: str) -> float:
    """The value of a Roman numeral ("XXI" = 21, "XIV" = 14)."""
    values = [_ROMAN_VALUES[c] for c in numeral]
    return float(sum(-v if v < w else v for v, w in zip(values, [*values[1:], 0], strict=True)))


def _alternating(stem: str) -> str:
    """A pattern of ``stem`` whose і may alternate with о, е (Ukrainian Львів, Львові)."""
    return "".join("[іоеї]" if c == "і" else re.escape(c) for c in stem)


def _matches(value: float, pool: Iterable[float]) -> bool:
    """Whether ``value`` is in ``pool``, also up to a scale (11 thousand = 11,000)."""
    for other in pool:
        if _close(value, other):
            return True
        if (
            value
            and other
            and any(_close(value * s, other) or _close(other * s, value) for s in _SCALES)
        ):
            return True
    return False


def _spelled(value: float) -> bool:
    """Whether a source likely wrote ``value`` as a word ("два", "тысячи", "mille"): 0-10 and
    the round powers of ten from a hundred, which a translation may give in digits."""
    return value <= 10 and value == int(value) or value in (1e2, 1e3, 1e4, 1e6, 1e8, 1e9, 1e12)


def _close(a: float, b: float) -> bool:
    return abs(a - b) <= 1e-6 * max(1.0, abs(a), abs(b))


def check(
    pairs: Sequence[tuple[str, str]],
    source_language: str,
    target_language: str,
    glossary: NameFinder | None = None,
    source_languages: Sequence[str] = (),
) -> list[SentenceCheck]:
    """Check each ``(source sentence, translated sentence)`` pair; empty translations and
    sentences left as written skipped.

    ``glossary`` (anything with ``find(text, language)``) enables the names check; the source
    is searched in ``source_language`` and any ``source_languages`` (a mixed-language text's
    runs), the translation in ``target_language``.
    """
    pairs = [(s.strip(), t.strip()) for s, t in pairs if t.strip() and s.strip() != t.strip()]
    all_source = [v for s, _ in pairs for _, values in source_values(s) for v in values]
    all_source += [_roman(m[0]) for s, _ in pairs for m in _ROMAN.finditer(s)]
    source_ids: set[str] = set()
    languages = tuple(dict.fromkeys((source_language, *source_languages)))
    whole_source = "\n".join(s for s, _ in pairs)
    if glossary is not None:
        for language in languages:
            source_ids |= {m.entry_id for m in glossary.find(whole_source, language)}
    out = []
    for src, dst in pairs:
        src_numbers = source_values(src)
        dst_values, dst_numbers = pivot_values(dst)
        lost = [w for w, values in src_numbers if not any(_matches(v, dst_values) for v in values)]
        added = [
            w for w, values in dst_numbers
            if not any(_matches(v, all_source) or _spelled(v) for v in values)
        ]  # fmt: skip
        src_names: set[str] = set()
        dst_names: dict[str, str] = {}
        if glossary is not None:
            for language in languages:
                src_names |= {m.entry_id for m in glossary.find(src, language)}
            dst_names = {m.entry_id: m.canonical for m in glossary.find(dst, target_language)}
        names = [
            c for i, c in dst_names.items()
            if i not in source_ids and not _stem_in(glossary, i, whole_source, languages)
        ]  # fmt: skip
        anchors = len(src_numbers) + len(dst_numbers) + len(src_names) + len(dst_names)
        shared = len(src_numbers) - len(lost) + len(src_names & set(dst_names))
        out.append(SentenceCheck(
            src, dst, tuple(lost), tuple(added), tuple(names),
            detached=anchors >= 2 and shared == 0, anchors=anchors,
        ))  # fmt: skip
    return out
