"""Replay a comparison's changes on the base's sentences (:func:`apply_changes`): the
invariant the property tests check, that the changes give the other version back.
"""

from __future__ import annotations

from collections.abc import Sequence

from polyglot_news.comparison.model import Change

__all__ = ["apply_changes"]


def apply_changes(a_sentences: Sequence[str], changes: Sequence[Change]) -> list[str]:
    """Replay ``changes`` (of a comparison of a with b) on a's sentences; returns b's sentences.

    Sentences of a that no change mentions were unchanged and keep their relative order; every
    change puts its b text at its ``b_index`` (a change with ``parts`` its b sentences at
    consecutive indices). Sentences that differ only in typography, or only in entity names
    (with an entity normaliser and ``strict_entities=False``), count as unchanged, so the
    result holds a's wording for them.

    Raises:
        ValueError: when the changes do not fit ``a_sentences``.
    """
    used: set[int] = set()
    placed: dict[int, str] = {}
    for change in changes:
        if change.kind == "insert" and change.b_index is not None:
            placed[change.b_index] = change.b_text
            continue
        if change.a_index is None:
            raise ValueError(f"apply_changes: a {change.kind} change has no a_index")
        parts = change.parts or ((change.a_text, change.b_text),)
        used.update(change.a_index + k for k in range(sum(1 for a, _ in parts if a)))
        if change.kind != "delete" and change.b_index is not None:
            b_texts = [b for _, b in parts if b]
            placed.update((change.b_index + k, b) for k, b in enumerate(b_texts))
    kept = [s for i, s in enumerate(a_sentences) if i not in used]
    total = len(placed) + len(kept)
    if any(index >= total for index in placed):
        raise ValueError("apply_changes: the changes do not fit these sentences")
    remaining = iter(kept)
    return [placed[j] if j in placed else next(remaining) for j in range(total)]
