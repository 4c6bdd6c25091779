"""The ``negation`` label: one side negates or denies what the other asserts.

A negation cue (the lexicon's ``negation``: "not", "no", "never", "denied", "refused to",
"fake", "unconfirmed"...; for Russian "не", "никогда", "отрицал"...) is no change of meaning by
itself: outlets word a denial in many ways ("admitted it was not genuine" / "recognised it was
a fake"; "denied any involvement" / "said it had nothing to do with it"; "did not comment" /
"declined to comment"). The label is given only when

1. both sides say something (a whole inserted or deleted sentence asserts against nothing);
2. only one side holds a cue: the cue lists name both plain negations and words that deny in
   themselves ("fake", "false", "refused to", "ruled out", "yet to"), so that two wordings of
   one denial both count as denying;
3. what the cue negates is asserted by the other side: the first content word of the cue's
   *scope* (the words after it up to the end of its clause: a comma, semicolon, colon or
   sentence end, at most :data:`SCOPE_WORDS`; the words before it, nearest first, when none
   follow: "The figure is unconfirmed."), stopwords, the other cues, attribution verbs and
   English -ly adverbs passed over, is a term of the other side (the aligner's terms,
   :func:`.terms.sentence_terms`). "did not [survive] the crash" / "died in the crash" shares
   none: a paraphrase by an antonym; "could not [reach] the village" / "reached the village"
   shares "reach".

A cue of the lexicon's ``negation_determiners`` ("no", "kein", "aucun", "ningún",
"никакой", "жоден") negates a noun and what the clause says of it, so both the noun and the
next content word must be asserted by the other side: "guarantees that no jobs will be cut" /
"job guarantees" is none, "There were no casualties in the blast" / "There were casualties in
the blast" is one. A cue inside a phrase of the lexicon's ``not_negation`` ("not only",
"не менее" = at least) is no cue, nor is a cue abbreviating a number ("No. 7"). The pair
tables in ``tests/comparison/test_negation_label.py`` (written for it: traps that are
paraphrases, and true denials) measure the rule; docs/comparison.md gives the figures.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

__all__ = ["SCOPE_WORDS", "cue_spans", "negated_spans"]

SCOPE_WORDS = 6
"""Most words a cue's scope holds (the negated predicate and its object, in the pair tables)."""

_CLAUSE_END = re.compile(r"[,;:.!?()\[\]\"«»“”„]")
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
_NUMBERING = re.compile(r"\.\s*\d")  # right after a cue: "No. 7" numbers, it does not deny
_PREFIX = 5  # words of a language without a stemmer agree on their first letters


def cue_spans(
    cues: re.Pattern[str] | None, not_cues: re.Pattern[str] | None, text: str
) -> list[tuple[int, int]]:
    """Offsets of the negation cues in ``text``, less those inside a ``not_negation`` phrase
    and those that abbreviate a number ("satellite No. 7", "Nr. 5")."""
    if cues is None:
        return []
    spans = [m.span() for m in cues.finditer(text) if not _NUMBERING.match(text, m.end())]
    if not_cues is None or not spans:
        return spans
    inside = [m.span() for m in not_cues.finditer(text)]
    return [(s, e) for s, e in spans if not any(i <= s and e <= j for i, j in inside)]


def _scope(text: str, start: int, end: int, cues: list[tuple[int, int]]) -> list[str]:
    """The clause's words after the cue at ``text[start:end]``, or when none follow the words
    before it, nearest first; other cues blanked out."""
    blank = list(text)
    for s, e in cues:
        blank[s:e] = " " * (e - s)
    plain = "".join(blank)
    after = _WORD.findall(_CLAUSE_END.split(plain[end:], 1)[0])[:SCOPE_WORDS]
    before = _WORD.findall(_CLAUSE_END.split(plain[:start])[-1])[-SCOPE_WORDS:]
    return after or before[::-1]


def _negated(words: list[str], language: str, count: int = 1) -> list[set[str]]:
    """The terms of the first ``count`` content words of ``words``: what the cue negates ("not
    [survive] the crash", "denied [data] was stolen"). Attribution verbs (``@say``) and, in
    English, adverbs in -ly ("did not immediately confirm") are passed over, unless nothing
    else is left ("the report" is ``@say`` to the aligner)."""
    from polyglot_news.comparison.terms import sentence_terms

    english = language.split("-")[0] == "en"
    fallback: list[set[str]] = []
    out: list[set[str]] = []
    for word in words:
        if english and len(word) > 4 and word.lower().endswith("ly"):
            continue
        terms = set(sentence_terms(word, language))
        if not english:  # no stopword list: short words are function words
            terms = {t for t in terms if len(t) >= 4 or t.startswith("#")}
        if terms - {"@say"}:
            out.append(terms - {"@say"})
            if len(out) == count:
                break
        elif terms and not fallback:
            fallback = [terms]
    return out or fallback


def _shared(mine: Iterable[str], theirs: set[str], language: str) -> bool:
    """Whether a term of ``mine`` is one of ``theirs``: the same term, or in a language the
    aligner has no stemmer for the same first :data:`_PREFIX` letters ("отрицал"/"отрицали")."""
    if language.split("-")[0] == "en":
        return not theirs.isdisjoint(mine)
    heads = {t[:_PREFIX] for t in theirs if len(t) >= _PREFIX}
    return any(t in theirs or (len(t) >= _PREFIX and t[:_PREFIX] in heads) for t in mine)


def negated_spans(
    cues: list[tuple[int, int]],
    text: str,
    other: str,
    language: str,
    determiners: re.Pattern[str] | None = None,
) -> list[tuple[int, int]]:
    """The cues of ``cues`` (offsets in ``text``) whose scope the ``other`` side asserts
    (see module): a term of the word they negate is a term of ``other``; for a cue that
    ``determiners`` matches ("no", "kein", "aucun": it negates a noun and what is said of it),
    the noun's and the next content word's ("no [jobs] will be [cut]": "job guarantees"
    asserts no cut)."""
    from polyglot_news.comparison.terms import sentence_terms

    theirs = set(sentence_terms(other, language))
    out = []
    for start, end in cues:
        noun = determiners is not None and determiners.fullmatch(text, start, end) is not None
        negated = _negated(_scope(text, start, end, cues), language, 2 if noun else 1)
        if negated and all(_shared(terms, theirs, language) for terms in negated):
            out.append((start, end))
    return out
