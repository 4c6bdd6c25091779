"""The default base of a comparison is never a version whose translation is made up."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from polyglot_news.comparison.base_choice import BaseCandidate, two_version_base
from polyglot_news.comparison.matrix import central_version
from polyglot_news.glossary.model import Glossary
from polyglot_news.pipeline import compare_versions
from polyglot_news.records import Version
from polyglot_news.translate.engine import TranslationEngine
from polyglot_news.translate.fake import FakeTranslator

WIRE = "The port reopened on Monday after repairs. Officials said ships were waiting at anchor."
LOCAL = "The port reopened on Monday. The mayor thanked the workers for the quick repairs."
# the made-up translation blends both English versions, so it is the most like the others
RU = "Порт ждал 40 судов и 3 буксира."
MADE_UP = (
    "The port reopened on Monday after repairs, officials said ships were waiting at anchor "
    "and the mayor thanked the workers."
)


def _compare(ru_translation: str, base: str | None = None) -> tuple[str, list[str]]:
    fake = FakeTranslator(known={("ru", "en"): {RU: ru_translation}})
    versions = [
        Version("wire_en", "wire_en.txt", WIRE),
        Version("local_en", "local_en.txt", LOCAL),
        Version("outlet_ru", "outlet_ru.txt", RU),
    ]
    glossary = Glossary.empty()
    comparison = compare_versions(
        versions,
        base=base,
        source_languages={"wire_en": "en", "local_en": "en", "outlet_ru": "ru"},
        engine=TranslationEngine(fake, glossary=glossary),
        glossary=glossary,
    )
    [ru] = [r for r in comparison.versions if r.id == "outlet_ru"]
    assert ru.translation is not None
    return comparison.base, list(ru.translation.warnings)


def test_a_made_up_translation_is_not_the_default_base_though_most_central() -> None:
    base, warnings = _compare(MADE_UP)
    assert warnings and warnings[0].startswith("translation unreliable: 1 of 1 sentence")
    assert base == "wire_en"


def test_a_faithful_translation_covering_both_others_can_be_the_base() -> None:
    faithful = (
        "The port reopened on Monday after repairs. Officials said 40 ships and 3 tugs were "
        "waiting at anchor. The mayor thanked the workers for the quick repairs."
    )
    base, warnings = _compare(faithful)
    assert warnings == []
    assert base == "outlet_ru"


def test_a_base_the_user_names_is_kept_even_when_flagged() -> None:
    base, _ = _compare(MADE_UP, base="outlet_ru")
    assert base == "outlet_ru"


def test_the_central_version_among_some_and_among_none() -> None:
    matrix = [[1.0, 0.2, 0.9], [0.2, 1.0, 0.3], [0.9, 0.3, 1.0]]
    assert central_version(matrix) == 2
    assert central_version(matrix, among=[0, 1]) == 0
    assert central_version(matrix, among=[]) == 2  # nothing to choose from: any


def test_compare_says_why_the_base_was_chosen(
    tmp_path: Path, cli: Callable[..., tuple[int, str, str]], register_translator: Any
) -> None:
    fake = FakeTranslator(known={("ru", "en"): {RU: MADE_UP}})
    register_translator("made-up-fake", lambda **options: fake)
    for name, text in (("wire_en.txt", WIRE), ("local_en.txt", LOCAL), ("outlet_ru.txt", RU)):
        (tmp_path / name).write_text(text + "\n", encoding="utf-8")
    code, out, err = cli(
        "compare", tmp_path / "wire_en.txt", tmp_path / "local_en.txt", tmp_path / "outlet_ru.txt",
        "--from", "outlet_ru=ru", "--translator", "made-up-fake", "--no-default-glossary",
    )  # fmt: skip
    assert code == 0
    assert (
        "base wire_en: the version covering the most of the other versions' sentences among "
        "those not flagged as unreliable (flagged: outlet_ru)"
    ) in " ".join(err.split())
    assert "translation unreliable: 1 of 1 sentence shares no number" in " ".join(out.split())


# Two versions (a new user's trial, fifth round): the base is the one a journalist expects, and
# every report says why. Texts written for these tests (a Hamburg airport cyberattack).
HAMBURG_EN = (
    "A cyberattack shut down check-in systems at Hamburg Airport on Saturday. "
    "About 40 flights were cancelled, the airport said."
)
HAMBURG_DE = "Ein Cyberangriff legte am Samstag den Check-in am Hamburger Flughafen lahm."
HAMBURG_DE_EN = "A cyberattack paralysed check-in at Hamburg Airport on Saturday."


def _two(versions: list[Version], languages: dict[str, str]):
    fake = FakeTranslator(known={("de", "en"): {HAMBURG_DE: HAMBURG_DE_EN}})
    glossary = Glossary.empty()
    return compare_versions(
        versions,
        source_languages=languages,
        engine=TranslationEngine(fake, glossary=glossary),
        glossary=glossary,
    )


def test_of_two_versions_the_original_not_the_translation_is_the_base() -> None:
    comparison = _two(
        [Version("abendblatt_de", "a.txt", HAMBURG_DE), Version("wire_en", "w.txt", HAMBURG_EN)],
        {"abendblatt_de": "de", "wire_en": "en"},
    )
    assert comparison.base == "wire_en"
    assert comparison.base_reason.startswith("of two versions, the one not translated")


@pytest.mark.parametrize(
    ("dates", "base"),
    [
        pytest.param(("2026-11-28T07:10:00+01:00", "2026-11-28T05:40:00Z"), "second", id="iso"),
        pytest.param(("Sat, 28 Nov 2026 07:00:00 +0100", "2026-11-28"), "second", id="rfc-iso"),
        pytest.param((None, "2026-11-28"), "first", id="one-date-is-no-date"),
    ],
)
def test_of_two_versions_in_one_language_the_earlier_then_the_longer(dates, base) -> None:
    short = "A cyberattack hit Hamburg Airport's check-in on Saturday."
    comparison = _two(
        [
            Version("first", "f.txt", HAMBURG_EN, date=dates[0]),
            Version("second", "s.txt", short, date=dates[1]),
        ],
        {"first": "en", "second": "en"},
    )
    assert comparison.base == base
    expected = "published first" if base == "second" else "the longer (2 sentences against 1)"
    assert expected in comparison.base_reason


def test_two_version_rule_ties_go_to_the_first_given() -> None:
    pair = [BaseCandidate("a", False, None, 3), BaseCandidate("b", False, "2026-11-28", 3)]
    assert two_version_base(pair) == (0, two_version_base(pair)[1])
    assert "given first" in two_version_base(pair)[1]
    with pytest.raises(ValueError, match="3 candidates"):
        two_version_base([*pair, pair[0]])


def test_every_report_says_why_the_base_was_chosen() -> None:
    import json

    from rich.console import Console

    from polyglot_news.report import render_html, render_json, render_markdown, render_terminal

    comparison = _two(
        [Version("abendblatt_de", "a.txt", HAMBURG_DE), Version("wire_en", "w.txt", HAMBURG_EN)],
        {"abendblatt_de": "de", "wire_en": "en"},
    )
    why = comparison.base_reason
    terminal = render_terminal(comparison, console=Console(width=300, no_color=True))
    assert f"base wire_en: {why}" in terminal
    assert f"Base wire_en: {why}." in render_markdown(comparison).replace("\\", "")
    assert f"<strong>wire_en</strong> ({why})" in render_html(comparison).replace("&#39;", "'")
    assert json.loads(render_json(comparison))["base_reason"] == why
    named = compare_versions(
        [Version("abendblatt_de", "a.txt", HAMBURG_DE), Version("wire_en", "w.txt", HAMBURG_EN)],
        base="abendblatt_de",
        source_languages={"abendblatt_de": "de", "wire_en": "en"},
        engine=TranslationEngine(FakeTranslator(), glossary=Glossary.empty()),
        glossary=Glossary.empty(),
    )
    assert named.base_reason == "named by the user (--base)"


# Three versions or more (a new user's trial, sixth round): two short near-copies (two
# translations of one agency's lines) were most like each other, so the medoid made one of
# them the base over the full wire. Texts written for these tests (a bridge closed in Ghent).
BRIDGE_WIRE = [
    "The Ghent ring-road bridge was closed on Tuesday after inspectors found cracks in two "
    "support pillars.",
    "About 60,000 vehicles cross the bridge every day, the city said.",
    "Traffic was diverted through the city centre, causing queues of up to eight kilometres.",
    "Repairs are expected to take at least three months and cost 12 million euros.",
    "The transport minister said the inspection regime would be reviewed.",
]
BRIDGE_LOCAL = [
    "Inspectors closed the Ghent ring-road bridge on Tuesday after finding cracks in its pillars.",
    "Queues of up to eight kilometres formed in the city centre.",
    "Shopkeepers in the centre said customers stayed away.",
    "The repairs are expected to cost 12 million euros.",
]
BRIDGE_COPY_RU = ["A bridge in Ghent was closed.", "Traffic was diverted through the centre."]
BRIDGE_COPY_UK = ["A bridge in Ghent has been closed.", "Traffic was diverted through the centre."]


def test_two_short_near_copies_do_not_outvote_the_full_account() -> None:
    from polyglot_news.comparison.engine import compare_sentences, similarity_matrix
    from polyglot_news.comparison.matrix import covering_version, sentence_coverage
    from polyglot_news.comparison.similarity import sentence_features

    story = [BRIDGE_COPY_RU, BRIDGE_LOCAL, BRIDGE_COPY_UK, BRIDGE_WIRE]
    features = [[sentence_features(s, language="en") for s in v] for v in story]
    assert central_version(similarity_matrix(features)) in (0, 2)  # the old rule's near-copy
    coverage = sentence_coverage(features)
    assert coverage[3] > coverage[1] > max(coverage[0], coverage[2])
    assert covering_version(features) == 3
    assert covering_version(features, among=[0, 1, 2]) == 1  # the wire flagged: the local
    ids = ["copy_ru", "local_en", "copy_uk", "wire_en"]
    pairs, _, _ = compare_sentences(list(zip(ids, story, strict=True)), base=None)
    assert pairs[0].a == "wire_en"


def test_a_tie_of_coverage_goes_to_the_version_not_translated() -> None:
    from polyglot_news.comparison.matrix import covering_version
    from polyglot_news.comparison.similarity import sentence_features

    one = [sentence_features(s, language="en") for s in BRIDGE_WIRE[:2]]
    story = [one, one, [sentence_features(BRIDGE_WIRE[2], language="en")]]
    assert covering_version(story) == 0  # the first of two equal versions
    assert covering_version(story, prefer=[1]) == 1
    assert covering_version([[], []]) == 0  # no sentences anywhere: the first


def test_compare_takes_the_full_original_over_short_translated_near_copies() -> None:
    ru = " ".join(BRIDGE_COPY_RU).replace("A bridge", "Мост")  # stand-ins the fake translates
    uk = " ".join(BRIDGE_COPY_UK).replace("A bridge", "Міст")
    fake = FakeTranslator(known={("ru", "en"): {ru: " ".join(BRIDGE_COPY_RU)},
                                 ("uk", "en"): {uk: " ".join(BRIDGE_COPY_UK)}})  # fmt: skip
    glossary = Glossary.empty()
    comparison = compare_versions(
        [
            Version("outlet_ru", "r.txt", ru),
            Version("outlet_uk", "u.txt", uk),
            Version("local_en", "l.txt", " ".join(BRIDGE_LOCAL)),
            Version("wire_en", "w.txt", " ".join(BRIDGE_WIRE)),
        ],
        source_languages={"outlet_ru": "ru", "outlet_uk": "uk", "local_en": "en", "wire_en": "en"},
        engine=TranslationEngine(fake, glossary=glossary),
        glossary=glossary,
    )
    assert comparison.base == "wire_en"
    assert comparison.base_reason == (
        "the version covering the most of the other versions' sentences"
    )
