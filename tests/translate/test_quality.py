"""Warnings about translations not to be trusted: names lost, degenerate output."""

from __future__ import annotations

from polyglot_news.records import TermOutcome, Translation
from polyglot_news.translate.quality import (
    degenerate_warning,
    lost_terms_warning,
    translation_warnings,
)


def _tr(
    pairs: list[tuple[str, str]], route: tuple[str, ...] = ("uk", "en"), **kw: object
) -> Translation:
    text = " ".join(dst for _, dst in pairs)
    return Translation("uk", "en", text, route, sentences=tuple(pairs), **kw)  # type: ignore[arg-type]


def test_names_lost_are_counted_and_listed_once_each() -> None:
    terms = (
        TermOutcome("Odesa", "Одеса", "failed"),
        TermOutcome("Odesa", "Одесі", "failed"),
        TermOutcome("Lviv", "Львів", "held"),
        TermOutcome("NATO", "НАТО", "failed"),
    )
    warning = lost_terms_warning(_tr([("a", "b")], terms=terms))
    assert warning == "2 glossary terms lost in translation: Odesa, NATO"
    assert lost_terms_warning(_tr([("a", "b")], terms=terms[2:3])) is None


def test_different_sources_to_one_output_are_degenerate() -> None:
    same = "The ministry said the harvest was poor this year."
    pairs = [
        ("Порт відкрили вранці.", same),
        ("Мер подав у відставку.", same),
        ("Ціни на хліб зросли.", same),
        ("Школи закрили на карантин.", "Schools were closed for quarantine."),
    ]
    warning = degenerate_warning(_tr(pairs))
    assert warning == (
        "translation unreliable: 3 of 4 sentences translate to the same text; check the model"
    )


def test_a_repeated_source_or_short_output_is_not_degenerate() -> None:
    pairs = [
        ("Слава Україні.", "Glory to Ukraine."),
        ("Слава Україні!", "Glory to Ukraine."),  # under four words: legitimately the same
        ("Мер подав у відставку.", "The mayor resigned from office."),
        ("Мер подав у відставку.", "The mayor resigned from office."),  # the same source twice
    ]
    assert degenerate_warning(_tr(pairs)) is None
    assert translation_warnings(_tr(pairs)) == ()


def test_output_looping_on_itself_is_degenerate_unless_the_source_loops() -> None:
    looping = "The port the port the port was closed on Friday."
    warning = degenerate_warning(_tr([("Порт закрили в пʼятницю.", looping), ("Так.", "Yes.")]))
    assert warning is not None and "1 of 2 sentences repeat themselves" in warning
    chant = [("Ні, ні, ні, сказав він.", "No, no, no, he said.")]
    assert degenerate_warning(_tr(chant)) is None


def test_a_text_in_its_own_language_is_never_degenerate() -> None:
    same = "The ministry said the harvest was poor."
    pairs = [("The ministry said.", same), ("The harvest was poor.", same)]
    assert degenerate_warning(_tr(pairs, route=("en",))) is None
