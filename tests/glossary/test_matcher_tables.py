"""The token matcher's start tables (glossary/matcher_index.py) change speed, never a match.

Each test compares the shipped matcher with the same matcher without its tables, which probes
every candidate stem of every token and every pattern of a stem (the matcher as it was before
the tables), on the test tables' sentences and on a seeded sample of each language's own
glossary forms, bent with the language's endings and particles, in random case, among words of
other forms and short function words.
"""

from __future__ import annotations

import csv
import dataclasses
import random
from functools import cache
from importlib.resources import files
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from polyglot_news.glossary import default_glossary
from polyglot_news.glossary.matcher import Pattern, TokenMatcher, WordRule, inflection_rules
from polyglot_news.glossary.matcher_index import NO_NEXT, StartTables, stem_prefixes

HERE = Path(__file__).parent
# the token-matched languages of the test tables, with and without endings, particles, case
LANGUAGES = ["en", "ru", "uk", "be", "ko", "de", "pl", "cs", "fr", "es", "tr", "ar", "nl", "ro"]
FILLERS = ["the", "The", "in", "и", "в", "на", "North", "New", "de", "La", "al", "-", ",", "."]


def _words(lang: str) -> TokenMatcher:
    matcher = default_glossary().matcher(lang)
    words = getattr(matcher, "words", matcher)
    assert isinstance(words, TokenMatcher) and words.tables is not None
    return words


def _reference(matcher: TokenMatcher) -> TokenMatcher:
    return dataclasses.replace(matcher, tables=None)


@cache
def _shard_forms(lang: str) -> tuple[str, ...]:
    text = files("polyglot_news.glossary_data").joinpath("world", f"{lang}.tsv").read_text("utf-8")
    rows = (line.split("\t") for line in text.splitlines() if line and line[0] != "#")
    return tuple(row[3] for row in rows if len(row) > 3 and row[0] != "id")


def _endings(lang: str) -> list[str]:
    rules = inflection_rules().get(lang, {})
    endings = {e for p in rules.get("paradigms", {}).values() for e in p.get("endings", ())}
    endings |= set(rules.get("particles", ())) | set(rules.get("derived", ()))
    return sorted(endings) + ["", "", "'s", "'da", "s"]


def sample(lang: str, count: int, seed: int) -> list[str]:
    """``count`` texts of about 30 words: the language's forms, bent and mixed with others."""
    rng = random.Random(seed)
    forms = _shard_forms(lang)
    endings = _endings(lang)
    filler = [w for f in rng.sample(forms, min(300, len(forms))) for w in f.split()] + FILLERS
    texts = []
    for _ in range(count):
        parts: list[str] = []
        for form in rng.sample(forms, 6):
            bent = form + rng.choice(endings)
            case = rng.random()
            parts.append(bent.lower() if case < 0.2 else bent.upper() if case < 0.25 else bent)
            parts += rng.sample(filler, rng.randint(0, 4))
        texts.append(" ".join(parts))
    return texts


def _table_texts(lang: str) -> list[str]:
    texts = []
    for path in sorted(HERE.glob("*.tsv")):
        with path.open(encoding="utf-8") as handle:
            lines = [line for line in handle if not line.startswith("#")]
        reader = csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
        texts += [r["text"] for r in reader if r.get("lang") == lang and r.get("text")]
    return texts


@pytest.mark.parametrize("lang", LANGUAGES)
def test_tables_change_no_match_on_a_sample(lang: str) -> None:
    matcher = _words(lang)
    reference = _reference(matcher)
    texts = _table_texts(lang) + sample(lang, 150, seed=len(lang) + ord(lang[0]))
    assert len(texts) >= 150
    found = 0
    for text in texts:
        hits = matcher.find(text)
        assert hits == reference.find(text), text
        found += len(hits)
    assert found >= 100  # the sample names things: the comparison is not of empty lists


pieces = st.one_of(
    st.sampled_from(["Курской области", "쿠르스크에서", "The Hague", "the Gambia", "Kyiv's"]),
    st.sampled_from(FILLERS),
    st.text(max_size=8),
    st.sampled_from([" ", "\n", "-", "'"]),
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    parts=st.lists(pieces, max_size=10),
    form_picks=st.lists(st.integers(min_value=0), max_size=4),
    lang=st.sampled_from(["en", "ru", "uk", "ko", "pl", "ar"]),
)
def test_tables_change_no_match_on_any_text(
    parts: list[str], form_picks: list[int], lang: str
) -> None:
    forms = _shard_forms(lang)
    text = " ".join(parts + [forms[k % len(forms)] for k in form_picks])
    matcher = _words(lang)
    assert matcher.find(text) == _reference(matcher).find(text)


def test_prefixes_reach_back_only_as_far_as_the_endings() -> None:
    assert stem_prefixes(["kursk", "ab"], 2) == {"", "kur", "kurs", "kursk", "a", "ab"}
    assert stem_prefixes(["kursk"], 0) == {"", "kursk"}


def _pattern(entry_id: str, *stems: str) -> Pattern:
    return Pattern(entry_id, tuple(WordRule(s, frozenset({""})) for s in stems))


def test_a_stem_starting_many_names_is_split_by_the_next_word_in_index_order() -> None:
    names = [
        _pattern("the", "the"),
        _pattern("hague", "the", "hague"),
        _pattern("gambia", "the", "gambia"),
        _pattern("any", "the", ""),
        _pattern("bahamas", "the", "bahamas"),
        _pattern("hebrides", "the", "hebrides"),
    ]
    tables = StartTables.build({"the": tuple(names)}, frozenset(), 0)
    by_next = tables.by_next["the"]
    assert [p.entry_id for p in by_next[NO_NEXT]] == ["the", "any"]
    assert [p.entry_id for p in by_next["h"]] == ["the", "hague", "any", "hebrides"]
    assert [p.entry_id for p in by_next["g"]] == ["the", "gambia", "any"]


def test_one_character_stems_do_not_lower_the_floor() -> None:
    tables = StartTables.build({"김": (), "김정은": (), "평양": ()}, frozenset(), 12)
    assert tables.floor == 2 and tables.singles == {"김"}
    assert StartTables.build({"": (), "ab": ()}, frozenset(), 1).floor == 0


def test_one_syllable_names_and_particle_chains_are_found_as_without_tables() -> None:
    words = _words("ko")
    assert words.tables is not None and words.tables.singles  # 김, 조: one-syllable names
    for text in ("김은 말했다.", "평양에서는 김이 말했다.", "쿠르스크에선 조도 왔다.", "김"):
        assert words.find(text) == _reference(words).find(text)
    assert words.find("쿠르스크에선")  # a stem and a two-particle contraction
