"""The ``opposite`` label: one side says the opposite of the other without a negation word.

"The systems were restored by Saturday morning" / "The systems were still down on Saturday
morning" and "The fire was put out" / "The fire was still burning" contradict each other with no
"not" in either: the contradiction is in antonymous predicates and states (de Marneffe,
Rafferty and Manning 2008, "Finding Contradictions in Text", ACL: antonymy is their first kind
of contradiction after negation). The lexicon's ``opposites`` hold groups of two *poles* of one
state (working: restored, back online, resumed... / down, offline, halted...; fire: burning,
ablaze... / put out, extinguished...; open / closed; alive / dead; found / missing; rose / fell;
in force / lifted; in custody / released; upheld / overturned; captured / repelled; ongoing:
still, continuing... / ended, called off...), word forms as news text writes them; WordNet 3.0's
direct antonyms where it has them (open/closed, rise/fall, increase/decrease, alive/dead). A
change is ``opposite`` when

1. a pole word touches the changed text in one side and the other pole of the same group
   touches it in the other side (the diff set the two against each other: "[restored by ->
   still down on]"; "[were lifted -> remain] in [March -> place]" is one, over two hunks);
2. neither side holds the pole the other side's word stands for anywhere (a side that says
   both, "went down on Friday and was restored on Saturday", or two sentences that only order
   "three died and two survived" differently, set nothing against each other);

where a flip word (``opposites_flip``: not, never, no longer, "n't", "yet to"...) in the pole
word's clause, at most :data:`FLIP_WORDS` words before it, turns it to the other pole ("has not
reopened" is closed, "no longer burning" is put out), and a pole word inside a phrase of
``not_opposite`` ("shot down", "opened fire", "found that", "released a statement") is none.
A change that is labelled ``negation`` is not labelled ``opposite`` too (the negation says it).
The pair tables in ``tests/comparison/test_opposite_label.py`` measure the rule.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

__all__ = ["FLIP_WORDS", "Opposites", "Pole", "load_opposites", "opposite_change", "pole_spans"]

FLIP_WORDS = 3
"""Most words between a flip word and the pole word it turns ("has not yet been reopened")."""

Pole = tuple[int, int, str, int]  # start, end, group, pole (0 or 1)
_CLAUSE_END = re.compile(r"[,.:](?!\d)|[;!?()\[\]\"«»“”„]|\b(?:and|but|while|whereas)\b")
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")


@dataclass(frozen=True)
class Opposites:
    """The compiled ``opposites`` of one language: each group's pattern of its pole words,
    and the pole each word stands for."""

    groups: tuple[tuple[str, re.Pattern[str], dict[str, int]], ...]
    flip: re.Pattern[str] | None
    not_opposite: re.Pattern[str] | None


def _pattern(words: Sequence[str]) -> re.Pattern[str] | None:
    ordered = sorted({w.strip() for w in words if w.strip()}, key=lambda w: (-len(w), w))
    body = "|".join(r"\s+".join(map(re.escape, w.split())) for w in ordered)
    return re.compile(rf"(?<!\w)(?:{body})(?!\w)", re.IGNORECASE) if body else None


def load_opposites(data: Mapping[str, object]) -> Opposites | None:
    """The opposites of a lexicon file's data (None when it has none)."""
    raw = data.get("opposites")
    if not isinstance(raw, dict):
        return None
    groups = []
    for name, sides in raw.items():
        if isinstance(sides, list) and len(sides) == 2:
            poles = {_key(str(w)): pole for pole, words in enumerate(sides) for w in words}
            pattern = _pattern(list(poles))
            if pattern is not None:
                groups.append((str(name), pattern, poles))
    flips = data.get("opposites_flip")
    words = [str(w) for w in flips] if isinstance(flips, list) else []
    plain = _pattern([w for w in words if w != "n't"])
    parts = [plain.pattern] if plain is not None else []
    parts += [r"(?<!\w)\w+n['’]t(?!\w)"] if "n't" in words else []
    flip = re.compile("|".join(parts), re.IGNORECASE) if parts else None
    not_opp = data.get("not_opposite")
    return Opposites(
        tuple(groups),
        flip,
        _pattern([str(w) for w in not_opp]) if isinstance(not_opp, list) else None,
    )


def _flipped(text: str, start: int, flip: re.Pattern[str] | None) -> bool:
    """Whether a flip word stands in the clause before ``text[start:]``, within FLIP_WORDS."""
    if flip is None:
        return False
    clause = _CLAUSE_END.split(text[:start])[-1]
    words = list(_WORD.finditer(clause))[-FLIP_WORDS:]
    return bool(words) and flip.search(clause, words[0].start()) is not None


def _key(phrase: str) -> str:
    return " ".join(phrase.lower().split())


def pole_spans(opposites: Opposites, text: str) -> list[Pole]:
    """Every pole word of ``text``: (start, end, group, pole), the pole turned by a flip word."""
    masked = []
    if opposites.not_opposite is not None:
        masked = [m.span() for m in opposites.not_opposite.finditer(text)]
    out = []
    for group, pattern, poles in opposites.groups:
        for m in pattern.finditer(text):
            s, e = m.span()
            if any(i <= s and e <= j for i, j in masked):
                continue
            pole = poles[_key(m.group())]
            out.append((s, e, group, 1 - pole if _flipped(text, s, opposites.flip) else pole))
    return out


def _touching(poles: Sequence[Pole], ranges: Sequence[tuple[int, int]]) -> set[tuple[str, int]]:
    """The (group, pole) of the pole words that overlap a range (or surround an empty one)."""
    return {
        (g, p)
        for s, e, g, p in poles
        for start, end in ranges
        if (s < start < e if start == end else s < end and start < e)
    }


def opposite_change(
    opposites: Opposites,
    a: str,
    b: str,
    a_ranges: Sequence[tuple[int, int]],
    b_ranges: Sequence[tuple[int, int]],
) -> bool:
    """Whether the changed text (``a_ranges`` of a, ``b_ranges`` of b: the hunks) sets one
    pole against the other (see module)."""
    in_a = pole_spans(opposites, a)
    near_a = _touching(in_a, a_ranges)
    if not near_a:  # most changes touch no pole word: b is not read
        return False
    in_b = pole_spans(opposites, b)
    near_b = _touching(in_b, b_ranges)
    all_a = {(g, p) for *_, g, p in in_a}
    all_b = {(g, p) for *_, g, p in in_b}
    return any(
        (group, 1 - pole) in near_b
        and (group, pole) not in all_b
        and (group, 1 - pole) not in all_a
        for group, pole in near_a
    )
