"""The ``name`` label: the two sides name a different place, person or organisation.

"The vessel was hit while waiting to enter the port of [Chornomorsk]" / "... near the port of
[Odesa]" report one event at two places; "[Dmytro Pletenchuk] said" / "[Olena Ivanova] said"
give it two speakers. ``entity_naming`` is another thing: two renderings of one name ("Kiev" /
"Kyiv", through the glossary's entity normaliser). A hunk is ``name`` when

1. a name touches it in one side and another name touches it in the other side, in the same
   place of their sentences: the same :data:`CONTEXT` words before the two (or after them),
   one a content word ("the port of [Chornomorsk]" / "near the port of [Odesa]", "Spokesman
   [Yuriy Ihnat] said" / "Spokesman [Andriy Kovalenko] said"), so two names that a long
   rewording only happens to hold are none;
2. neither of the two is in the other side's text at all (its terms, :func:`.terms.
   sentence_terms`: "Pletenchuk" / "Dmytro Pletenchuk", "Russia" / "Russian" and a capital for
   its country, "Moscow" / "Russia", are one), nor an acronym of a run of names there ("IAEA"
   / "International Atomic Energy Agency", "EU's" / "European Union"), nor a spelling of a
   capitalised word there (:data:`SPELLING`: "Samoei" / "Samoi").

A name is a capitalised word in a language whose capitals mark names (``case_marks_names`` of
the label lexicon, else the aligner's: English, French, Spanish, Russian; not German),
glossary entities included, that is not the first word of a sentence (unless a capitalised
word follows: "Dmytro Pletenchuk said"), holds no digit
("F-16" is a model, not a name: the ``number`` label's numbered names) and is no word of the
lexicon's ``not_a_name`` (titles, days, months: "Minister", "Federal", "Friday"); a text
written in title case (most of its words capitalised, as some headlines are) has no names.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher

from polyglot_news.comparison.label_scope import terms_of

__all__ = ["CONTEXT", "SPELLING", "TITLE_CASE", "Name", "name_change", "names"]

CONTEXT = 2
"""Words before and after a name that must agree for two names to stand in one place."""

SPELLING = 0.88
"""Least similarity (difflib's Ratcliff/Obershelp ratio) of two spellings of one name, as
transliterations differ ("Winfridah Samoei" / "Winfrida Samoi"; "Austria" / "Australia", 0.875,
stay two names)."""

TITLE_CASE = 0.6
"""Share of capitalised words (of four letters or more) above which a text is in title case."""

_WORD = re.compile(r"[^\W_][\w'’-]*")
_POSSESSIVE = re.compile(r"['’]s?$")
_SENTENCE_START = re.compile(r"(?:^|[.!?:]\s*[\"“”'‘’«»(]*)\s*$")


@dataclass(frozen=True)
class Name:
    """A name in a text: its offsets, its terms, and whether it is an acronym."""

    start: int
    end: int
    terms: frozenset[str]
    acronym: str = ""
    before: tuple[str, ...] = ()  # the words before its run of capitalised words, lower case
    after: tuple[str, ...] = ()  # the words after it


def names(
    text: str, language: str, not_a_name: re.Pattern[str] | None, case_names: bool | None = None
) -> list[Name]:
    """The names of ``text`` (see module); none in a language whose capitals mark no name
    (``case_names``; default: the aligner's word lists say, :func:`.terms.load_term_lexicon`)."""
    from polyglot_news.comparison.terms import load_term_lexicon

    if not (load_term_lexicon(language).case_names if case_names is None else case_names):
        return []
    words = list(_WORD.finditer(text))
    long = [w.group() for w in words if len(w.group()) >= 4]
    if len(long) >= 3 and sum(w[:1].isupper() for w in long) / len(long) > TITLE_CASE:
        return []
    runs = _runs(text, words)
    out = []
    for k, word in enumerate(words):
        w = word.group()
        if not w[:1].isupper() or any(c.isdigit() for c in w):
            continue
        if not_a_name is not None and not_a_name.fullmatch(w):
            continue
        following = k + 1 < len(words) and words[k + 1].group()[:1].isupper()
        if _SENTENCE_START.search(text, 0, word.start()) and not following:
            continue
        terms = terms_of(w, language)
        if terms:
            bare = _POSSESSIVE.sub("", w)
            acronym = bare if len(bare) >= 2 and bare.isupper() and bare.isalpha() else ""
            first, last = runs[k]
            before = tuple(w.group().lower() for w in words[max(0, first - CONTEXT) : first])
            after = tuple(w.group().lower() for w in words[last + 1 : last + 1 + CONTEXT])
            out.append(Name(word.start(), word.end(), terms, acronym, before, after))
    return out


def _runs(text: str, words: list[re.Match[str]]) -> list[tuple[int, int]]:
    """For each word, the first and last word of its run of capitalised words (words joined
    by spaces only: "Human Rights Watch"); a lower-case word is a run of its own."""
    runs: list[tuple[int, int]] = []
    for k, word in enumerate(words):
        joined = k > 0 and text[words[k - 1].end() : word.start()].isspace()
        if joined and word.group()[:1].isupper() and words[k - 1].group()[:1].isupper():
            runs.append((runs[-1][0], k))
        else:
            runs.append((k, k))
    for k in range(len(runs) - 2, -1, -1):  # every word of a run knows its last word
        if runs[k + 1][0] == runs[k][0]:
            runs[k] = runs[k + 1]
    return runs


def _same_role(one: Name, other: Name, stopwords: frozenset[str]) -> bool:
    """Whether two names stand in one place of their sentences: the same words before them or
    after them, one a content word ("the port of [Chornomorsk]" / "near the port of [Odesa]")."""
    return any(
        mine and mine == theirs and any(w not in stopwords for w in mine)
        for mine, theirs in ((one.before, other.before), (one.after, other.after))
    )


def _initials(text: str) -> str:
    """The first letters of the capitalised words of ``text``, in order ("Federal Office for
    Information Security" -> "FOIS"; lower-case words are passed over)."""
    return "".join(w[0] for w in _WORD.findall(text) if w[:1].isupper())


def _absent(name: Name, word: str, other_terms: frozenset[str], other_text: str) -> bool:
    """Whether the other side names nothing that ``name`` (written ``word``) is (see module)."""
    if name.terms & other_terms:
        return False
    if name.acronym and name.acronym in _initials(other_text).upper():
        return False
    bare = _POSSESSIVE.sub("", word).lower()
    for w in _WORD.findall(other_text):
        if w[:1].isupper() and len(w) >= 4:
            match = SequenceMatcher(None, bare, _POSSESSIVE.sub("", w).lower())
            if match.real_quick_ratio() >= SPELLING and match.ratio() >= SPELLING:
                return False
    return True


def _touching(found: Sequence[Name], start: int, end: int) -> list[Name]:
    if start == end:
        return [n for n in found if n.start < start < n.end]
    return [n for n in found if n.start < end and start < n.end]


def name_change(
    in_a: Sequence[Name],
    in_b: Sequence[Name],
    a: str,
    b: str,
    a_range: tuple[int, int],
    b_range: tuple[int, int],
    language: str = "en",
) -> bool:
    """Whether the hunk at ``a_range`` of a and ``b_range`` of b puts one name in the place of
    another (see module), given the names of a and b."""
    from polyglot_news.comparison.terms import load_term_lexicon

    near_a, near_b = _touching(in_a, *a_range), _touching(in_b, *b_range)
    if not near_a or not near_b:
        return False
    gone = [n for n in near_a if _absent(n, a[n.start : n.end], terms_of(b, language), b)]
    if not gone:
        return False
    stopwords = load_term_lexicon(language).stopwords
    theirs = terms_of(a, language)
    new = [n for n in near_b if _absent(n, b[n.start : n.end], theirs, a)]
    return any(_same_role(g, n, stopwords) for g in gone for n in new)
