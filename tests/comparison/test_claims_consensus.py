"""A sentence the pairwise links left alone joins a row by the consensus of the other versions
(:func:`polyglot_news.comparison.claim_consensus.attach_by_consensus`), and only then."""

from __future__ import annotations

import json
from dataclasses import replace
from importlib.resources import files
from pathlib import Path

import jsonschema
from _claim_links import L
from _claim_links import dice as _dice
from _sample import sample_comparison

from polyglot_news import compare
from polyglot_news.comparison.claim_consensus import QUORUM, attach_by_consensus
from polyglot_news.comparison.claim_draft import Draft
from polyglot_news.comparison.claim_groups import group_sentences
from polyglot_news.comparison.claims import build_claims, unique_sentences
from polyglot_news.comparison.engine import compare_sentences
from polyglot_news.report.html import render_html
from polyglot_news.report.json import render_json
from polyglot_news.report.markdown import render_markdown
from polyglot_news.report.terminal import render_terminal


def _sets(groups: list[dict[int, tuple[int, ...]]]) -> set[frozenset[tuple[int, int]]]:
    return {frozenset((v, k) for v, ks in g.items() for k in ks) for g in groups}


# Version 0 tells the liberation in two sentences (#1 "operation concluded", #2 "area
# liberated"); versions 1-3 in one, linked one-to-one to #2 only. #0 and #3 are v0's own.
TWO_SENTENCE_FACT = [
    ["statement released monday", "operation rout occupiers concluded successfully",
     "kursk area liberated april", "heroic soldiers honour mission"],
    ["gerasimov told putin kursk area recaptured operation concluded", "kremlin thanked pyongyang"],
    ["kursk region fully recaptured operation over", "talks planned may"],
    ["moscow said kursk operation concluded region liberated", "seoul condemned"],
]  # fmt: skip
TWO_SENTENCE_LINKS = {(0, k): [L((2,), (0,))] for k in (1, 2, 3)}


def _attach(groups: list, related: dict, keys: list[list[str]], **kw: float) -> tuple[list, dict]:
    """:func:`attach_by_consensus` on a draft of these groups, agreeing by Dice."""
    draft = attach_by_consensus(Draft(groups, related, keys, _dice), **kw)
    return draft.groups, dict(draft.related)


def _group(keys: list[list[str]], links: dict, **kw: float) -> tuple[list, dict]:
    """Grouped with the cohesion rule, then lone sentences placed by consensus."""
    groups, related = group_sentences([len(k) for k in keys], links, keys=keys, agreement=_dice,
                                      cohesion=0.2)  # fmt: skip
    return _attach(groups, related, keys, **kw)


def test_second_sentence_of_a_fact_joins_its_neighbours_row() -> None:
    groups, related = _group(TWO_SENTENCE_FACT, TWO_SENTENCE_LINKS)
    row = frozenset({(0, 1), (0, 2), (1, 0), (2, 0), (3, 0)})
    assert row in _sets(groups)
    # v0's own exclusive (#3, no word shared with another version) and the others stay alone
    assert frozenset({(0, 3)}) in _sets(groups) and frozenset({(1, 1)}) in _sets(groups)
    assert related == {}
    # turned off (quorum above 1), the pairwise links leave #1 alone
    off, _ = _group(TWO_SENTENCE_FACT, TWO_SENTENCE_LINKS, quorum=2.0)
    assert frozenset({(0, 1)}) in _sets(off)


def test_the_joined_cell_holds_two_sentences_and_is_not_unique() -> None:
    ids = ["kcna", "wire", "tv", "agency"]
    keys = [list(k) for k in TWO_SENTENCE_FACT]
    claims = build_claims(ids, keys, TWO_SENTENCE_LINKS, keys=keys, agreement=_dice,
                          cohesion=0.2)  # fmt: skip
    (row,) = [c for c in claims if len(c.cells) == 4]
    assert row.cells[0].version == "kcna" and row.cells[0].sentences == (1, 2)
    assert row.cells[0].text == f"{keys[0][1]} {keys[0][2]}"
    unique = {(u.version, u.index) for u in unique_sentences(claims)}
    assert ("kcna", 1) not in unique
    assert {("kcna", 0), ("kcna", 3), ("wire", 1), ("tv", 1), ("agency", 1)} == unique


