"""Compare N versions of a story (already in the pivot language): changes, matrix, claims.

:func:`compare_texts` splits every version into sentences and computes their features once
(:mod:`polyglot_news.comparison.similarity`), then

* compares every version with the base: sentence links with minimal moves
  (:mod:`polyglot_news.comparison.links`), a word diff of each reworded, partial or moved
  link (:mod:`.worddiff`) and its labels (:mod:`.labels`), giving
  :class:`~polyglot_news.comparison.model.Change` records in order of the other version
  (:mod:`.changes`);
* fills the similarity matrix of all pairs with the cheap document similarity (one set
  intersection per pair, no alignment), so its cost grows with the number of pairs;
* links the sentences of every pair of versions (:func:`.links.link_sentences`) and groups
  the links into claims, one row per fact across all versions (:mod:`.claims`); the sentences
  only one version carries are the claims of one sentence that links to nothing.

:func:`apply_changes` replays a comparison's changes on a's sentences and gives b's sentences
back: the invariant the property tests check.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import partial
from itertools import accumulate

from polyglot_news.comparison.changes import labeller, pair_changes
from polyglot_news.comparison.claims import (
    COHESION,
    COHESION_MEANING,
    KnownDiffs,
    build_claims,
    cell_agreement,
)
from polyglot_news.comparison.links import (
    LINKS_VERSION,
    LinkOptions,
    SentenceLink,
    TermWeights,
    is_revision,
    keys_are_revision,
    link_sentences,
    term_weights,
)
from polyglot_news.comparison.model import Change, Claim, PairComparison
from polyglot_news.comparison.semantic import SentenceEncoder, default_encoder, encoder_name
from polyglot_news.comparison.similarity import (
    SentenceFeatures,
    document_features,
    document_similarity,
    sentence_features,
)
from polyglot_news.comparison.version_links import Linker, link_versions

__all__ = [
    "DiffOptions",
    "Splitter",
    "apply_changes",
    "central_version",
    "compare_sentences",
    "compare_texts",
    "paragraph_ranges",
    "similarity_matrix",
    "split_text",
]

Splitter = Callable[[str, str | None], list[str]]
"""A sentence splitter: ``(text, language) -> sentences`` (default: ``segment.split_sentences``)."""


@dataclass(frozen=True)
class DiffOptions:
    """Alignment and diff settings; :meth:`describe` gives the signature's ``diff`` field.

    ``align_threshold``: least link score (weighted Dice of the sentences' terms, see
    :mod:`polyglot_news.comparison.links`) for two sentences to report one fact;
    ``move_threshold``: least score for a link that crosses the in-order links (a move;
    default :class:`LinkOptions`' ``move``, never below the alignment threshold);
    ``semantic``: diff-match-patch semantic cleanup of word diffs; ``moves``: detect moves
    (otherwise a moved sentence is a deletion and an insertion); ``strict_entities``: report
    different names of one glossary entity as changes; ``encoder``: add the sentence
    encoder's evidence to the words when linking versions that are not revisions of one text
    (:mod:`polyglot_news.comparison.semantic`; False, or an encoder that cannot load, links
    on words only, and :meth:`describe` says ``encoder=none``).
    """

    align_threshold: float = LinkOptions.threshold
    move_threshold: float | None = None
    semantic: bool = True
    moves: bool = True
    strict_entities: bool = False
    encoder: bool = True

    def __post_init__(self) -> None:
        for name in ("align_threshold", "move_threshold"):
            value = getattr(self, name)
            if value is not None and not 0.0 < value <= 1.0:
                raise ValueError(f"DiffOptions.{name}={value}: use a number in (0, 1]")

    def describe(self) -> str:
        """Settings as one string, e.g.
        ``dmp-words|semantic|links=6|align=0.36|moves=0.3|encoder=all-MiniLM-L6-v2-ct2-int8``."""
        parts = ["dmp-words", "semantic" if self.semantic else "raw"]
        parts.append(f"links={LINKS_VERSION}")
        parts.append(f"align={self.align_threshold:g}")
        link = self.link_options()
        parts.append(f"moves={link.move:g}" if self.moves else "no-moves")
        if self.strict_entities:
            parts.append("strict-entities")
        parts.append(f"encoder={encoder_name(self.encoder)}")
        return "|".join(parts)

    def sentence_encoder(self) -> SentenceEncoder | None:
        """The encoder these settings link with (``None``: words only)."""
        return default_encoder() if self.encoder else None

    def link_options(self) -> LinkOptions:
        """The aligner's options these settings stand for."""
        move = LinkOptions.move if self.move_threshold is None else self.move_threshold
        return replace(
            LinkOptions(),
            threshold=self.align_threshold,
            move=max(move, self.align_threshold),
            moves=self.moves,
        )


def split_text(
    text: str, language: str | None = None, splitter: Splitter | None = None
) -> list[str]:
    """Split a version into sentences with ``splitter`` or the project's segmenter."""
    if splitter is None:
        from polyglot_news.segment import split_sentences

        splitter = split_sentences
    return [s.strip() for s in splitter(text, language) if s.strip()]


def paragraph_ranges(text: str, sentences: Sequence[str]) -> tuple[tuple[int, int], ...]:
    """Group ``sentences`` (split from ``text``, in order) by the paragraph of ``text`` they are in.

    Paragraphs are those of :func:`polyglot_news.segment.paragraph_spans`. Returns half-open
    ``(first, end)`` ranges of sentence indices, in order, covering every sentence once; a
    sentence a splitter rewrote (so it is not found in ``text``) stays in the paragraph of the
    sentence before it.
    """
    from polyglot_news.segment import split_paragraphs

    # Sentences come with soft line breaks read as spaces, so look for them in the paragraphs
    # read the same way.
    paragraphs = split_paragraphs(text)
    text = "\n\n".join(paragraphs)
    ends = list(accumulate(len(p) + 2 for p in paragraphs))
    ranges: list[tuple[int, int]] = []
    first, paragraph, cursor = 0, 0, 0
    for index, sentence in enumerate(sentences):
        found = text.find(sentence, cursor)
        if found < 0:
            continue
        cursor = found + len(sentence)
        while paragraph < len(ends) - 1 and found >= ends[paragraph]:
            paragraph += 1
            if index > first:
                ranges.append((first, index))
                first = index
    if len(sentences) > first:
        ranges.append((first, len(sentences)))
    return tuple(ranges)


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
) -> tuple[tuple[PairComparison, ...], tuple[tuple[float, ...], ...], tuple[Claim, ...]]:
    """Compare versions already split into sentences, given as ``(version_id, sentences)``.

    Args:
        versions: the versions, each ``(id, its pivot-language sentences)``; ids must be unique.
            Every index in the result points into these sentence lists.
        language: the pivot language (chooses the label word lists).
        base: index in ``versions`` of the version every other one is compared with; None:
            the :func:`central_version` of the similarity matrix (the comparisons' ``a``
            names it).
        options: alignment and diff settings (default :class:`DiffOptions()`).
        entity_normaliser: maps a text's glossary surface forms to one stable form each, so
            two names of one entity are not a change (unless ``options.strict_entities``).

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
    base = central_version(matrix) if base is None else base
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
    comparisons = tuple(
        pair_changes(
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
            links=base_links[(base, k)],
        )
        for k in range(len(versions))
        if k != base
    )
    edits = {  # the word diffs of the base comparisons, not made again for the claims
        (c.a_text, c.b_text): (c.diff, c.labels)
        for pair in comparisons
        for c in pair.changes
        if c.kind in ("reworded", "partial", "move")
    }
    claims = claims_of(ids, features, base=base, language=language, options=options,
                       entity_normaliser=entity_normaliser, weights=weights,
                       base_links=base_links, known_diffs=edits)  # fmt: skip
    return comparisons, matrix, claims


def claims_of(
    ids: Sequence[str],
    features: Sequence[Sequence[SentenceFeatures]],
    *,
    base: int = 0,
    language: str = "en",
    options: DiffOptions | None = None,
    entity_normaliser: Callable[[str], str] | None = None,
    weights: TermWeights | None = None,
    base_links: Mapping[tuple[int, int], Sequence[SentenceLink]] | None = None,
    known_diffs: KnownDiffs | None = None,
) -> tuple[Claim, ...]:
    """The claims table of versions given as sentence features (see :mod:`.claims`).

    Links every pair of versions with :func:`.links.link_sentences` (term rarity measured
    over all the versions, ``options.align_threshold`` as the least link score, moves as
    ``options.moves``; :func:`.version_links.link_versions` skips what grouping does not
    need), then groups the links into claims, each join cohesive in the sentences' term
    agreement (:mod:`.claim_groups`). ``weights`` (default: computed from
    ``features``) and ``base_links`` (the links of the base with other versions, keyed
    ``(base, k)``) and ``known_diffs`` (see :func:`.claims.build_claims`) may be given when
    the caller made them already.
    """
    options = options or DiffOptions()
    weights = weights if weights is not None else term_weights(features)
    link_options, encoder = options.link_options(), options.sentence_encoder()
    linkers = _linkers(features, weights, link_options, encoder)
    # cells agree by the evidence that linked them: meaning too when some version is no revision
    meaning = encoder is not None and any(
        not is_revision(features[base], features[k], link_options)
        for k in range(len(features))
        if k != base
    )
    return build_claims(
        ids,
        [[f.text for f in sentences] for sentences in features],
        link_versions(features, linkers(base, base), base=base, known=base_links, for_pair=linkers),
        base=base,
        language=language,
        entity_normaliser=entity_normaliser,
        semantic=options.semantic,
        strict_entities=options.strict_entities,
        known_diffs=known_diffs,
        keys=[[f.key for f in sentences] for sentences in features],
        agreement=cell_agreement(features, weights, link_options, encoder if meaning else None),
        cohesion=COHESION_MEANING if meaning else COHESION,
    )


def _linkers(
    features: Sequence[Sequence[SentenceFeatures]],
    weights: TermWeights,
    options: LinkOptions,
    encoder: SentenceEncoder | None,
) -> Callable[[int, int], Linker]:
    """The linker of each pair of versions for :func:`.version_links.link_versions`:
    :func:`.links.link_sentences`, given the encoder only when the two versions are not
    revisions of one text (as :func:`.links.is_revision` decides, once per pair)."""
    plain = partial(link_sentences, weights=weights, options=options)
    if encoder is None:
        return lambda i, j: plain
    with_encoder = partial(plain, encoder=encoder)
    keys = [Counter(f.key for f in sentences) for sentences in features]
    chosen: dict[tuple[int, int], Linker] = {}

    def for_pair(i: int, j: int) -> Linker:
        if (i, j) not in chosen:
            n_i, n_j = len(features[i]), len(features[j])
            revision = i == j or keys_are_revision(keys[i], keys[j], n_i, n_j, options)
            chosen[i, j] = plain if revision else with_encoder
        return chosen[i, j]

    return for_pair


def similarity_matrix(
    features: Sequence[Sequence[SentenceFeatures]],
) -> tuple[tuple[float, ...], ...]:
    """Document similarity of every pair of versions (symmetric, 1.0 on the diagonal)."""
    docs = [document_features(f) for f in features]
    n = len(docs)
    rows = [[1.0] * n for _ in range(n)]
    for i in range(n):
        for j in range(i + 1, n):
            rows[i][j] = rows[j][i] = document_similarity(docs[i], docs[j])
    return tuple(tuple(row) for row in rows)


def central_version(matrix: Sequence[Sequence[float]]) -> int:
    """The index of the version most similar to all the others: the highest mean of its row of
    the similarity matrix without the diagonal (the medoid); ties go to the first.

    The default base of a comparison: on the 12 gold stories of ``benchmarks/data/alignment``
    it is the version sharing the most facts with the others in 9 (the first by name in 1),
    for a mean gold coverage of 0.711 against 0.522 (``benchmarks/default_base.py``).
    """
    means = [sum(row) - row[i] for i, row in enumerate(matrix)]
    return max(range(len(means)), key=lambda i: (means[i], -i)) if means else 0


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
