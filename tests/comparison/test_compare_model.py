"""The Comparison carries what renderers need: sentences, paragraphs, matrix ids, failures."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

import polyglot_news
from polyglot_news.comparison.engine import paragraph_ranges, split_text
from polyglot_news.report import _view

WIRE = (
    "North Korea has confirmed that its troops fought in the Kursk region. Seoul agreed.\n\n"
    "Western officials estimate that about 11,000 troops were sent.\n"
)
REWRITE = (
    "Western officials estimate that up to 12,000 troops were sent.\n"
    "North Korea has admitted that its troops fought in the Kursk region.\n"
    "Moscow said nothing.\n"
)


@pytest.mark.parametrize(
    ("text", "sentences", "expected"),
    [
        pytest.param("A b. C d.\n\nE f.", ["A b.", "C d.", "E f."], ((0, 2), (2, 3)), id="two"),
        pytest.param("A b.\nC d.\nE f.", ["A b.", "C d.", "E f."], ((0, 1), (1, 2), (2, 3)),
                     id="lines"),
        pytest.param("One paragraph only.", ["One paragraph only."], ((0, 1),), id="one"),
        pytest.param("", [], (), id="empty"),
        # a splitter that rewrote a sentence: it stays with the sentence before it
        pytest.param("A b.\n\nC d.", ["A b.", "C D!"], ((0, 2),), id="rewritten"),
        # the same sentence twice is found in order, not at its first occurrence
        pytest.param("Yes.\n\nYes.", ["Yes.", "Yes."], ((0, 1), (1, 2)), id="repeated"),
    ],
)  # fmt: skip
def test_paragraph_ranges(text: str, sentences: list[str], expected: tuple) -> None:
    assert paragraph_ranges(text, sentences) == expected


def _compare(tmp_path: Path) -> polyglot_news.Comparison:
    paths = []
    for name, text in (("wire.txt", WIRE), ("rewrite.txt", REWRITE)):
        (tmp_path / name).write_text(text, encoding="utf-8")
        paths.append(tmp_path / name)
    engine = polyglot_news.TranslationEngine(
        polyglot_news.FakeTranslator(), glossary=polyglot_news.default_glossary()
    )
    return polyglot_news.compare(paths, engine=engine)


def test_versions_carry_the_sentences_and_paragraphs_compared(tmp_path: Path) -> None:
    result = _compare(tmp_path)
    by_id = {v.id: v for v in result.versions}
    assert by_id["wire"].sentences == tuple(split_text(WIRE, "en"))
    assert by_id["wire"].paragraphs == ((0, 2), (2, 3))
    assert by_id["rewrite"].paragraphs == ((0, 1), (1, 2), (2, 3))
    assert result.matrix_ids == ("wire", "rewrite")
    [pair] = result.comparisons
    for change in pair.changes:  # every index points at the text the change shows
        if change.a_index is not None and not change.parts:
            assert by_id[pair.a].sentences[change.a_index] == change.a_text
        if change.b_index is not None and not change.parts:
            assert by_id[pair.b].sentences[change.b_index] == change.b_text
    for unique in result.unique:
        assert by_id[unique.version].sentences[unique.index] == unique.text


def test_renderers_read_the_stored_sentences_not_a_new_split(tmp_path: Path) -> None:
    result = _compare(tmp_path)
    wire = result.versions[0]
    # Sentences as some other splitter would have made them: the views must show these.
    merged = (" ".join(wire.sentences[:2]), *wire.sentences[2:])
    other = dataclasses.replace(wire, sentences=merged, paragraphs=((0, len(merged)),))
    changed = dataclasses.replace(result, versions=(other, *result.versions[1:]))
    assert _view.sentences(changed)["wire"] == list(merged)
    assert _view.matrix_ids(changed) == ["wire", "rewrite"]


def test_a_failed_version_has_one_failure_record(tmp_path: Path) -> None:
    ru = tmp_path / "ru.txt"
    ru.write_text("КНДР впервые подтвердила участие своих войск в боях.\n", encoding="utf-8")
    paths = [tmp_path / "wire.txt", tmp_path / "rewrite.txt", ru, tmp_path / "missing.txt"]
    paths[0].write_text(WIRE, encoding="utf-8")
    paths[1].write_text(REWRITE, encoding="utf-8")
    engine = polyglot_news.TranslationEngine(
        polyglot_news.FakeTranslator(pairs=[("uk", "en")]),
        glossary=polyglot_news.default_glossary(),
    )
    result = polyglot_news.compare(paths, engine=engine)
    [failed] = [v for v in result.versions if v.error]
    assert isinstance(failed.error, polyglot_news.InputFailure)
    assert (failed.error.path, failed.error.kind) == (str(ru), "missing_model")
    assert failed.sentences == () and failed.paragraphs == ()
    [missing] = result.failures
    assert isinstance(missing, polyglot_news.InputFailure)
    assert missing.kind == "not_found"
    assert result.matrix_ids == ("wire", "rewrite")