def test_a_true_exclusive_beside_a_shared_fact_stays_unique() -> None:
    """The other versions' best matches of v0 #1 lie in no one row (and share few words)."""
    keys = [list(k) for k in TWO_SENTENCE_FACT]
    keys[0][1] = "union leader arrested overnight charged"
    groups, _ = _group(keys, TWO_SENTENCE_LINKS)
    assert frozenset({(0, 1)}) in _sets(groups)


def test_no_join_away_from_its_own_versions_sentences() -> None:
    """Consensus on a row that holds no neighbouring sentence of its version: the pairwise
    aligner saw the sentence against that row's sentences in every pair and linked none."""
    keys = [list(k) for k in TWO_SENTENCE_FACT]
    keys[0] = [keys[0][1], keys[0][0], keys[0][3], keys[0][2]]  # #0 far from the row's #3
    links = {(0, k): [L((3,), (0,))] for k in (1, 2, 3)}
    groups, _ = _group(keys, links)
    assert frozenset({(0, 0)}) in _sets(groups)


def test_two_versions_are_no_consensus() -> None:
    keys = [list(k) for k in TWO_SENTENCE_FACT[:2]]
    groups, _ = _group(keys, {(0, 1): [L((2,), (0,))]})
    assert frozenset({(0, 1)}) in _sets(groups)
    assert 0 < QUORUM <= 1


def test_compare_sentences_joins_a_fact_told_in_two_sentences() -> None:
    """End to end (the engine's links, agreement and encoder), on texts written here."""
    versions = [
        ("ministry", ["The ministry announced the results on Monday.",
                      "The rescue operation for the trapped miners was successfully completed.",
                      "All 40 miners trapped in the Horvat mine were brought to the surface.",
                      "The minister thanked the volunteers."]),
        ("wire", ["All 40 miners trapped in the Horvat mine have been rescued, officials said.",
                  "Relatives had waited at the mine entrance for three days."]),
        ("daily", ["Rescuers brought the 40 trapped Horvat miners to the surface on Monday.",
                   "The mine's owner faces an inquiry."]),
        ("radio", ["The 40 miners stuck in the Horvat mine were freed by rescue teams.",
                   "Unions called for stricter safety rules."]),
    ]  # fmt: skip
    _, _, claims = compare_sentences(versions)
    unique = {(u.version, u.index) for u in unique_sentences(claims)}
    (miners,) = [c for c in claims if any(x.version == "ministry" and 2 in x.sentences
                                          for x in c.cells)]  # fmt: skip
    assert ("ministry", 1) not in unique
    assert [x.sentences for x in miners.cells if x.version == "ministry"] == [(1, 2)]
    # each version's own further facts stay only in it; "announced on Monday" has votes for
    # the miners' row too, but its neighbour #1 joined by consensus, not by a link: no chains
    assert {("ministry", 0), ("ministry", 3), ("wire", 1), ("daily", 1), ("radio", 1)} == unique


# v0 #2 was linked into the row of versions 1-3 but the cohesion rule refused the join (a
# related row of v0 alone); v0 #1, linked nowhere, is voted into that row by versions 1-3.
REFUSED_KEYS = [
    ["statement monday", "operation concluded rout", "area liberated april", "noble mission"],
    ["putin told operation concluded region recaptured"],
    ["region recaptured operation concluded"],
    ["operation concluded region recaptured moscow"],
]  # fmt: skip


