"""A JSON record's title is compared with the other versions' headlines, as a headline.

Before: a record's ``title`` was kept beside its text only, so the claims table showed the
headline row *absent* for every JSON record while a text file's first line took part (a
new-user trial: the wire's JSON headline missing, two other outlets' headlines paired with
each other). Making the title an extra sentence (a69884b, reverted) broke shared field case 04:
a record and the same story saved as plain text without a headline must stay identical. Now a
title joins the headline row only, as a cell with no sentence. Stories written for these tests.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from pathlib import Path

import pytest

from polyglot_news.comparison.claim_titles import attach_titles, headline_row, titles_apart
from polyglot_news.comparison.engine import compare_sentences
from polyglot_news.comparison.model import Claim

CliResult = tuple[int, str, str]

WIRE = [
    "Dam bursts in northern Albania, villages flooded",
    "A dam on the Drin river burst on Tuesday night.",
    "Water reached three villages before dawn.",
]
AGENCY = [
    "A dam on the Drin river burst late on Tuesday.",
    "Three villages were flooded before dawn.",
]


@pytest.mark.parametrize(
    ("title", "text", "apart"),
    [
        pytest.param("Dam bursts in Albania", "A dam burst.", True, id="beside-the-text"),
        pytest.param(None, "A dam burst.", False, id="no-title"),
        pytest.param("  ", "A dam burst.", False, id="blank-title"),
        pytest.param(
            "Dam bursts in Albania",
            "Dam bursts in Albania\n\nA dam burst.",
            False,
            id="text-opens-with-it",
        ),  # fmt: skip
        pytest.param(
            "Dam bursts in Albania",
            "DAM BURSTS IN ALBANIA.\n\nA dam burst.",
            False,
            id="case-and-full-stop-ignored",
        ),  # fmt: skip
        pytest.param("Dam burst", "Dam bursts in Albania.", True, id="word-prefix-is-not-it"),
        pytest.param("Dam bursts\n in Albania", "A dam burst.", True, id="lines-joined"),
    ],
)
def test_titles_apart(title: str | None, text: str, apart: bool) -> None:
    found = titles_apart([("v", title, text)])
    assert found == ({"v": " ".join((title or "").split())} if apart else {})


def _claims(versions: dict[str, list[str]], base: int = 0) -> tuple[Claim, ...]:
    return compare_sentences(list(versions.items()), base=base)[2]


def _row_of(claims: tuple[Claim, ...], version: str, sentence: int) -> Claim:
    return next(c for c in claims if (cell := c.cell(version)) and sentence in cell.sentences)


def test_a_title_joins_the_row_of_the_headlines() -> None:
    versions = {"wire": WIRE, "agency": AGENCY}
    claims = _claims(versions)
    assert _row_of(claims, "wire", 0).cell("agency") is None  # absent before
    title = "Dam bursts in north Albania, flooding villages"
    out = attach_titles(claims, {"agency": title}, versions, base="wire")
    row = _row_of(out, "wire", 0)
    cell = row.cell("agency")
    assert cell is not None
    assert (cell.sentences, cell.text, cell.kind, cell.score) == ((), title, "reworded", None)
    assert cell.diff and row.versions == ("wire", "agency")  # input order
    # no sentence added, none moved: every other row is as it was
    assert [c for c in out if c is not row] == [c for c in claims if c.cell("wire") is None
                                                 or 0 not in c.cell("wire").sentences]  # fmt: skip
    assert sum(len(c.sentences) for r in out for c in r.cells) == len(WIRE) + len(AGENCY)


def test_a_title_worded_as_the_headline_is_the_same() -> None:
    versions = {"wire": WIRE, "agency": AGENCY}
    out = attach_titles(_claims(versions), {"agency": WIRE[0]}, versions, base="wire")
    cell = _row_of(out, "wire", 0).cell("agency")
    assert cell is not None and (cell.kind, cell.labels) == ("same", ())


def test_a_changed_figure_in_the_title_is_labelled() -> None:
    wire = ["Flood kills 12 in Albania", "Twelve people died when the Drin dam burst."]
    agency = ["The Drin dam burst, and officials counted the dead."]
    versions = {"wire": wire, "agency": agency}
    out = attach_titles(_claims(versions), {"agency": "Flood kills 14 in Albania"}, versions,
                        base="wire")  # fmt: skip
    row = _row_of(out, "wire", 0)
    assert "number" in row.cell("agency").labels and "number" in row.labels


def test_without_a_headline_nothing_changes() -> None:
    # the lead ends with a full stop: no version opens with a headline, as in field case 04
    versions = {"page": WIRE[1:], "record": AGENCY}
    claims = _claims(versions)
    asked: list[Mapping[str, str]] = []
    out = attach_titles(claims, {"record": "Dam bursts"}, versions, base="page",
                        translate=lambda t: asked.append(t) or t)  # fmt: skip
    assert out == claims and asked == []  # not even translated
    assert headline_row(claims, versions, "page") is None


def test_a_version_already_in_the_row_keeps_its_own_headline() -> None:
    versions = {"wire": WIRE, "paper": ["Albanian dam bursts, villages flooded", *AGENCY]}
    claims = _claims(versions)
    assert _row_of(claims, "wire", 0).cell("paper").sentences == (0,)
    out = attach_titles(claims, {"paper": "Another title"}, versions, base="wire")
    assert out == claims


def test_the_title_is_translated_once_and_its_original_kept() -> None:
    versions = {"wire": WIRE, "agency": AGENCY}
    asked: list[dict[str, str]] = []

    def translate(titles: Mapping[str, str]) -> dict[str, str]:
        asked.append(dict(titles))
        return {v: "Dam bursts in northern Albania" for v in titles}

    title = "В Албании прорвало плотину"
    out = attach_titles(_claims(versions), {"agency": title, "gone": "x"}, versions,
                        base="wire", translate=translate)  # fmt: skip
    cell = _row_of(out, "wire", 0).cell("agency")
    assert asked == [{"agency": title}]  # a version not compared is not asked for
    assert (cell.text, cell.original) == ("Dam bursts in northern Albania", title)


def test_the_base_headline_row_wins_over_others() -> None:
    versions = {
        "a": ["Mayor resigns over bribery claims", "The mayor of Durres resigned on Friday."],
        "b": ["Durres mayor quits", "The mayor of Durres resigned on Friday."],
    }
    claims = _claims(versions, base=1)
    assert headline_row(claims, versions, "b") == next(
        n for n, c in enumerate(claims) if (cell := c.cell("b")) and cell.sentences == (0,)
    )


def _cell(claim: dict, version: str) -> dict:
    return next((cell for cell in claim["cells"] if cell["version"] == version), {})


def _write(folder: Path, name: str, content: str | dict) -> None:
    text = json.dumps(content) if isinstance(content, dict) else content
    (folder / name).write_text(text, encoding="utf-8")


def test_compare_puts_a_json_title_beside_a_text_headline(
    cli: Callable[..., CliResult], tmp_path: Path
) -> None:
    _write(tmp_path, "wire_en.txt", "\n\n".join(WIRE) + "\n")
    _write(tmp_path, "agency_en.json", {"title": "Albanian dam bursts, villages flooded",
                                        "text": " ".join(AGENCY)})  # fmt: skip
    code, out, err = cli("compare", tmp_path, "--translator", "fake", "--base", "wire_en",
                         "-f", "json", "--no-cache")  # fmt: skip
    assert code == 0, err
    report = json.loads(out)
    [row] = [
        c
        for c in report["claims"]
        if {"version": "wire_en", "sentences": [0]}.items() <= _cell(c, "wire_en").items()
    ]
    assert row["absent"] == [] and not row["unique"]
    title = _cell(row, "agency_en")
    assert (title["sentences"], title["text"]) == ([], "Albanian dam bursts, villages flooded")
    agency = next(v for v in report["versions"] if v["id"] == "agency_en")
    assert agency["sentences"] == AGENCY  # the title is not a sentence of its text
    assert report["unique"] == []


def test_every_report_shows_the_title_cell(cli: Callable[..., CliResult], tmp_path: Path) -> None:
    _write(tmp_path, "wire_en.txt", "\n\n".join(WIRE) + "\n")
    _write(tmp_path, "agency_en.json", {"title": "Albanian dam bursts", "text": " ".join(AGENCY)})
    for fmt, shown in (("md", "| title reworded"), ("html", '<span class="where">title</span>')):
        code, out, err = cli("compare", tmp_path, "--translator", "fake", "--base", "wire_en",
                             "-f", fmt, "--no-cache")  # fmt: skip
        assert code == 0, err
        assert shown in out


def test_field_case_04_has_no_title_cell(
    cli: Callable[..., CliResult], example_models: Path
) -> None:
    folder = Path(__file__).parents[1] / "fixtures" / "cases" / "04_html_entities_in_json"
    code, out, err = cli("compare", folder / "web_page.txt", folder / "feed_item.json", "--base",
                         "web_page", "--models", example_models, "-f", "json")  # fmt: skip
    assert code == 0, err
    report = json.loads(out)
    cells = [cell for claim in report["claims"] for cell in claim["cells"]]
    assert all(cell["sentences"] for cell in cells)
    assert {cell["kind"] for cell in cells} <= {"reference", "same"}
    assert [v["title"] for v in report["versions"]][1] == (
        "Kim vows monument to soldiers killed in Russia's Kursk region"
    )
