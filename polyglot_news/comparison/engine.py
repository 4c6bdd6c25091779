"""Compare N versions of a story (already in the pivot language): changes, matrix, claims.

:func:`compare_texts` splits every version into sentences (:mod:`.sentences`) and
:func:`compare_sentences` computes their features once (:mod:`.similarity`), then

* fills the similarity matrix of all pairs with the cheap document similarity (one set
  intersection per pair, no alignment, :mod:`.matrix`) and, unless told, takes the version most
  like all the others as the base;
* compares every version with the base: sentence links with minimal moves (:mod:`.links`;
  across outlets also links through third versions, :mod:`.pivot_links`), a
  word diff of each reworded, partial or moved link (:mod:`.worddiff`) and its labels
  (:mod:`.labels`), giving :class:`~polyglot_news.comparison.model.Change` records in order of
  the other version (:mod:`.changes`);
* links the sentences of every pair of versions and groups the links into claims, one row per
  fact across all versions (:mod:`.version_claims`, :mod:`.claims`); the sentences only one
  version carries are the claims of one sentence that links to nothing;
* groups a long sentence covering two short ones in the pair comparisons as the claims table
  groups it (:mod:`.claim_pairs`: the table decides; a pair whose links change is laid out
  again).

The settings are :class:`DiffOptions` (:mod:`.options`); :func:`apply_changes`
(:mod:`.replay`) replays a comparison's changes on a's sentences and gives b's sentences back,
the invariant the property tests check. Those names are importable from here as before.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence

from polyglot_news.comparison.changes import labeller, pair_changes
from polyglot_news.comparison.claim_pairs import agree_with_claims, claim_rows
from polyglot_news.comparison.links import SentenceLink, link_sentences, term_weights
from polyglot_news.comparison.matrix import central_version, covering_version, similarity_matrix
from polyglot_news.comparison.memo import remembering
from polyglot_news.comparison.model import Claim, PairComparison
from polyglot_news.comparison.options import DiffOptions
from polyglot_news.comparison.pivot_links import base_links_pivoted
from polyglot_news.comparison.replay import apply_changes
from polyglot_news.comparison.sentences import Splitter, paragraph_ranges, split_text
from polyglot_news.comparison.similarity import SentenceFeatures, sentence_features

# claims_of is looked up here at each call, so benchmarks/compare_speed.py can time it; _linkers
# stays importable for tests/comparison/test_claims_regression.py
from polyglot_news.comparison.version_claims import _linkers as _linkers
from polyglot_news.comparison.version_claims import claims_of, story_kinds

__all__ = [
    "DiffOptions",
    "Splitter",
    "apply_changes",
    "central_version",
    "covering_version",
    "claims_of",
    "compare_sentences",
    "compare_texts",
    "paragraph_ranges",
    "similarity_matrix",
    "split_text",
]


def compare_texts(
    texts: Sequence[tuple[str, str]],
    *,
    language: str = "en",
    base: int = 0,
    options: DiffOptions | None = None,
    entity_normaliser: Callable[[str], str] | None = None,
    splitter: Splitter | None = None,
) -> tuple[tuple[PairComparison, ...], tuple[tuple[float, ...], ...], tuple[Claim, ...]]:
    """Compare versions given as ``(version_id, pivot text)``.

    Splits each text with :func:`split_text` and calls :func:`compare_sentences`.

    Args:
        texts: the versions, each ``(id, text in the pivot language)``; ids must be unique.
        language: the pivot language (chooses the label word lists and the splitter rules).
        base: index in ``texts`` of the version every other one is compared with.
        options: alignment and diff settings (default :class:`DiffOptions()`).
        entity_normaliser: maps a text's glossary surface forms to one stable form each, so
            two names of one entity are not a change (unless ``options.strict_entities``).
        splitter: sentence splitter (default ``polyglot_news.segment.split_sentences``).

    Returns:
        ``(comparisons, matrix, claims)`` as :func:`compare_sentences` returns them.

    Raises:
        ValueError: when ``base`` is out of range or two versions share an id.
    """
    return compare_sentences(
        [(version_id, split_text(text, language, splitter)) for version_id, text in texts],
        language=language,
        base=base,
        options=options,
        entity_normaliser=entity_normaliser,
    )


def compare_sentences(
    versions: Sequence[tuple[str, Sequence[str]]],
    *,
    language: str = "en",
    base: int | None = 0,
    options: DiffOptions | None = None,
    entity_normaliser: Callable[[str], str] | None = None,
    base_among: Sequence[int] | None = None,
    base_prefer: Sequence[int] = (),
) -> tuple[tuple[PairComparison, ...], tuple[tuple[float, ...], ...], tuple[Claim, ...]]:
    """Compare versions already split into sentences, given as ``(version_id, sentences)``.

    Args:
        versions: the versions, each ``(id, its pivot-language sentences)``; ids must be unique.
            Every index in the result points into these sentence lists.
        language: the pivot language (chooses the label word lists).
        base: index in ``versions`` of the version every other one is compared with; None:
            the :func:`covering_version`, the one covering most of the others' sentences
            (the comparisons' ``a`` names it).
        options: alignment and diff settings (default :class:`DiffOptions()`).
        entity_normaliser: maps a text's glossary surface forms to one stable form each, so
            two names of one entity are not a change (unless ``options.strict_entities``).
        base_among: with ``base`` None, the indices the base is chosen from (the
            versions whose translation is not flagged as unreliable); None: any.
        base_prefer: with ``base`` None, the indices that win a tie of coverage (the
            versions not translated).

    Returns:
        ``(comparisons, matrix, claims)``: one :class:`PairComparison` per non-base version
        (in input order), the symmetric similarity matrix (0-1) of all versions (1.0 on the
        diagonal), and the claims table (:class:`Claim` rows in reading order; every
        sentence of every version in exactly one, see :mod:`.claims`). The sentences no
        other version carries are :func:`.claims.unique_sentences` of the claims.

    Raises:
        ValueError: when ``base`` is out of range or two versions share an id.
    """
    options = options or DiffOptions()
    ids = [version_id for version_id, _ in versions]
    if len(set(ids)) != len(ids):
        raise ValueError(f"compare_texts: version ids must be unique, got {ids}")
    if versions and base is not None and not 0 <= base < len(versions):
        raise ValueError(f"compare_texts: base={base} is not an index of the {len(versions)} texts")
    with remembering():  # word diffs and labels made once in this comparison (.memo)
        return _compare(
            versions, language, base, options, entity_normaliser, (base_among, base_prefer)
        )


def _compare(
    versions: Sequence[tuple[str, Sequence[str]]],
    language: str,
    base: int | None,
    options: DiffOptions,
    entity_normaliser: Callable[[str], str] | None,
    base_pool: tuple[Sequence[int] | None, Sequence[int]],
) -> tuple[tuple[PairComparison, ...], tuple[tuple[float, ...], ...], tuple[Claim, ...]]:
    """:func:`compare_sentences` of checked arguments (``base_pool``: its ``base_among`` and
    ``base_prefer``)."""
    ids = [version_id for version_id, _ in versions]
    made: dict[str, SentenceFeatures] = {}  # a sentence repeated across versions: featured once
    features = [
        [
            made.get(s)
            or made.setdefault(s, sentence_features(
                s, entity_normaliser, strict_entities=options.strict_entities, language=language
            ))
            for s in sentences
        ]
        for _, sentences in versions
    ]  # fmt: skip
    matrix = similarity_matrix(features)
    base = covering_version(features, *base_pool) if base is None else base
    weights = term_weights(features)
    label = labeller(language, entity_normaliser, options.strict_entities)
    link_options = options.link_options()
    encoder = options.sentence_encoder()
    base_links = {  # made once: the pair comparisons and the claims both need them
        (base, k): link_sentences(
            features[base], features[k], weights=weights, options=link_options, encoder=encoder
        )
        for k in range(len(versions))
        if k != base
    }
    # the pair comparisons also show links through third versions (pivot_links); the claims
    # group the pairs' own links, so the table stays the same whichever version is the base
    shown = base_links_pivoted(base, features, base_links, weights=weights,
                               options=link_options, encoder=encoder)  # fmt: skip

    # one kind decision for the story: the claims' cells and the pair sections' links
    story = story_kinds(features, options=options, weights=weights, base_links=base_links)
    shown = {(base, k): story.kinds.applied(found, base, k) for (_, k), found in shown.items()}

    def compare(k: int, links: Sequence[SentenceLink]) -> PairComparison:
        return pair_changes(
            ids[base],
            ids[k],
            features[base],
            features[k],
            matrix[base][k],
            label=label,
            weights=weights,
            link_options=link_options,
            semantic=options.semantic,
            strict_entities=options.strict_entities,
            links=links,
        )

    comparisons = tuple(compare(k, shown[(base, k)]) for k in range(len(versions)) if k != base)
    edits = {  # the word diffs of the base comparisons, not made again for the claims
        (c.a_text, c.b_text): (c.diff, c.labels)
        for pair in comparisons
        for c in pair.changes
        if c.kind in ("reworded", "partial", "move")
    }
    claims = claims_of(ids, features, base=base, language=language, options=options,
                       entity_normaliser=entity_normaliser, weights=weights,
                       base_links=base_links, known_diffs=edits, story=story)  # fmt: skip
    # a sentence split in two is grouped in the pair sections as in the table (claim_pairs)
    rows = _rows_by_version(claim_rows(claims, ids))
    others = [k for k in range(len(versions)) if k != base]
    for n, k in enumerate(others):
        links = shown[(base, k)]
        pair_rows = {**rows[base], **rows[k]}  # all agree_with_claims reads of the table
        agreed = agree_with_claims(links, base, k, pair_rows, (features[base], features[k]),
                                   weights=weights, options=link_options,
                                   kinds=story.kinds)  # fmt: skip
        if agreed != links:
            comparisons = (*comparisons[:n], compare(k, agreed), *comparisons[n + 1 :])
    return comparisons, matrix, claims


def _rows_by_version(rows: Mapping[tuple[int, int], int]) -> dict[int, dict[tuple[int, int], int]]:
    """The claims table's rows of each ``(version, sentence)``, by version (a pair comparison
    reads its two versions' only: N versions, not N times every sentence of all of them)."""
    out: dict[int, dict[tuple[int, int], int]] = defaultdict(dict)
    for node, row in rows.items():
        out[node[0]][node] = row
    return out