def _refused(row_of_v0: tuple[int, ...] = ()) -> tuple[list, dict]:
    row = {1: (0,), 2: (0,), 3: (0,)} | ({0: row_of_v0} if row_of_v0 else {})
    groups = [{0: (0,)}, {0: (1,)}, {0: (2,)}, {0: (3,)}, dict(sorted(row.items()))]
    groups = [g for g in groups if not (0 in g and len(g) == 1 and g[0][0] in row_of_v0)]
    name = min(row.items())[0], min(row.items())[1][0]
    return groups, {(0, 2): {name}, name: {(0, 2)}}


def test_a_related_row_of_its_version_alone_moves_into_the_voted_row() -> None:
    groups, related = _attach(*_refused(), REFUSED_KEYS)
    assert frozenset({(0, 1), (0, 2), (1, 0), (2, 0), (3, 0)}) in _sets(groups)
    assert related == {}  # the two related rows are one now
    assert frozenset({(0, 0)}) in _sets(groups) and frozenset({(0, 3)}) in _sets(groups)


def test_no_move_where_the_voted_row_has_a_cell_of_that_version() -> None:
    keys = [[*REFUSED_KEYS[0], "x y"], *REFUSED_KEYS[1:]]
    start, rel = _refused((4,))
    groups, related = _attach(start, rel, keys)
    # #1 joins #2's row, which stays apart (v0 has #4 in the voted row), related under its name
    assert frozenset({(0, 1), (0, 2)}) in _sets(groups)
    assert related == {(0, 1): {(0, 4)}, (0, 4): {(0, 1)}}


def test_every_report_format_shows_a_two_sentence_cell() -> None:
    """A cell joined by consensus holds two sentences: each format shows both, as #1-2."""
    sample = sample_comparison()
    first, lone = sample.claims[0], sample.claims[1]  # yonhap-ko #1 in claim 0; #2 alone
    ko, extra = first.cells[2], lone.cells[0]
    assert (ko.version, ko.sentences, extra.sentences) == ("yonhap-ko", (1,), (2,))
    joined = replace(ko, sentences=(1, 2), text=f"{ko.text} {extra.text}",
                     original=f"{ko.original} {extra.original}")  # fmt: skip
    claims = (replace(first, cells=(*first.cells[:2], joined)), *sample.claims[2:])
    comparison = replace(sample, claims=claims)
    assert ("yonhap-ko", 2) not in {(u.version, u.index) for u in comparison.unique}
    for render in (render_terminal, render_markdown, render_html):
        shown = " ".join(render(comparison).split())
        assert "#1-2" in shown, render.__name__
        assert "The NIS briefed the parliamentary intelligence committee" in shown
    data = json.loads(render_json(comparison))
    schema = json.loads(files("polyglot_news.report").joinpath("schema.json").read_text("utf-8"))
    jsonschema.Draft202012Validator(schema).validate(data)
    (cell,) = [c for c in data["claims"][0]["cells"] if c["version"] == "yonhap-ko"]
    assert cell["sentences"] == [1, 2] and cell["text"] == joined.text
    assert all(u["index"] != 2 or u["version"] != "yonhap-ko" for u in data["unique"])


QUAKE = Path(__file__).resolve().parent.parent / "fixtures" / "stories" / "quake"


def test_a_lone_sentence_sharing_only_a_country_stays_unique() -> None:
    """A user's five-outlet earthquake story (written for a new-user trial, in
    tests/fixtures/stories/quake): xinhua_en #5, the Chinese ambassador's condolences, is
    reported by no other outlet and shares only "the Philippines" with their sentences. At
    FLOOR 0.05 the consensus joined it to its neighbour's "Ring of Fire" row; it must stay
    *only in one version*."""
    comparison = compare([QUAKE], base="wire_en")
    unique = {(u.version, u.index) for u in unique_sentences(comparison.claims)}
    assert ("xinhua_en", 5) in unique
    ring = [c for c in comparison.claims if any(x.version == "xinhua_en" and 6 in x.sentences
                                                for x in c.cells)]  # fmt: skip
    assert [x.sentences for c in ring for x in c.cells if x.version == "xinhua_en"] == [(6,)]
