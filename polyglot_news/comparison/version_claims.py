"""The claims table of N versions: link every pair of versions, then group the links into
claims (:func:`claims_of`).

Each pair gets its own linker (:func:`_linkers`): the sentence encoder's evidence joins the
words only for versions that are not revisions of one text. Grouping is
:func:`.claims.build_claims`; which pairs are linked at all is
:func:`.version_links.link_versions`.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from functools import partial
from typing import NamedTuple

from polyglot_news.comparison.claims import (
    COHESION,
    COHESION_MEANING,
    KnownDiffs,
    build_claims,
    cell_agreement,
)
from polyglot_news.comparison.headlines import is_headline
from polyglot_news.comparison.link_kinds import LinkKinds
from polyglot_news.comparison.links import (
    LinkOptions,
    SentenceLink,
    TermWeights,
    is_revision,
    keys_are_revision,
    link_sentences,
    term_weights,
)
from polyglot_news.comparison.model import Claim
from polyglot_news.comparison.options import DiffOptions
from polyglot_news.comparison.pivot_links import story_pivots
from polyglot_news.comparison.semantic import SentenceEncoder
from polyglot_news.comparison.similarity import SentenceFeatures
from polyglot_news.comparison.version_links import Linker, hub_version, link_versions

__all__ = ["StoryKinds", "claims_of", "story_kinds"]


class StoryKinds(NamedTuple):
    """The links the pair comparisons show around no base (``shown``:
    :func:`.pivot_links.story_pivots`; ``None`` when every version is a revision of the hub
    or there is no encoder) and the story's one kind decision read from them (``kinds``:
    :class:`.link_kinds.LinkKinds`), which the claims table and the pair comparisons share."""

    shown: dict[tuple[int, int], list[SentenceLink]] | None
    kinds: LinkKinds


def story_kinds(
    features: Sequence[Sequence[SentenceFeatures]],
    *,
    options: DiffOptions | None = None,
    weights: TermWeights | None = None,
    base_links: Mapping[tuple[int, int], Sequence[SentenceLink]] | None = None,
) -> StoryKinds:
    """The :class:`StoryKinds` of versions given as sentence features: with the encoder and
    some version that is no revision of the hub (:func:`.version_links.hub_version`), the
    links of :func:`.pivot_links.story_pivots` (``base_links``, keyed ``(base, k)``, used as
    given) and the kind model over their fan-outs; else the coverage rule alone."""
    options = options or DiffOptions()
    weights = weights if weights is not None else term_weights(features)
    link_options, encoder = options.link_options(), options.sentence_encoder()
    hub = hub_version([[f.text for f in sentences] for sentences in features])
    meaning = encoder is not None and any(
        not is_revision(features[hub], features[k], link_options)
        for k in range(len(features))
        if k != hub
    )
    if not meaning:
        return StoryKinds(None, LinkKinds(features, weights, link_options))
    shown = story_pivots(features, weights=weights, options=link_options, encoder=encoder,
                         known=base_links)  # fmt: skip
    return StoryKinds(shown, LinkKinds(features, weights, link_options, shown, shown))


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
    story: StoryKinds | None = None,
) -> tuple[Claim, ...]:
    """The claims table of versions given as sentence features (see :mod:`.claims`).

    Links every pair of versions with :func:`.links.link_sentences` (term rarity measured
    over all the versions, ``options.align_threshold`` as the least link score, moves as
    ``options.moves``; :func:`.version_links.link_versions` skips what grouping does not
    need), then groups the links into claims, each join cohesive in the sentences' term
    agreement (:mod:`.claim_groups`). ``weights`` (default: computed from
    ``features``) and ``base_links`` (the links of the base with other versions, keyed
    ``(base, k)``) and ``known_diffs`` (see :func:`.claims.build_claims`) may be given when
    the caller made them already. The links are made around the *hub*
    (:func:`.version_links.hub_version`), not the base, so the rows and the sentences
    listed as only in one version are the same whichever version is the base; the base
    orders the rows and gives each row's reference wording.
    When some version is no revision of the hub, the links the pair comparisons
    show (:func:`.pivot_links.story_pivots`: own links and links through third versions of
    every such pair, around no base) are taken after those (``later`` of
    :func:`.claims.build_claims`), so a sentence a pair comparison links is never listed as
    only in one version. Every cell's kind is the story's one decision (``story``, default
    :func:`story_kinds`), which the caller passes its pair comparisons too.
    """
    options = options or DiffOptions()
    weights = weights if weights is not None else term_weights(features)
    link_options, encoder = options.link_options(), options.sentence_encoder()
    linkers = _linkers(features, weights, link_options, encoder)
    texts = [[f.text for f in sentences] for sentences in features]
    hub = hub_version(texts)  # not the base: the table must not depend on it
    # what the pair comparisons link (own links and through third versions, around no base)
    # joins rows after the claims' own links, under the same cohesion rule, or relates them;
    # the cells take their kinds from the one decision the pair comparisons take theirs from
    story = story or story_kinds(features, options=options, weights=weights, base_links=base_links)
    meaning = story.shown is not None  # cells agree by the evidence that linked them
    links = link_versions(
        features, linkers(hub, hub), base=base, known=base_links, for_pair=linkers, hub=hub
    )
    return build_claims(
        ids,
        texts,
        links,
        base=base,
        hub=hub,
        language=language,
        entity_normaliser=entity_normaliser,
        semantic=options.semantic,
        strict_entities=options.strict_entities,
        known_diffs=known_diffs,
        keys=[[f.key for f in sentences] for sentences in features],
        agreement=cell_agreement(features, weights, link_options, encoder if meaning else None),
        cohesion=COHESION_MEANING if meaning else COHESION,
        later=story.shown,
        kinds_of=story.kinds.kinds,
        headlines=[v for v, sentences in enumerate(features) if is_headline(sentences, 0)],
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
