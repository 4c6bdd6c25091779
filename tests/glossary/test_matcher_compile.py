"""The shortcuts that make a language's first match cheaper change no entry and no rule.

The shipped shards are read by ``shipped.read_shard`` instead of the general TSV parser, forms
of a language without ending tables are compiled by ``patterns._invariant_words`` instead of
the per-word loop, and the garbage collector is paused while a shard is compiled; each test
compares a shortcut with the general path on the shipped data or on a table of tricky forms.
"""

from __future__ import annotations

import gc
from importlib.resources import files

import pytest

from polyglot_news.glossary import default_glossary
from polyglot_news.glossary.formats import parse
from polyglot_news.glossary.patterns import (
    _invariant_words,
    _word_rules,
    compile_form,
    form_words,
    inflection_rules,
)
from polyglot_news.glossary.shipped import read_shard

WORLD = files("polyglot_news.glossary_data").joinpath("world")
SHARDS = sorted(p.name for p in WORLD.iterdir() if p.name.endswith(".tsv"))


@pytest.mark.parametrize("shard", SHARDS)
def test_read_shard_reads_each_shipped_shard_as_the_parser_does(shard: str) -> None:
    text = WORLD.joinpath(shard).read_text("utf-8")
    fast = read_shard(text, f"world/{shard}")
    general = parse(text, f"world/{shard}", validate=False)
    assert fast == general
    # Form.origin is left out of equality; messages name it, so it must agree too
    assert [f.origin for e in fast for f in e.forms] == [f.origin for e in general for f in e.forms]


def test_read_shard_keeps_comments_header_and_line_numbers() -> None:
    text = (
        "# xx: generated\n# do not edit.\nid\ttype\tlang\tform\tcanonical\tinflect\tnote\n"
        "doha\tcity\tXX\tDoha\t1\t\tshared\n\nkyiv\tcity\txx\tKyiv\t0\t-\t\n"
        "doha\tcity\txx\tAd-Dawha\t0\t\t\n"
    )
    entries = read_shard(text, "world/xx.tsv")
    read = [(e.id, [(f.lang, f.text, f.inflect, f.origin) for f in e.forms]) for e in entries]
    assert read == [
        ("doha", [("xx", "Doha", "", "world/xx.tsv:4"), ("xx", "Ad-Dawha", "", "world/xx.tsv:7")]),
        ("kyiv", [("xx", "Kyiv", "-", "world/xx.tsv:6")]),
    ]
    assert entries == parse(text, "world/xx.tsv", validate=False)


TRICKY = [
    "NATO",  # an abbreviation in capitals keeps its case
    "A",  # one capital letter is no abbreviation
    "La Réunion",  # a short capitalised head: the next capital is kept too
    "El Salvador",
    "Bosnia and Herzegovina",  # a lower-case word ends the capitalised head
    "Republic of the Congo",
    "al-Qaeda",  # a lower-case first word
    "UN Security Council",  # an abbreviation first: the head is the next word
    "St. Kitts and Nevis",
    "The Hague",
    "G7",
    "Côte d'Ivoire",
    "Ab Cd Ef",  # two-letter capitalised words before the last
    "Xyz",
]


@pytest.mark.parametrize("text", TRICKY)
def test_invariant_words_agree_with_the_per_word_loop(text: str) -> None:
    words = form_words(text)
    assert _invariant_words(words) == _word_rules(words, [], {}, "test")


def test_invariant_words_agree_on_every_shared_form() -> None:
    shared = {e.id: e for e in read_shard(WORLD.joinpath("mul.tsv").read_text("utf-8"), "mul")}
    forms = [f.text for e in shared.values() for f in e.forms]
    assert len(forms) > 1000
    for text in forms:
        words = form_words(text)
        assert _invariant_words(words) == _word_rules(words, [], {}, text), text


def test_languages_with_ending_tables_take_the_per_word_loop() -> None:
    rules = inflection_rules()["ru"]
    words = form_words("Курская область")
    pattern = compile_form("kursk-oblast", "Курская область", "", "ru")
    assert pattern.words == _word_rules(words, [], rules, "test")
    assert pattern.words != _invariant_words(words)  # the ru endings are on the rules


@pytest.mark.parametrize("enabled", [True, False])
def test_a_first_match_leaves_the_garbage_collector_as_it_found_it(enabled: bool) -> None:
    glossary = default_glossary()
    was = gc.isenabled()
    try:
        gc.enable() if enabled else gc.disable()
        glossary._matchers.pop("be", None)  # compile again: the pause applies to a build
        glossary.find("Мінск", "be")
        assert gc.isenabled() is enabled
    finally:
        gc.enable() if was else gc.disable()
