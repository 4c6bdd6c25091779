"""A sentence whose own translation the checks flag says so beside its cell, in every format.

Before: only a version whose whole translation was flagged (made up or degenerate) was marked,
in the Versions table, the grid's header and beside its sentences only one version carries; a
made-up sentence of an otherwise sound translation, or one whose glossary name was lost, looked
like any other. Now each sentence carries the checks' reasons (``VersionResult.
translation_flags``), each claim cell those of its sentences (``ClaimCell.translation_flags``),
and every format shows them next to that cell.
"""

from __future__ import annotations

import json

import jsonschema
import pytest

from polyglot_news.comparison.model import Comparison
from polyglot_news.glossary.model import Glossary
from polyglot_news.pipeline import compare_versions
from polyglot_news.records import Version
from polyglot_news.report import render_html, render_json, render_markdown, render_terminal
from polyglot_news.report._view import unique_rows
from polyglot_news.translate.engine import TranslationEngine
from polyglot_news.translate.fake import FakeTranslator

WIRE = (
    "The port of Chornomorsk reopened on Monday after repairs. "
    "Officials said 40 ships were waiting at anchor. "
    "The harbour master thanked the crews."
)
RU = "Порт Черноморск открылся в понедельник после ремонта. На рейде ждали 40 судов и 3 буксира."
TRANSLATED = {
    "Порт Черноморск открылся в понедельник после ремонта.":
        "The port of Chornomorsk reopened on Monday after repairs.",
    # made up: no number of its source, a figure it lacks
    "На рейде ждали 40 судов и 3 буксира.":
        "Kyiv denied the claim that 12 drones had been shot down.",
}  # fmt: skip
MADE_UP = "unreliable translation: made up"


@pytest.fixture(scope="module")
def port() -> Comparison:
    versions = [Version("wire_en", "wire_en.txt", WIRE), Version("outlet_ru", "outlet_ru.txt", RU)]
    glossary = Glossary.empty()
    fake = FakeTranslator(known={("ru", "en"): TRANSLATED})
    return compare_versions(
        versions,
        base="wire_en",
        source_languages={"wire_en": "en", "outlet_ru": "ru"},
        engine=TranslationEngine(fake, glossary=glossary),
        glossary=glossary,
    )


def test_each_sentence_and_cell_carries_its_own_flags(port: Comparison) -> None:
    [ru] = [r for r in port.versions if r.id == "outlet_ru"]
    assert ru.translation_flags[0] == ()
    assert ru.translation_flags[1][0] == "made up"
    cells = {
        c.sentences: c for claim in port.claims for c in claim.cells if c.version == "outlet_ru"
    }
    assert cells[(0,)].translation_flags == ()
    assert cells[(1,)].translation_flags[0] == "made up"
    [wire] = [r for r in port.versions if r.id == "wire_en"]
    assert wire.translation_flags == ()  # not translated: nothing to flag
    # the made-up sentence is only in one version, and says why it is not to be trusted
    flagged = [(u.version, u.index, u.flags[0]) for u in unique_rows(port) if u.flags]
    assert flagged == [("outlet_ru", 1, "made up")]


@pytest.mark.parametrize(
    ("render", "shown"),
    [
        pytest.param(lambda c: render_terminal(c, color=False),
                     f"outlet_ru #1 (claim 2): ({MADE_UP}", id="terminal"),
        pytest.param(render_markdown, f"*({MADE_UP}", id="markdown"),
        pytest.param(render_html, '<div class="flags">made up', id="html"),
    ],
)  # fmt: skip
def test_every_format_shows_the_flag_beside_the_sentence(
    port: Comparison, render, shown: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", "200")
    text = render(port)
    assert shown in text


def test_the_grid_marks_the_flagged_cell(port: Comparison, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "200")
    text = render_terminal(port, color=False)
    assert "! unreliable translation" in text  # the legend
    [row] = [line for line in text.splitlines() if line.startswith("2 ") and "Kyiv denied" in line]
    assert row.split()[1:3] == ["·", "R!"]  # absent in the wire, outlet_ru's reference, flagged


def test_json_carries_the_flags_and_stays_valid(port: Comparison) -> None:
    from importlib.resources import files

    data = json.loads(render_json(port))
    schema = json.loads(files("polyglot_news.report").joinpath("schema.json").read_text())
    jsonschema.Draft202012Validator(schema).validate(data)
    ru = next(v for v in data["versions"] if v["id"] == "outlet_ru")
    assert ru["translation_flags"][0] == [] and ru["translation_flags"][1][0] == "made up"
    cells = [c for claim in data["claims"] for c in claim["cells"] if c["version"] == "outlet_ru"]
    assert sorted(c["translation_flags"][:1] for c in cells) == [[], ["made up"]]
