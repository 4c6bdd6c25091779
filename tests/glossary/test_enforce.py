"""Protecting names before translation and restoring them after (held / repaired / failed)."""

from __future__ import annotations

import pickle

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from polyglot_news.glossary import default_glossary, protect, restore
from polyglot_news.records import TermOutcome

G = default_glossary()


def test_protect_contract_example() -> None:
    p = protect("Войска КНДР воевали в Курской области", "ru", "en", G, method="inline")
    assert p.text == "Войска North Korea воевали в Kursk region"
    assert [(t.surface, t.canonical) for t in p.terms] == [
        ("КНДР", "North Korea"),
        ("Курской области", "Kursk region"),
    ]
    assert all(p.text[t.start : t.end] == t.canonical for t in p.terms)
    assert all(p.source[t.source_start : t.source_end] == t.surface for t in p.terms)
    assert pickle.loads(pickle.dumps(p)) == p


def test_protect_to_russian_and_korean_particles() -> None:
    inline = "inline"
    assert protect("Kim Jong Un visited Kyiv", "en", "ru", G, method=inline).text == (
        "Ким Чен Ын visited Киев"
    )
    assert protect("평양에서 발표했다", "ko", "en", G, method=inline).text == (
        "Pyongyang에서 발표했다"
    )


SOURCE = "Войска КНДР воевали в Курской области, сообщил ТАСС."
RESTORE_CASES = [
    (
        "held",
        "North Korea troops fought in Kursk region, TASS said.",
        "North Korea troops fought in Kursk region, TASS said.",
        ["held", "held", "held"],
    ),
    (
        "case",
        "NORTH KOREA troops fought in the kursk Region, TASS said.",
        "North Korea troops fought in the Kursk region, TASS said.",
        ["repaired", "repaired", "held"],
    ),
    (
        "alias",
        "DPRK troops fought in the Kursk Oblast, Tass said.",
        "North Korea troops fought in the Kursk region, TASS said.",
        ["repaired"] * 3,
    ),
    (
        "typo",
        "Nort Korea troops fought in the Kursk regoin, TASS said.",
        "North Korea troops fought in the Kursk region, TASS said.",
        ["repaired", "repaired", "held"],
    ),
    (
        "dropped",
        "Troops fought in the region, TASS said.",
        "Troops fought in the region, TASS said.",
        ["failed", "failed", "held"],
    ),
    (
        "derived-word",
        "Russian troops fought, TASS said.",
        "Russian troops fought, TASS said.",
        ["failed", "failed", "held"],
    ),
]


@pytest.mark.parametrize(
    ("translated", "expected", "statuses"),
    [c[1:] for c in RESTORE_CASES],
    ids=[c[0] for c in RESTORE_CASES],
)
def test_restore(translated: str, expected: str, statuses: list[str]) -> None:
    p = protect(SOURCE, "ru", "en", G)
    text, outcomes = restore(translated, p, "en", G)
    assert text == expected
    assert [o.status for o in outcomes] == statuses
    assert outcomes[0] == TermOutcome("North Korea", "КНДР", statuses[0])


def test_restore_shorter_name_not_counted_inside_longer() -> None:
    p = protect("Курск и Курская область", "ru", "en", G, method="inline")
    assert p.text == "Kursk и Kursk region"
    _, outcomes = restore("the Kursk region", p, "en", G)
    assert [o.status for o in outcomes] == ["failed", "held"]


def test_restore_keeps_the_canonical_name_in_the_case_the_sentence_needs() -> None:
    p = protect("fighting in the Kursk region", "en", "ru", G)
    text, outcomes = restore("бои в Курской области", p, "ru", G)
    assert (text, outcomes[0].status) == ("бои в Курской области", "held")


@pytest.mark.parametrize(
    ("lang", "translated", "expected"),
    [
        ("ru", "бои на Курщине", "бои на Курской области"),
        ("ru", "жители Курщины", "жители Курской области"),
        ("uk", "бої за Курщину", "бої за Курську область"),
        ("uk", "під Курщиною", "під Курською областю"),
    ],
)
def test_a_repaired_name_takes_the_case_of_what_it_replaces(
    lang: str, translated: str, expected: str
) -> None:
    p = protect("fighting in the Kursk region", "en", lang, G)
    text, outcomes = restore(translated, p, lang, G)
    assert (text, outcomes[0].status) == (expected, "repaired")


FORMS = {
    "ru": [
        "Курской области",
        "КНДР",
        "Курска",
        "Пхеньяне",
        "Владимиром Путиным",
        "ТАСС",
        "Суджи",
        "Киеве",
        "на Курщине",
        "Курсы",
        "курсив",
        "Ким Чен Ына",
    ],
    "uk": ["Курської області", "Києві", "Запоріжжя", "Зеленського", "Курсант", "Росією"],
    "ko": [
        "평양에서",
        "쿠르스크를",
        "북한산",
        "평창",
        "김정은은",
        "쿠르스크주에서",
        "조선중앙통신은",
    ],
    "en": ["Putin's", "Kursk region", "Russian", "Kyiv", "Kim Jong-un", "DPRK"],
}
FILLER = st.sampled_from(["и", "в", "the", "де", "은", "—", ",", "войска", "troops", "2025", "."])


@settings(max_examples=150, deadline=None)
@given(
    st.sampled_from(sorted(FORMS)).flatmap(
        lambda lang: st.tuples(
            st.just(lang),
            st.lists(
                st.one_of(st.sampled_from(FORMS[lang]), FILLER, st.text(max_size=6)), max_size=12
            ),
        )
    ),
    st.sampled_from(["en", "ru", "ko", "de", "zh"]),
)
def test_identity_translator_round_trip(case: tuple[str, list[str]], target: str) -> None:
    lang, words = case
    p = protect(" ".join(words), lang, target, G, method="inline")
    text, outcomes = restore(p.text, p, target, G)
    assert text == p.text
    assert all(o.status == "held" for o in outcomes)
    assert len(outcomes) == len(p.terms)


@pytest.mark.parametrize(
    ("source", "output", "expected"),
    [
        pytest.param("Войска КНДР.", "North Korean troops.", "held", id="demonym-held"),
        pytest.param("Войска КНДР.", "North Koreans fought.", "held", id="plural-demonym-held"),
        pytest.param("Войска КНДР.", "Northern troops.", "failed", id="name-gone-failed"),
    ],
)
def test_a_name_made_into_its_adjective_is_held_unchanged(
    source: str, output: str, expected: str
) -> None:
    glossary = default_glossary()
    protected = protect(source, "ru", "en", glossary)
    text, outcomes = restore(output, protected, "en", glossary)
    assert [o.status for o in outcomes] == [expected]
    if expected == "held":
        assert text == output
