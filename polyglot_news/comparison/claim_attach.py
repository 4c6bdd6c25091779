"""What the pipeline adds to finished claims: each cell's original wording and its flags.

The claims table is built on the pivot-language sentences (:mod:`.claims`); a cell of a
translated version also carries the original-language sentences it was translated from
(:func:`attach_originals`) and why their translation is not to be trusted
(:func:`attach_flags`: the translation checks' reasons, sentence by sentence).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import replace
from typing import TypeVar

from polyglot_news.comparison.model import Claim, ClaimCell

__all__ = ["attach_flags", "attach_originals"]


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
