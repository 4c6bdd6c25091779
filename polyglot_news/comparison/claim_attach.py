"""What the pipeline adds to finished claims: each cell's original wording and its flags.

The claims table is built on the pivot-language sentences (:mod:`.claims`); a cell of a
translated version also carries the original-language sentences it was translated from
(:func:`attach_originals`) and why their translation is not to be trusted
(:func:`attach_flags`: the translation checks' reasons, sentence by sentence). A row then
names the versions absent from it that may tell it in such a sentence
(:func:`attach_doubts`), so no "absent" and no "only in one version" rests silently on a
translation the checks flag.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import replace
from typing import TypeVar

from polyglot_news.comparison.model import Claim, ClaimCell

__all__ = ["KEEPS_MEANING", "attach_doubts", "attach_flags", "attach_originals", "flagged_alone"]


def attach_originals(
    claims: Iterable[Claim], originals: Mapping[str, Sequence[str]]
) -> tuple[Claim, ...]:
    """Claims whose cells carry the original-language wording of their sentences.

    ``originals`` maps a version id to its original-language sentence at each sentence index
    (``""`` where unknown); versions that were not translated are left out of it.
    """

    def original(cell: ClaimCell, source: Sequence[str]) -> ClaimCell:
        parts = dict.fromkeys(source[k] for k in cell.sentences if k < len(source) and source[k])
        return replace(cell, original=" ".join(parts))

    return _each_cell(claims, originals, original)


def attach_flags(
    claims: Iterable[Claim], flags: Mapping[str, Sequence[tuple[str, ...]]]
) -> tuple[Claim, ...]:
    """Claims whose cells carry the translation flags of their sentences.

    ``flags`` maps a version id to the flags of each of its sentences (by sentence index,
    :attr:`.model.VersionResult.translation_flags`); a cell gets those of its sentences, each
    reason once, in sentence order. Versions left out of ``flags`` are left as they are.
    """

    def flagged(cell: ClaimCell, found: Sequence[tuple[str, ...]]) -> ClaimCell:
        reasons = dict.fromkeys(r for k in cell.sentences if k < len(found) for r in found[k])
        return replace(cell, translation_flags=tuple(reasons))

    return _each_cell(claims, flags, flagged)


KEEPS_MEANING = ("name lost: ",)
"""The translation flags (:func:`polyglot_news.translate.quality.sentence_flags`) that leave a
sentence's meaning readable: a glossary name the translation did not hold (the example story's
Korean "name lost: UNSC") is one word of a sentence that says what it says, listed with its
flag. Every other flag (made up, implausible, a repetition or a copy of its source, a number
lost or added, a name added) may mean the sentence is another one garbled (a mistranslated
"Rund 40 Flüge wurden gestrichen." loses only its number), so it may tell another row's fact."""


def flagged_alone(claims: Iterable[Claim]) -> dict[str, tuple[int, ...]]:
    """Each version's sentences whose translation is flagged as possibly garbled (a flag
    not of :data:`KEEPS_MEANING`) and that no other version reports (in a row of their
    version alone), by version id, in sentence order; versions with none are left out. Cells
    must carry their flags (:func:`attach_flags`)."""
    out: dict[str, list[int]] = {}
    for claim in claims:
        flags = claim.cells[0].translation_flags if claim.one_version else ()
        if any(not flag.startswith(KEEPS_MEANING) for flag in flags):
            cell = claim.cells[0]
            out.setdefault(cell.version, []).extend(cell.sentences)
    return {vid: tuple(sorted(ks)) for vid, ks in out.items()}


def attach_doubts(claims: Iterable[Claim], ids: Sequence[str]) -> tuple[Claim, ...]:
    """Claims naming, in ``uncertain``, the versions (of ``ids``, in that order) absent from
    them that have a possibly garbled sentence no other version reports
    (:func:`flagged_alone`): such a sentence may tell the row's fact in a translation not to
    be trusted (made up, a number lost...), so its version's absence is not sure, nor is a
    row of one version's being only there. Cells must carry their flags
    (:func:`attach_flags`)."""
    claims = tuple(claims)
    alone = flagged_alone(claims)
    doubtful = [vid for vid in ids if vid in alone]
    if not doubtful:
        return claims
    return tuple(
        replace(claim, uncertain=tuple(v for v in doubtful if v not in claim.versions))
        for claim in claims
    )


_T = TypeVar("_T")


def _each_cell(
    claims: Iterable[Claim],
    by_version: Mapping[str, _T],
    change: Callable[[ClaimCell, _T], ClaimCell],
) -> tuple[Claim, ...]:
    """``claims`` with ``change(cell, by_version[cell.version])`` for every cell of a version
    in ``by_version``."""
    out = []
    for claim in claims:
        cells = tuple(
            change(cell, by_version[cell.version]) if cell.version in by_version else cell
            for cell in claim.cells
        )
        out.append(replace(claim, cells=cells))
    return tuple(out)
