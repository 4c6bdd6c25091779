"""Claims across N versions: one row per fact, one column per version.

The sentence links of every pair of versions are grouped into claims (:mod:`.claim_groups`:
greedy agglomerative clustering, strongest link first, where a join must keep every
version's cell one short run of consecutive sentences and be *cohesive*, the two groups'
cells agreeing on average). A link refused either way still relates the two rows
(``Claim.related``).

Every sentence of every compared version lies in exactly one claim. A sentence the links left
alone may still join the row of its own version's neighbouring sentence when most other
versions' best matches for it lie in that row (consensus of the N versions,
:func:`.claim_consensus.attach_by_consensus`: a fact told in two sentences by one version and in
one by the others). A sentence that links to nothing in any other version and is not placed so
is a claim of its own. Every row one version alone has a cell in is reported as *only in one
version* (:func:`unique_sentences`), with the rows it links to but could not join, if any, to
compare. Rows follow the base version's sentence order, its headline
first; a row the base lacks comes after the row holding the nearest earlier sentence of a
version that carries it, or after the base's first row when there is none
(:func:`order_groups`). Inside a row every cell is word-diffed (:mod:`.worddiff`)
against the row's reference wording (the base's, else the first version's that has one) and
labelled (:mod:`.labels`).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass

from polyglot_news.comparison.claim_attach import attach_originals
from polyglot_news.comparison.claim_cells import (
    SURE,
    trim_extra_sentences,
    trim_unlinked_sentences,
)
from polyglot_news.comparison.claim_consensus import FLOOR, QUORUM, attach_by_consensus
from polyglot_news.comparison.claim_draft import Draft
from polyglot_news.comparison.claim_groups import (
    APART,
    COHESION,
    COHESION_MEANING,
    MAX_CELL,
    Agreement,
    cell_agreement,
    group_name,
    group_sentences,
)
from polyglot_news.comparison.claim_order import order_groups
from polyglot_news.comparison.claim_rows import (
    MERGE,
    MUTUAL,
    merge_related_rows,
    relate_mutual_matches,
)
from polyglot_news.comparison.labels import LABELS, label_diff
from polyglot_news.comparison.model import Claim, ClaimCell, unique_sentences
from polyglot_news.comparison.version_links import PairLinks, hub_version
from polyglot_news.comparison.worddiff import Diff, is_unchanged, word_diff

__all__ = [
    "APART",
    "COHESION",
    "COHESION_MEANING",
    "FLOOR",
    "MAX_CELL",
    "MERGE",
    "MUTUAL",
    "QUORUM",
    "SURE",
    "attach_originals",
    "build_claims",
    "cell_agreement",
    "group_sentences",
    "order_groups",
    "unique_sentences",
]

KnownDiffs = Mapping[tuple[str, str], tuple[Diff, tuple[str, ...]]]
"""Word diff and labels of ``(a, b)`` wordings, made already with the same settings."""


@dataclass(frozen=True)
class _Wording:
    """How to diff and label the cells of a row (the comparison's settings)."""

    language: str
    normaliser: Callable[[str], str] | None
    semantic: bool
    strict_entities: bool
    known: KnownDiffs


def build_claims(
    ids: Sequence[str],
    sentences: Sequence[Sequence[str]],
    links: PairLinks,
    *,
    base: int = 0,
    language: str = "en",
    entity_normaliser: Callable[[str], str] | None = None,
    semantic: bool = True,
    strict_entities: bool = False,
    max_cell: int = MAX_CELL,
    known_diffs: KnownDiffs | None = None,
    keys: Sequence[Sequence[str]] | None = None,
    agreement: Agreement | None = None,
    cohesion: float = COHESION,
    quorum: float = QUORUM,
    floor: float = FLOOR,
    mutual: float = MUTUAL,
    merge: float = MERGE,
    apart: int = APART,
    trim: bool = True,
    sure: float = SURE,
    headlines: Collection[int] = (),
    hub: int | None = None,
    later: PairLinks | None = None,
    kinds_of: KindsOf | None = None,
) -> tuple[Claim, ...]:
    """Group linked sentences of N versions into claims, in reading order (see module).

    Args:
        ids: the version ids, in input order (the table's columns).
        sentences: each version's pivot-language sentences (the links index into them).
        links: the links of pairs of versions, keyed ``(i, j)`` (see :data:`PairLinks`).
        base: index of the base version (its order orders the rows; its wording is the
            reference of every row it has a cell in).
        language, entity_normaliser, semantic, strict_entities: as for the word diffs and
            labels of changes (:func:`.labels.label_diff`, :func:`.worddiff.word_diff`).
        max_cell: most consecutive sentences one version may have in one claim.
        apart: no join puts two groups in one row when this many versions have a cell in
            both: they tell the two facts apart (:data:`.claim_groups.APART`; 0 turns it off).
        known_diffs: word diffs and labels already made with these settings for
            ``(reference wording, other wording)`` pairs (the pair comparisons' changes), so
            they are not made twice.
        keys, agreement, cohesion: each sentence's key (by version), how two cells agree
            given their wordings (0-1, e.g. :func:`cell_agreement`), and the least mean
            agreement for a join (:func:`.claim_groups.group_sentences`); without ``keys``
            and ``agreement`` every link that keeps cells short runs joins its rows.
        quorum, floor: with ``keys`` and ``agreement``, a sentence left alone joins its own
            version's neighbour's row by the other versions' consensus
            (:func:`.claim_consensus.attach_by_consensus`; ``quorum`` above 1 turns it off).
        merge, mutual: with ``keys`` and ``agreement``, related rows that share no version
            join when all their cells are mutual best matches agreeing ``merge`` on average
            (:func:`.claim_rows.merge_related_rows`), and a lone sentence is related to its
            mutual best match agreeing at least ``mutual``
            (:func:`.claim_rows.relate_mutual_matches`); above 1 turns either off.
        trim, sure: a cell's sentence at either end leaves its row for a row of its own when
            (``trim``, with ``keys`` and ``agreement``) it is linked to no other cell of the
            row and its cell agrees with them less with it than without it, or when another
            version of the row is linked to the rest of the cell by a ``same``/``reworded``
            link of at least ``sure`` and links it to none of its cell
            (:mod:`.claim_cells`); ``sure`` above 1 turns that off.
        headlines: the versions whose sentence 0 is a headline: related rows made only of
            such headlines join (:func:`.claim_rows.merge_related_rows`).
        hub: the version the links were made around (default :func:`.version_links.hub_version`).
        later: more links (e.g. those the pair comparisons show,
            :func:`.pivot_links.story_pivots`), taken after all of ``links``, every join
            checked (:func:`.claim_groups.group_sentences`).
        kinds_of: the story's kind decision (:meth:`.link_kinds.LinkKinds.kinds`), asked
            once for every cell whose sentences and the reference cell's the links cover, so
            a cell and the pair comparison's link of the same sentences are of one kind;
            default: the kind of the cell's strongest link.

    Returns:
        The claims; every sentence of every version is in exactly one.

    Raises:
        ValueError: when ``ids`` and ``sentences`` differ in length, or ``base`` is out of range.
    """
    if len(ids) != len(sentences):
        raise ValueError(f"build_claims: {len(ids)} ids for {len(sentences)} sentence lists")
    if ids and not 0 <= base < len(ids):
        raise ValueError(f"build_claims: base={base} is not an index of the {len(ids)} versions")
    groups, related = group_sentences(
        [len(s) for s in sentences],
        links,
        max_cell=max_cell,
        keys=keys,
        agreement=agreement,
        cohesion=cohesion,
        apart=apart,
        base=hub_version(sentences) if hub is None else hub,
        later=later,
    )
    if keys is not None and agreement is not None:
        draft = Draft(groups, related, keys, agreement)
        if quorum <= 1.0:
            draft = attach_by_consensus(draft, max_cell=max_cell, quorum=quorum, floor=floor)
        # rows a refused link relates join where all their cells are mutual best matches;
        # then a lone sentence is related to its mutual best match (never joined by it)
        if merge <= 1.0:
            draft = merge_related_rows(draft, least=merge, headlines=headlines)
        # a cell holds one fact: a sentence placed by consensus that tells none of the row's,
        # or one a near-copy pair leaves out, is a row of its own (claim_cells)
        groups, related = draft.groups, dict(draft.related)
        if trim:
            groups, related = trim_unlinked_sentences(
                groups, related, (links, later or {}), keys, agreement
            )
    if sure <= 1.0:
        groups, related = trim_extra_sentences(groups, related, (links, later or {}), sure=sure)
    if keys is not None and agreement is not None and mutual <= 1.0:
        draft = relate_mutual_matches(Draft(groups, related, keys, agreement), least=mutual)
        groups, related = draft.groups, dict(draft.related)
    order = order_groups(groups, len(ids), base)
    row_of = {group_name(groups[g]): row for row, g in enumerate(order)}
    wording = _Wording(language, entity_normaliser, semantic, strict_entities, known_diffs or {})
    direct = _direct_links(links, {_reference(groups[g], base) for g in order})
    kinds = _Kinds(direct, _decided([groups[g] for g in order], base, direct, kinds_of))
    claims = []
    for g in order:
        cells = groups[g]
        rows = sorted(row_of[n] for n in related.get(group_name(cells), ()))
        claims.append(_claim(ids, sentences, cells, base, kinds, wording, tuple(rows)))
    return tuple(claims)


_Direct = Mapping[tuple[int, int, int], list[tuple[float, str, frozenset[int]]]]
"""Links by (version i, version j, sentence of i): (score, kind, the sentences of j)."""
_Sides = tuple[tuple[int, tuple[int, ...]], tuple[int, tuple[int, ...]]]
"""A link's two sides: ``((version x, its sentences), (version y, its sentences))``."""
KindsOf = Callable[[Sequence[_Sides]], list[str]]
"""The kind of each link asked, in one call."""


@dataclass(frozen=True)
class _Kinds:
    """The direct links of the reference versions and the kinds decided for the covered
    cells (keyed by the reference cell's sides and the cell's)."""

    direct: _Direct
    decided: Mapping[_Sides, str]


def _cell_links(
    direct: _Direct, ref: int, mine: Sequence[int], v: int, theirs: Sequence[int]
) -> list[tuple[float, str, int, frozenset[int]]]:
    """The direct links (score, kind, reference sentence, v's sentences) of the reference
    cell ``mine`` of version ``ref`` with the cell ``theirs`` of version v."""
    return [
        (score, kind, k, ends)
        for k in mine
        for score, kind, ends in direct.get((ref, v, k), ())
        if not ends.isdisjoint(theirs)
    ]


def _decided(
    groups: Sequence[Mapping[int, tuple[int, ...]]],
    base: int,
    direct: _Direct,
    kinds_of: KindsOf | None,
) -> dict[_Sides, str]:
    """The kinds of every cell of ``groups`` that its links cover with its reference cell,
    asked of ``kinds_of`` in one call (empty without it)."""
    if kinds_of is None:
        return {}
    asked: list[_Sides] = []
    for cells in groups:
        ref = _reference(cells, base)
        for v, ks in cells.items():
            found = _cell_links(direct, ref, cells[ref], v, ks) if v != ref else []
            if found and _covered(found, cells[ref], ks):
                asked.append(((ref, tuple(cells[ref])), (v, tuple(ks))))
    asked = list(dict.fromkeys(asked))
    return dict(zip(asked, kinds_of(asked), strict=True)) if asked else {}


def _direct_links(links: PairLinks, references: set[int]) -> _Direct:
    """The links of the pairs that hold a reference version, indexed from both ends."""
    out: dict[tuple[int, int, int], list[tuple[float, str, frozenset[int]]]] = defaultdict(list)
    for (i, j), pair in links.items():
        if i not in references and j not in references:
            continue
        for link in pair:
            score, ends_a, ends_b = float(link.score), frozenset(link.a), frozenset(link.b)
            for k in link.a:
                out[(i, j, k)].append((score, link.kind, ends_b))
            for k in link.b:
                out[(j, i, k)].append((score, link.kind, ends_a))
    return out


def _reference(cells: Mapping[int, tuple[int, ...]], base: int) -> int:
    """The version whose wording a row's other cells are diffed against."""
    return base if base in cells else min(cells)


def _claim(
    ids: Sequence[str],
    sentences: Sequence[Sequence[str]],
    cells: Mapping[int, tuple[int, ...]],
    base: int,
    kinds: _Kinds,
    wording: _Wording,
    related: tuple[int, ...],
) -> Claim:
    """One row: the reference cell, and every other cell diffed and labelled against it."""
    ref = _reference(cells, base)
    ref_text = " ".join(sentences[ref][k] for k in cells[ref])
    seen: dict[str, tuple[Diff, tuple[str, ...], bool]] = {}
    out = []
    for v, ks in cells.items():
        text = " ".join(sentences[v][k] for k in ks)
        if v == ref:
            out.append(ClaimCell(ids[v], ks, text, kind="reference", score=1.0))
            continue
        found = _cell_links(kinds.direct, ref, cells[ref], v, ks)
        best = max(found) if found else None
        score, kind = (best[0], best[1]) if best else (None, "reworded")
        if found and not _covered(found, cells[ref], ks):
            # a whole sentence of one side is in no link to the other: the cell adds or drops
            # it, and no link measured the two cells whole
            score, kind = None, "partial"
        elif found:
            kind = kinds.decided.get(((ref, tuple(cells[ref])), (v, tuple(ks))), kind)
        if text not in seen:
            seen[text] = _wording_diff(ref_text, text, wording)
        diff, labels, same = seen[text]
        out.append(ClaimCell(ids[v], ks, text, "", "same" if same else kind, score, diff, labels))
    found_labels = {label for cell in out for label in cell.labels}
    return Claim(
        reference=ids[ref],
        cells=tuple(out),
        labels=tuple(label for label in LABELS if label in found_labels),
        related=related,
    )


def _covered(
    found: Sequence[tuple[float, str, int, frozenset[int]]],
    mine: Sequence[int],
    theirs: Sequence[int],
) -> bool:
    """Whether the direct links ``found`` (score, kind, reference sentence, other sentences)
    touch every sentence of the reference cell ``mine`` and of the other cell ``theirs``."""
    return set(mine) <= {k for *_, k, _ in found} and set(theirs) <= set().union(
        *(other for *_, other in found)
    )


def _wording_diff(
    reference: str, text: str, wording: _Wording
) -> tuple[Diff, tuple[str, ...], bool]:
    """Word diff reference -> text, its labels, and whether the wording is the same."""
    known = wording.known.get((reference, text))
    diff = known[0] if known else word_diff(reference, text, semantic=wording.semantic)
    if is_unchanged(diff):
        return diff, (), True
    if known and known[1]:  # labelled, so not only a renaming of entities
        return diff, known[1], False
    result = label_diff(
        diff,
        language=wording.language,
        entity_normaliser=wording.normaliser,
        strict_entities=wording.strict_entities,
    )
    return diff, result.labels, result.naming_only and not wording.strict_entities
