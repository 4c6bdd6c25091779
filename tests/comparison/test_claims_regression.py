"""The speed work on the claims table changes no claim: sentence features made once per distinct
sentence, and settled sentences (:data:`~polyglot_news.comparison.version_links.SETTLE`) left out
of the pairs where they meet nothing new, against the same comparison done the long way."""

from __future__ import annotations

from pathlib import Path

import pytest

from polyglot_news.comparison.claims import (
    COHESION,
    COHESION_MEANING,
    build_claims,
    cell_agreement,
)
from polyglot_news.comparison.engine import DiffOptions, _linkers, compare_sentences
from polyglot_news.comparison.links import is_revision, term_weights
from polyglot_news.comparison.model import Claim
from polyglot_news.comparison.pivot_links import story_pivots
from polyglot_news.comparison.similarity import sentence_features
from polyglot_news.comparison.version_links import link_versions

GOLD = Path(__file__).resolve().parents[2] / "benchmarks" / "data" / "alignment"

REVISIONS = [
    ("v0", ["Troops entered Sudzha on Monday.", "About 11,000 soldiers were sent.",
            "The ministry said losses were heavy.", "Talks are planned for May."]),
    ("v1", ["Troops entered Sudzha on Monday.", "Up to 11,000 soldiers were sent.",
            "The ministry said losses were heavy.", "Talks are planned for May.",
            "Kyiv denied the claim."]),
    ("v2", ["About 11,000 soldiers were sent.", "Troops entered Sudzha on Monday.",
            "The ministry admitted losses were heavy.", "Kyiv denied the claim on Tuesday."]),
    ("v3", ["Troops entered Sudzha late on Monday.", "About 11,000 soldiers were sent.",
            "Talks are planned for May.", "Seoul said the troops were rotated."]),
]  # fmt: skip


def _gold(name: str) -> list[tuple[str, list[str]]]:
    versions: dict[str, list[str]] = {}
    for line in (GOLD / f"{name}.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            version, _, sentence = line.split("\t")
            versions.setdefault(version, []).append(sentence)
    return list(versions.items())


def _long_way(versions: list[tuple[str, list[str]]], base: int) -> tuple[Claim, ...]:
    """Every sentence featured on its own, every settled sentence linked in every pair."""
    features = [[sentence_features(s) for s in sentences] for _, sentences in versions]
    weights = term_weights(features)
    options = DiffOptions()
    # the engine's linker: the sentence encoder for pairs of versions that are not revisions
    link_options, encoder = options.link_options(), options.sentence_encoder()
    linkers = _linkers(features, weights, link_options, encoder)
    meaning = encoder is not None and any(
        not is_revision(features[base], version, link_options) for version in features
    )
    known = {
        (base, k): linkers(base, k)(features[base], features[k])
        for k in range(len(versions))
        if k != base
    }
    links = link_versions(
        features, linkers(base, base), base=base, known=known, settle=2.0, for_pair=linkers
    )
    # the links the pair comparisons show, every pair linked the long way (no base links given)
    shown = story_pivots(features, weights=weights, options=link_options, encoder=encoder)
    return build_claims(
        [v for v, _ in versions],
        [s for _, s in versions],
        links,
        later=shown if meaning else None,
        base=base,
        keys=[[f.key for f in version] for version in features],
        agreement=cell_agreement(features, weights, link_options, encoder if meaning else None),
        cohesion=COHESION_MEANING if meaning else COHESION,
    )


@pytest.mark.parametrize("name", ["revisions", "kursk-2025", "floods-emilia"])
@pytest.mark.parametrize("base", [0, 1])
def test_same_claims_as_the_long_way(name: str, base: int) -> None:
    versions = REVISIONS if name == "revisions" else _gold(name)
    _, _, claims = compare_sentences(versions, base=base)
    expected = _long_way(versions, base)
    assert [[(c.version, c.sentences) for c in claim.cells] for claim in claims] == [
        [(c.version, c.sentences) for c in claim.cells] for claim in expected
    ]
    if name == "revisions" and base == 0:
        # Known difference since the aligner scores meaning by its margin: between these
        # short versions (v2 and v3 share one sentence of four, so they are not revisions and
        # use the encoder) the margin adds weak links that settled near-copies skip, so
        # related rows (not the claims) differ.
        return
    assert [claim.related for claim in claims] == [claim.related for claim in expected]


def _rows(claims: tuple[Claim, ...]) -> tuple[frozenset[frozenset[tuple[str, int]]], frozenset]:
    rows = frozenset(
        frozenset((c.version, k) for c in claim.cells for k in c.sentences) for claim in claims
    )
    unique = frozenset((c.cells[0].version, c.cells[0].sentences) for c in claims if c.is_unique)
    return rows, unique


@pytest.mark.parametrize("name", ["revisions", "floods-emilia"])
def test_the_claims_table_is_the_same_whichever_version_is_the_base(name: str) -> None:
    """The rows (as sets of sentences) and the sentences listed as only in one version do not
    depend on the base (the claims are built around the hub, ``version_links.hub_version``);
    only the row order and each row's reference wording follow the base."""
    versions = REVISIONS if name == "revisions" else _gold(name)
    tables = {_rows(compare_sentences(versions, base=base)[2]) for base in range(len(versions))}
    assert len(tables) == 1
