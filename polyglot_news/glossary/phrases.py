"""Context that says a place name is part of a common noun phrase: a dish, colour, plant or style.

Many dishes, colours, plants and products are named after a place (Brussels sprouts, coles de
Bruselas, pan di Spagna, пекинская капуста, Çin lahanası, جوز الهند, 비엔나 소시지, 北京ダック,
维也纳香肠). A place's hit, of any kind of place (countries too: Brazil nuts, orzechy włoskie), is
no place when

1. it lies inside a **lexicalised phrase** of the text's language
   (``glossary_data/place_phrases.tsv``, curated, each row with the dictionary headword it was
   checked against: Paris-Brest, Wiener Schnitzel, eau de Cologne, ryba po grecku);
2. a **head noun** of a closed class (a dish, sauce, cake, bread, sausage, cheese, vegetable, nut,
   colour or style: ``glossary_data/phrases.json``) stands right after it (a Slavic adjective
   before its noun, a Turkish noun in the possessive, English and Korean compounds: бразильский
   орех, Mısır unu, Denver omelette, 볼로냐 소스), right before it (an Arabic construct, a Polish
   noun before its adjective: كرنب بروكسل, orzechy włoskie), before it with "of" between in the
   Romance languages (choux de Bruxelles, pan de Viena, varză de Bruxelles), or, in Chinese and
   Japanese, touches it (ボルドー色, ミラノ風, 维也纳香肠).

Commodities of the news (oil, gas, grain, coffee, wine) are in no class: "Russian oil" is
Russia's. People are never dropped here. Word classes written for polyglot_news from each
language's ordinary vocabulary; the rule after Justeson and Katz (1995), technical noun phrases
are recognised by their head.
"""

from __future__ import annotations

import bisect
import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib.resources import files

from polyglot_news.glossary.support import DERIVED

__all__ = ["without_phrases"]

Hit = tuple[str, int, int, int]
_WORD = re.compile(r"[\w'’]+")
_GLUED = frozenset({"ja", "zh"})
_ADJECTIVES_FIRST = frozenset({"ru", "uk", "be", "cs", "pl"})  # бразильский орех: the adjective
# endings of a Slavic adjective in any case (standard grammars): one may stand between a place's
# adjective and the head noun (ruský vaječný salát, московский картофельный салат)
_ADJECTIVE_ENDINGS = (
    "ый", "ий", "ой", "ая", "яя", "ое", "ее", "ые", "ие", "ую", "юю", "ого", "его", "ых", "их",
    "ым", "им", "ыми", "ими", "ої", "ій", "а", "е", "і", "ы", "ý", "á", "é", "í", "ých", "ými",
    "ém", "ou", "y", "ego", "ej", "ych", "ymi",
)  # fmt: skip


@dataclass(frozen=True)
class _Rules:
    """One language's head-noun stems and compiled phrases."""

    after: dict[str, tuple[str, ...]] = field(default_factory=dict)  # by first two letters
    before: dict[str, tuple[str, ...]] = field(default_factory=dict)
    before_of: dict[str, tuple[str, ...]] = field(default_factory=dict)
    of_words: frozenset[str] = frozenset()
    glued: tuple[str, ...] = ()
    phrases: re.Pattern[str] | None = None
    openings: frozenset[str] = frozenset()  # the first two letters of every phrase's words
    adjectives_only: bool = False  # Slavic: a head noun follows a place's adjective only
    slack: int = 3

    def __bool__(self) -> bool:
        return bool(self.after or self.before or self.before_of or self.glued or self.phrases)


# Arabic conjunctions and prepositions written onto the phrase's first word (بالقوة القاهرة)
_PROCLITICS = {"ar": "[وفبكل]{0,2}"}


def _phrase_pattern(phrase: str, language: str = "") -> str:
    """A phrase of place_phrases.tsv as a regex: each word at a word start, up to three more
    letters after it (an ending), words apart by spaces or a hyphen; in Arabic the first word
    may carry proclitics."""
    words = re.split(r"[\s-]+", phrase.lower())
    body = r"[\s\-]+".join(re.escape(w) + r"\w{0,3}" for w in words)
    return r"(?<!\w)" + _PROCLITICS.get(language, "") + body + r"(?!\w)"


@lru_cache(maxsize=1)
def _phrase_rows() -> dict[str, list[str]]:
    """``lang -> phrases`` of ``place_phrases.tsv``."""
    text = files("polyglot_news.glossary_data").joinpath("place_phrases.tsv").read_text("utf-8")
    rows: dict[str, list[str]] = {}
    for line in text.splitlines():
        if line and not line.startswith("#") and not line.startswith("lang\t"):
            lang, phrase = line.split("\t")[:2]
            rows.setdefault(lang, []).append(phrase)
    return rows


