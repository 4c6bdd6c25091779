"""Label what kind of change an edit is: a figure, a source, a denial, an opposite, a hedge...

A word diff (:mod:`polyglot_news.comparison.worddiff`) is cut into *hunks* (maximal runs of
insertions and deletions between equal text). Each hunk is labelled:

* ``number``: the quantities in the deleted and the inserted text differ, and one that
  differs is not in the text a and b share ("all three" added after a shared "Three crew
  members" repeats a figure and changes none; "11,000" swapped with "2,000" still counts).
  In English (the pivot) quantities are read by the aligner's quantity parsing
  (:mod:`.quantities` through :func:`.terms.sentence_terms`: "11,000" = "11 thousand",
  "three" = "3", dates, clock times; a figure with a scale letter, "€345M" or "£40m" with the
  currency sign the diff left before the hunk, as its scale word) plus the vague quantities of
  the data's
  ``vague_quantities`` ("hundreds", "dozens"), so an ordinal or temporal word with no number
  ("for the first time", "once", "second") and a numbered name ("F-16", "NoName057(16)",
  "MH17": :func:`.label_numbers.numbered_names`) is no number; a weekday or month replaced
  by another of its kind in the hunk is a date moved ("on [Monday -> Friday]",
  :func:`.label_numbers.date_terms`; one left out is none); a figure only added by one hunk
  and only dropped by another is moved, not changed (:func:`_moved`); other
  languages count digits in any script and the data's ``number_words``;
* ``attribution``: an attribution or epistemic verb (said, claimed, confirmed, admitted,
  denied, reported, alleged, "according to"...) lies in or across the changed text, or the
  changed text is its speaker: right before it ("[Defence Minister Gen Nakatani ->
  officials] said") or after it to the end of the sentence ("according to [...]."), so a
  change of source is labelled although the verb stays;
* ``negation``: one side denies or leaves unconfirmed what the other asserts: a negation
  (``negation``: not, no, never, denied, unconfirmed, "refused to", "fake", "isn't"...) lies
  in or across the changed text, only one of the two sides holds any (neither side empty: a
  whole sentence inserted or deleted asserts against nothing), and the other side shares a
  term of what it negates (:mod:`.label_negation`): "It was not confirmed whether he
  attended" -> "He attended"; "isn't" -> "wasn't", "neither confirmed nor denied" -> "not
  acknowledged" and "did not survive" -> "died" are none;
* ``opposite``: one side says the opposite of the other without a negation word: two poles
  of one state set against each other in the hunk ("[restored by -> still down on] Saturday",
  "put out" / "still burning", "reopened" / "remained closed", "rose" / "fell"), neither side
  holding both (:mod:`.label_opposites`, the data's ``opposites``); a hunk labelled
  ``negation`` is not labelled ``opposite`` too;
* ``hedge``: an intensifier or hedge (completely, allegedly, at least, about 800, up to
  four...); a word that is a hedge only before a quantity (the data's
  ``hedge_before_quantity``: "about", "around", "some", "over", "up to") counts only when a
  number follows it, optionally after an article (``quantity_articles``: "around a dozen"),
  so "a zone around the plant" is no hedge; a word of ``lowercase_only`` ("may") counts only
  in lower case, so the month "May" is no hedge; hedges compare by class (the data's
  ``hedge_classes``, :mod:`.label_hedges`): "about" -> "around" is none, "about" -> "up to"
  one;
* ``quote``: the hunk touches quoted text or a quotation mark;
* ``name``: the two sides name a different place, person or organisation in the same place of
  the sentence ("the port of [Chornomorsk -> Odesa]"), neither name being in the other side
  (:mod:`.label_names`; the data's ``not_a_name``: titles, days, months);
* ``entity_naming``: the hunk only renames a glossary entity (see below).

In English a figure or a hedge that differs is compared only when what it qualifies is said by
the other side too (:mod:`.label_scope`): a headline or a clause that reports another fact
holds no figure that "differs". A whole sentence inserted or deleted gets no label: it differs
from nothing. A hunk that changes only typography (straight and curly quotes, apostrophes,
dashes, ellipses, non-breaking spaces:
:func:`~polyglot_news.comparison.similarity.fold_typography`) is no change and gets no label.

Word lists are data, keyed by language: ``polyglot_news/data/labels/<language>.json`` (the
pivot, English, first) and ``quotes.json`` for quotation-mark pairs; a language without a file
still gets ``number`` and ``quote``. Phrases match case-insensitively on word boundaries, in
a or b, wherever they overlap the hunk, so "about" -> "up to" is a hedge change even when the
diff keeps a shared word.

Entities compare by glossary identity: the pipeline's ``entity_normaliser`` maps every surface
form of a glossary entry to one stable form. A hunk is a pure renaming when applying it alone
to a leaves ``entity_normaliser(a)`` unchanged ("Kiev" -> "Kyiv"). Such hunks are ignored
unless ``strict_entities`` asks for them, when they are labelled ``entity_naming``.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from polyglot_news.comparison.label_hedges import hedge_classes
from polyglot_news.comparison.label_lexicon import LABELS, Lexicon, label_meanings, load_lexicon
from polyglot_news.comparison.label_names import Name, name_change, names
from polyglot_news.comparison.label_negation import cue_spans, negated_spans
from polyglot_news.comparison.label_numbers import (
    DATE_WORDS,
    date_terms,
    numbered_names,
    scale_letters,
    with_sign,
)
from polyglot_news.comparison.label_opposites import (
    opposite_change,
)
from polyglot_news.comparison.label_scope import anchored
from polyglot_news.comparison.memo import remembered
from polyglot_news.comparison.similarity import fold_typography

__all__ = [
    "LABELS",
    "ChangeLabels",
    "Hunk",
    "Lexicon",
    "hunks",
    "label_diff",
    "label_meanings",
    "load_lexicon",
]

_DIGITS = re.compile(r"\d+(?:[.,]\d+)*")
_QUANTITY_TERMS = ("#", "day:", "time:")
"""Term prefixes of figures, days of the month and clock times (:mod:`.quantities`)."""
_DATE_KINDS = ("weekday:", "month:")
"""Term prefixes of weekdays and months (:func:`.label_numbers.date_terms`)."""


@dataclass(frozen=True)
class Hunk:
    """One run of changes: a[a_start:a_end] (``deleted``) became b[b_start:b_end] (``inserted``)."""

    a_start: int
    a_end: int
    b_start: int
    b_end: int
    deleted: str
    inserted: str


@dataclass(frozen=True)
class ChangeLabels:
    """The labels of a change, and whether it is nothing but entity renamings."""

    labels: tuple[str, ...]
    naming_only: bool


def hunks(diff: Sequence[tuple[int, str]]) -> list[Hunk]:
    """Cut a diff into hunks, with their offsets in a and in b."""
    out: list[Hunk] = []
    pa = pb = 0
    start: tuple[int, int] | None = None
    deleted = inserted = ""
    for op, text in [*diff, (0, "")]:
        if op != 0:
            start = start or (pa, pb)
            if op < 0:
                deleted += text
                pa += len(text)
            else:
                inserted += text
                pb += len(text)
            continue
        if start is not None:
            out.append(Hunk(start[0], pa, start[1], pb, deleted, inserted))
            start, deleted, inserted = None, "", ""
        pa += len(text)
        pb += len(text)
    return out


def _spans(pattern: re.Pattern[str] | None, text: str) -> list[tuple[int, int]]:
    """Offsets of every match of ``pattern`` in ``text``."""
    return [] if pattern is None else [m.span() for m in pattern.finditer(text)]


def _touches(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """True when a span overlaps [start, end) (or, for an empty range, surrounds it)."""
    if start == end:
        return any(s < start < e for s, e in spans)
    return any(s < end and start < e for s, e in spans)


def _numbers(text: str, lexicon: Lexicon) -> Counter[str]:
    """The quantities written in ``text``: the aligner's number, date and time terms plus vague
    quantities in English, else digits and number words (normalised); a numbered name
    ("NoName057(16)", "MH17") is no quantity."""
    text = numbered_names(text)
    if lexicon.quantities:
        found: Counter[str] = Counter(date_terms(text))
        if lexicon.vague_quantities is not None:
            found.update(m.group().lower() for m in lexicon.vague_quantities.finditer(text))
        # most changed text holds no number: read it only when digits or a number word are in it
        words = lexicon.number_words
        if _DIGITS.search(text) or (words is not None and words.search(text)):
            found.update(_quantity_terms(text, lexicon.language))
        return found
    found = Counter(m.group().replace(",", "") for m in _DIGITS.finditer(text))
    if lexicon.number_words is not None:
        found.update(m.group().lower() for m in lexicon.number_words.finditer(text))
    return found


@lru_cache(maxsize=16384)
def _quantity_terms(text: str, language: str) -> tuple[str, ...]:
    """The aligner's figure, date and time terms of ``text`` (:func:`.terms.sentence_terms`),
    a figure with a scale letter read as the figure with its scale word ("€345M" = "345
    million euros", "$1.2B" = "1.2 billion")."""
    from polyglot_news.comparison.terms import sentence_terms

    terms = sentence_terms(scale_letters(fold_typography(text)), language)
    return tuple(sorted(t for t in terms if t.startswith(_QUANTITY_TERMS)))


_SPEAKER_GAP = re.compile(r"[\s,]*")
_TO_END = re.compile(r"[\s\W]*")


def _speaker(
    spans: list[tuple[int, int]], start: int, end: int, text: str, lexicon: Lexicon
) -> bool:
    """Whether the changed text ``text[start:end]`` (not empty) is the speaker of an attribution
    phrase at ``spans``: right before it ("[the air force -> officials] said") or after it up to
    the end of the sentence ("said [the ministry -> officials].", "according to [...]"), unless
    it opens with a word that starts no speaker (``not_a_speaker``: "said [on Tuesday]")."""
    if start == end:
        return False
    changed = text[start:end].strip()
    after_ok = not (lexicon.not_a_speaker and lexicon.not_a_speaker.match(changed))
    for s, e in spans:
        if s >= end and _SPEAKER_GAP.fullmatch(text, end, s):
            return True
        if after_ok and e <= start and _SPEAKER_GAP.fullmatch(text, e, start):
            if _TO_END.fullmatch(text, end):
                return True
    return False


def _figures(
    text: str, start: int, end: int, lexicon: Lexicon, dates: bool = False
) -> list[tuple[int, int]]:
    """Offsets of the digits, number words, vague quantities and, with ``dates`` (a weekday or
    month changed in the hunk), the English weekdays and months of ``text[start:end]``."""
    patterns = (
        _DIGITS, lexicon.number_words, lexicon.vague_quantities, DATE_WORDS if dates else None,
    )  # fmt: skip
    spans = [m.span() for p in patterns if p is not None for m in p.finditer(text, start, end)]
    return sorted(spans)


def _within(spans: list[tuple[int, int]], start: int, end: int) -> list[tuple[int, int]]:
    """The spans that overlap [start, end) (or, for an empty range, surround it)."""
    return [(s, e) for s, e in spans if _touches([(s, e)], start, end)]


def _compared(
    a: str, in_a: list[tuple[int, int]], b: str, in_b: list[tuple[int, int]], lexicon: Lexicon
) -> bool:
    """Whether the figures or hedges at ``in_a`` and ``in_b`` qualify something both sides say
    (:func:`.label_scope.anchored`, either way round); always in a language the aligner reads
    no terms of (its stemmer and stopwords: English only now)."""
    if not lexicon.quantities:
        return True
    return anchored(a, in_a, b, lexicon.language) or anchored(b, in_b, a, lexicon.language)


def _label_hunk(
    hunk: Hunk,
    found: dict[str, tuple[list, list]],
    lexicon: Lexicon,
    shared: Callable[[], Counter],
    a: str = "",
    b: str = "",
    moved: frozenset[str] = frozenset(),
) -> set[str]:
    """Labels of one hunk of the change ``a`` -> ``b``, given the phrase spans found in a and
    in b, the quantities of the text a and b share (asked only when the hunk's quantities
    differ) and the quantities ``moved`` from one place of the sentence to another
    (:func:`_moved`)."""
    labels = set()
    deleted, inserted = _hunk_numbers(hunk, a, b, lexicon)
    # a figure only added here and only dropped in another hunk (or the other way) was moved
    kept = moved if not deleted or not inserted else frozenset()
    if deleted != inserted and any(
        q not in shared() and q not in kept for q in (deleted - inserted) + (inserted - deleted)
    ):
        dates = any(q.startswith(_DATE_KINDS) for q in deleted + inserted)
        figures_a = _figures(a, hunk.a_start, hunk.a_end, lexicon, dates)
        figures_b = _figures(b, hunk.b_start, hunk.b_end, lexicon, dates)
        if _compared(a, figures_a, b, figures_b, lexicon):
            labels.add("number")
    in_a, in_b = found["hedge"]
    hedges_a = hedge_classes(in_a, hunk.a_start, hunk.a_end, a, lexicon.hedge_classes)
    hedges_b = hedge_classes(in_b, hunk.b_start, hunk.b_end, b, lexicon.hedge_classes)
    if hedges_a != hedges_b and _compared(
        a,
        _within(in_a, hunk.a_start, hunk.a_end),
        b,
        _within(in_b, hunk.b_start, hunk.b_end),
        lexicon,
    ):
        labels.add("hedge")
    for label, (in_a, in_b) in found.items():
        if label == "hedge":
            continue
        if _touches(in_a, hunk.a_start, hunk.a_end) or _touches(in_b, hunk.b_start, hunk.b_end):
            labels.add(label)
    if _speaker(found["attribution"][0], hunk.a_start, hunk.a_end, a, lexicon) or _speaker(
        found["attribution"][1], hunk.b_start, hunk.b_end, b, lexicon
    ):
        labels.add("attribution")
    if lexicon.quote_marks & set(hunk.deleted + hunk.inserted):
        labels.add("quote")
    return labels


def _hunk_numbers(hunk: Hunk, a: str, b: str, lexicon: Lexicon) -> tuple[Counter, Counter]:
    """The quantities a hunk deletes from ``a`` and inserts in ``b`` (:func:`_numbers`); a
    weekday or a month only where the other side of the hunk names one of its kind, so "on
    [Monday -> Friday]" moves a date while a dropped "on Monday" (a rewrite that leaves the day
    out, as most do) is no figure changed."""
    deleted = _numbers(with_sign(a, hunk.a_start, hunk.deleted), lexicon)
    inserted = _numbers(with_sign(b, hunk.b_start, hunk.inserted), lexicon)
    for kind in _DATE_KINDS:
        if not any(q.startswith(kind) for q in deleted) or not any(
            q.startswith(kind) for q in inserted
        ):
            for side in (deleted, inserted):
                for q in [q for q in side if q.startswith(kind)]:
                    del side[q]
    return deleted, inserted


def _moved(cut: Sequence[Hunk], a: str, b: str, lexicon: Lexicon) -> frozenset[str]:
    """The quantities moved within a change: inserted by a hunk that deletes none and deleted
    by another that inserts none, as often ("[Fire at hospital -> Four dead] in Porto [kills
    four patients -> hospital blaze]": the same four, written elsewhere). A figure replaced by
    another in its place ("[11,000 -> 2,000]") is never moved."""
    if len(cut) < 2:
        return frozenset()
    added: Counter[str] = Counter()
    dropped: Counter[str] = Counter()
    for hunk in cut:
        deleted, inserted = _hunk_numbers(hunk, a, b, lexicon)
        if not deleted:
            added.update(inserted)
        if not inserted:
            dropped.update(deleted)
    return frozenset(q for q in added if added[q] == dropped[q])


def _read(text: str, lexicon: Lexicon) -> dict[str, list[tuple[int, int]]]:
    """The attribution, hedge and quote phrases and the negation cues of one side of a change,
    read once per text in a comparison (:mod:`.memo`: a base sentence is one side of many
    changes); the lists are never changed."""

    def read() -> dict[str, list[tuple[int, int]]]:
        return {
            "attribution": _spans(lexicon.attribution, text),
            "hedge": _spans(lexicon.hedge, text),
            "quote": _spans(lexicon.quotes, text),
            "negation": cue_spans(lexicon.negation, lexicon.not_negation, text),
        }

    return remembered("label_read", (lexicon.language, text), read)


def _names(text: str, lexicon: Lexicon) -> list[Name]:
    """:func:`.label_names.names` of one side of a change, once per text in a comparison."""
    return remembered(
        "label_names",
        (lexicon.language, text),
        lambda: names(text, lexicon.language, lexicon.not_a_name, lexicon.case_names),
    )


def _name_labeller(a: str, b: str, lexicon: Lexicon) -> Callable[[Hunk], bool]:
    """Whether a hunk of a -> b puts one name in the place of another (:mod:`.label_names`)."""
    in_a = _names(a, lexicon)
    in_b = _names(b, lexicon) if in_a else []
    if not in_b:
        return lambda hunk: False
    return lambda hunk: name_change(
        in_a, in_b, a, b, (hunk.a_start, hunk.a_end), (hunk.b_start, hunk.b_end), lexicon.language
    )


def _is_renaming(a: str, hunk: Hunk, normalised_a: str, normaliser: Callable[[str], str]) -> bool:
    """True when applying only this hunk to a leaves a's normalised form unchanged."""
    applied = a[: hunk.a_start] + hunk.inserted + a[hunk.a_end :]
    return normaliser(applied) == normalised_a


def label_diff(
    diff: Sequence[tuple[int, str]],
    *,
    language: str = "en",
    entity_normaliser: Callable[[str], str] | None = None,
    strict_entities: bool = False,
) -> ChangeLabels:
    """Label the changes in a word diff (see the module docstring for each label); made once
    per diff and settings inside a :func:`.memo.remembering` scope."""
    if not isinstance(diff, tuple):  # a list is no key
        return _label_diff(diff, language, entity_normaliser, strict_entities)
    return remembered(
        "label_diff",
        (diff, language, entity_normaliser, strict_entities),
        lambda: _label_diff(diff, language, entity_normaliser, strict_entities),
    )


def _label_diff(
    diff: Sequence[tuple[int, str]],
    language: str,
    entity_normaliser: Callable[[str], str] | None,
    strict_entities: bool,
) -> ChangeLabels:
    """:func:`label_diff`, computed."""
    lexicon = load_lexicon(language)
    a = "".join(text for op, text in diff if op <= 0)
    b = "".join(text for op, text in diff if op >= 0)
    if not a.strip() or not b.strip():  # a whole sentence inserted or deleted: nothing to compare
        return ChangeLabels((), False)
    read_a, read_b = _read(a, lexicon), _read(b, lexicon)
    found = {k: (read_a[k], read_b[k]) for k in ("attribution", "hedge", "quote")}
    negations = [read_a["negation"], read_b["negation"]]
    if a and b and bool(negations[0]) != bool(negations[1]):  # only one side denies
        found["negation"] = (  # ... what the other asserts (label_negation)
            negated_spans(negations[0], a, b, lexicon.language, lexicon.negation_determiners),
            negated_spans(negations[1], b, a, lexicon.language, lexicon.negation_determiners),
        )
    opposites = lexicon.opposites
    normalised_a = entity_normaliser(a) if entity_normaliser is not None else a
    labels: set[str] = set()
    cut = [h for h in hunks(diff) if fold_typography(h.deleted) != fold_typography(h.inserted)]
    common: list[Counter[str]] = []

    def shared() -> Counter[str]:
        if not common:
            common.append(_numbers(" ... ".join(t for op, t in diff if op == 0), lexicon))
        return common[0]

    renamed = _name_labeller(a, b, lexicon)
    moved = _moved(cut, a, b, lexicon)
    renamings = 0
    named = []
    for hunk in cut:
        if entity_normaliser is not None and _is_renaming(a, hunk, normalised_a, entity_normaliser):
            renamings += 1
            named.append(hunk)
            if strict_entities:
                labels.add("entity_naming")
            continue
        labels |= _label_hunk(hunk, found, lexicon, shared, a, b, moved)
        if renamed(hunk):
            labels.add("name")
    changed = [h for h in cut if h not in named]
    if (
        opposites
        and "negation" not in labels
        and opposite_change(
            opposites,
            a,
            b,
            [(h.a_start, h.a_end) for h in changed],
            [(h.b_start, h.b_end) for h in changed],
        )
    ):
        labels.add("opposite")
    naming_only = bool(cut) and renamings == len(cut)
    return ChangeLabels(tuple(label for label in LABELS if label in labels), naming_only)
