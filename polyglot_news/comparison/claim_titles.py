"""A version's title compared, as a headline, with the other versions' headlines.

A JSON record, a feed item or a web page whose extracted text lacks its ``<h1>`` carries its
headline in ``Version.title`` only, beside its text: its sentences never hold it, so the claims
table showed the headline row *absent* for that version while a text file's headline (its
first line) or a page's ``<h1>`` took part. Making the title a sentence of the text was tried
and undone (a record and the same story saved as plain text without a headline must stay
identical: shared field case 04). The rule here compares the title with headlines only and
adds no sentence:

* the **headline row** is the claims row holding a version's headline, its sentence 0 when
  that sentence has no sentence-final punctuation (:func:`.headlines.looks_like_headline`),
  the base's when the base has one, else the row holding the most headlines;
* a version whose title is not the opening of its own text (:func:`titles_apart`) and that has
  no cell in that row gets a *title cell* there: ``sentences`` empty (no sentence of its text),
  ``text`` its title in the pivot language, ``original`` the title as written when it was
  translated, diffed and labelled against the row's reference like any cell, ``kind``
  ``same`` or ``reworded``, ``score`` None (no sentence link measured it);
* with no headline row nothing changes: a title is never compared with a body sentence, so a
  record beside a plain text without a headline reads exactly as before.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import replace

from polyglot_news.comparison.headlines import looks_like_headline
from polyglot_news.comparison.labels import LABELS, label_diff
from polyglot_news.comparison.model import Claim, ClaimCell
from polyglot_news.comparison.worddiff import is_unchanged, word_diff

__all__ = ["attach_titles", "headline_row", "titles_apart"]

_JUNK = re.compile(r"[\W_]+")

Translate = Callable[[Mapping[str, str]], Mapping[str, str]]
"""``{version id: title as written}`` -> ``{version id: title in the pivot language}`` (a
title it cannot translate is left out)."""


def _key(text: str) -> str:
    return _JUNK.sub(" ", text.casefold()).strip()


def titles_apart(versions: Iterable[tuple[str, str | None, str]]) -> dict[str, str]:
    """``{id: title}`` of the versions ``(id, title, text)`` whose title is not the opening of
    their text: case, punctuation and spacing ignored, a word prefix is not the title
    ("Ferry sink" does not open "Ferry sinks off Bali."); titles spread over lines are joined.
    A text file's guessed title (its first line) and a page whose text opens with its ``<h1>``
    are left out: their headline is their sentence 0 already."""
    out = {}
    for vid, title, text in versions:
        headline = " ".join((title or "").split())
        key = _key(headline)
        if key and not f"{_key(text.lstrip()[: len(headline) * 2])} ".startswith(f"{key} "):
            out[vid] = headline
    return out


def headline_row(
    claims: Sequence[Claim], sentences: Mapping[str, Sequence[str]], base: str
) -> int | None:
    """Index in ``claims`` of the row holding the versions' headlines (see module), or None
    when no version's sentence 0 is a headline. ``sentences``: each version's pivot sentences."""
    counts: list[tuple[int, int, int]] = []  # (holds the base's headline, headlines, -index)
    for n, claim in enumerate(claims):
        heads = [
            cell.version
            for cell in claim.cells
            if cell.sentences[:1] == (0,)
            and looks_like_headline((sentences.get(cell.version) or [""])[0])
        ]
        if heads:
            counts.append((base in heads, len(heads), -n))
    return -max(counts)[2] if counts else None


def attach_titles(
    claims: Sequence[Claim],
    titles: Mapping[str, str],
    sentences: Mapping[str, Sequence[str]],
    *,
    base: str,
    translate: Translate | None = None,
    language: str = "en",
    entity_normaliser: Callable[[str], str] | None = None,
    strict_entities: bool = False,
) -> tuple[Claim, ...]:
    """The claims with a title cell in the headline row for each version of ``titles``
    (:func:`titles_apart`) that has no cell there (see module).

    Args:
        claims: the finished claims table (originals attached).
        titles: ``{version id: title as written}``; ids that are not compared are ignored.
        sentences: each compared version's pivot-language sentences, by id (its order gives
            the cells' order, input order).
        base: the base version's id.
        translate: puts the titles wanted into the pivot language (called once, only when a
            headline row exists and some title is wanted); None: they are in it already.
        language, entity_normaliser, strict_entities: as for :func:`.labels.label_diff`.

    Returns:
        The claims, unchanged but for the headline row's new cells and labels.
    """
    row = headline_row(claims, sentences, base)
    if row is None:
        return tuple(claims)
    claim = claims[row]
    wanted = {v: t for v, t in titles.items() if v in sentences and claim.cell(v) is None}
    if not wanted:
        return tuple(claims)
    pivot = dict(translate(wanted)) if translate is not None else dict(wanted)
    reference = claim.cell(claim.reference)
    ref_text = reference.text if reference is not None else ""
    added = {}
    for vid, text in pivot.items():
        diff = tuple(word_diff(ref_text, text))
        labels: tuple[str, ...] = ()
        same = is_unchanged(diff)
        if not same:
            found = label_diff(
                diff,
                language=language,
                entity_normaliser=entity_normaliser,
                strict_entities=strict_entities,
            )
            labels, same = found.labels, found.naming_only and not strict_entities
        original = wanted[vid] if wanted[vid] != text else ""
        kind = "same" if same else "reworded"
        added[vid] = ClaimCell(vid, (), text, original, kind, None, diff, labels)
    cells = {c.version: c for c in claim.cells} | added
    shown = {label for c in cells.values() for label in c.labels}
    row_claim = replace(
        claim,
        cells=tuple(cells[v] for v in sentences if v in cells),
        labels=tuple(label for label in LABELS if label in shown),
    )
    return (*claims[:row], row_claim, *claims[row + 1 :])