@lru_cache(maxsize=64)
def _rules(language: str) -> _Rules:
    data = json.loads(
        files("polyglot_news.glossary_data").joinpath("phrases.json").read_text("utf-8")
    )

    def stems(key: str) -> dict[str, tuple[str, ...]]:
        by_opening: dict[str, set[str]] = {}
        for word in data[key].get(language, ()):
            by_opening.setdefault(word.lower()[:2], set()).add(word.lower())
        return {k: tuple(sorted(v, key=len)) for k, v in by_opening.items()}

    # Chinese and Japanese phrases are words the substring matcher owns (phrase_words)
    phrases = [] if language in _GLUED else _phrase_rows().get(language, [])
    longest = sorted(phrases, key=len, reverse=True)
    pattern = "|".join(_phrase_pattern(p, language) for p in longest)
    openings = {w.lower()[:2] for p in phrases for w in re.split(r"[\s-]+", p)}
    return _Rules(
        after=stems("after"),
        before=stems("before"),
        before_of=stems("before_of"),
        of_words=frozenset(w.rstrip("'’") for w in data["of_words"].get(language, ())),
        glued=tuple(data["glued_after"].get(language, ())),
        phrases=re.compile(pattern, re.IGNORECASE) if pattern else None,
        openings=frozenset(openings),
        adjectives_only=language in _ADJECTIVES_FIRST,
        slack=int(data.get("slack", 3)),
    )


def phrase_words(language: str) -> tuple[str, ...]:
    """The Chinese and Japanese phrases of ``place_phrases.tsv`` (words that hold a name)."""
    return tuple(_phrase_rows().get(language, ())) if language in _GLUED else ()


def without_phrases(
    hits: list[Hit], text: str, language: str, people: frozenset[str] = frozenset()
) -> list[Hit]:
    """``hits`` less the places that the words around them read as part of a common noun phrase.

    ``hits`` are ``(entry_id, start, end, flags)`` in text order; ``language`` the text's ISO
    639-1 code; ``people`` the entry ids of persons, never dropped. Order kept; pure; raises
    nothing.
    """
    if not hits:
        return hits
    rules = _rules(language)
    if not rules:
        return hits
    spans = _phrase_spans(text, hits, rules)
    return [
        h
        for h in hits
        if h[0] in people or not (_in_phrase(text, spans, h, rules) or _headed(text, h, rules))
    ]


_REACH = 40  # characters a phrase may reach beyond the name it holds, on either side


def _phrase_spans(text: str, hits: list[Hit], rules: _Rules) -> list[tuple[int, int]]:
    """The table's phrases found around the hits whose first letters open a word of some
    phrase, in text order: the regex runs once over each stretch of overlapping windows
    (``_REACH`` characters either side of a hit), not once a hit."""
    if rules.phrases is None:
        return []
    windows: list[list[int]] = []
    for _, start, end, _ in hits:
        if text[start : start + 2].lower() not in rules.openings:
            continue
        low, high = max(0, start - _REACH), min(len(text), end + _REACH)
        if windows and low <= windows[-1][1]:
            windows[-1][1] = max(windows[-1][1], high)
        else:
            windows.append([low, high])
    return [
        (m.start(), m.end())
        for low, high in windows
        for m in rules.phrases.finditer(text, low, high)
    ]


def _in_phrase(text: str, spans: list[tuple[int, int]], hit: Hit, rules: _Rules) -> bool:
    """Whether a phrase found (:func:`_phrase_spans`) covers the hit, one whose first letters
    open a word of some phrase. The spans do not overlap, so only the last one opening at or
    before the hit can."""
    start, end = hit[1], hit[2]
    if not spans or text[start : start + 2].lower() not in rules.openings:
        return False
    at = bisect.bisect_right(spans, (start, spans[-1][1])) - 1
    return at >= 0 and end <= spans[at][1]


def _headed(text: str, hit: Hit, rules: _Rules) -> bool:
    start, end = hit[1], hit[2]
    if rules.glued:
        return text.startswith(rules.glued, end)
    if rules.after and (hit[3] & DERIVED or not rules.adjectives_only):
        nxt = _WORD.match(text, end + 1) if text[end : end + 1] in (" ", "-", "\u00a0") else None
        if nxt is not None and _fits(nxt.group().lower(), rules.after, rules.slack):
            return True
        if nxt is not None and rules.adjectives_only and _adjective(nxt.group()):
            spaced = text[nxt.end() : nxt.end() + 1] == " "
            head = _WORD.match(text, nxt.end() + 1) if spaced else None
            if head is not None and _fits(head.group().lower(), rules.after, rules.slack):
                return True  # one more adjective between: ruský vaječný salát
    if rules.before or rules.before_of:
        words = _WORD.findall(text[max(0, start - 40) : start])
        if not words or text[start - 1 : start] not in (" ", "\u00a0", "'", "’"):
            return False  # (a slice of one character: text[:start] would copy the text)
        last = words[-1].lower()
        if "'" in last or "’" in last:  # un'insalata
            last = re.split("['’]", last)[-1] or last
        if rules.before and _fits(_bare(last), rules.before, rules.slack):
            return True
        if rules.before_of and len(words) > 1:
            of = last.rstrip("'’")
            if of in rules.of_words and _fits(words[-2].lower(), rules.before_of, rules.slack):
                return True
    return False


def _adjective(word: str) -> bool:
    """A lower-case Slavic word with an adjective's ending (vaječný, картофельный)."""
    return word.islower() and len(word) > 4 and word.endswith(_ADJECTIVE_ENDINGS)


def _fits(word: str, stems: dict[str, tuple[str, ...]], slack: int) -> bool:
    """Whether ``word`` is one of ``stems`` (found by its first two letters) with at most
    ``slack`` more letters."""
    found = stems.get(word[:2], ()) + stems.get(word[:1], ())  # 롤 (roll): one-letter stems
    return any(word.startswith(s) and len(word) - len(s) <= slack for s in found)


def _bare(word: str) -> str:
    """An Arabic word without a leading و or ف (وجوز: and the nut)."""
    return word[1:] if word[:1] in ("و", "ف") and len(word) > 3 else word
