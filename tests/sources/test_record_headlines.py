"""A record's title or headline opens its text, as a text file's first line does.

Before, a JSON record's ``title``/``headline`` was kept only as ``Version.title``: the claims
table showed its headline row "absent" for that version while a .txt version's first line took
part. The cases are written for these tests (a new user's trial found the fault on a Yonhap
JSON record and a JSON Lines feed).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from polyglot_news import load
from polyglot_news.sources.records import with_headline

CliResult = tuple[int, str, str]

HEADLINE_CASES = [
    pytest.param(
        "Ferry sinks off Bali",
        "Rescuers searched.",
        "Ferry sinks off Bali\n\nRescuers searched.",
        id="added",
    ),
    pytest.param(None, "Rescuers searched.", "Rescuers searched.", id="no-title"),
    pytest.param("", "Rescuers searched.", "Rescuers searched.", id="empty-title"),
    pytest.param(
        "Ferry sinks off Bali",
        "Ferry sinks off Bali\n\nRescuers searched.",
        "Ferry sinks off Bali\n\nRescuers searched.",
        id="body-opens-with-it",
    ),
    pytest.param(
        "Ferry sinks off Bali",
        "FERRY SINKS OFF BALI.\n\nRescuers searched.",
        "FERRY SINKS OFF BALI.\n\nRescuers searched.",
        id="same-but-case-and-full-stop",
    ),
    pytest.param(
        "Ferry sinks off Bali",
        "Ferry sinks off Bali, killing 12, officials said.",
        "Ferry sinks off Bali, killing 12, officials said.",
        id="lead-opens-with-it",
    ),
    pytest.param(
        "Ferry sink",
        "Ferry sinks off Bali.",
        "Ferry sink\n\nFerry sinks off Bali.",
        id="a-word-prefix-is-not-the-title",
    ),
    pytest.param(
        "Ferry sinks\n  off Bali",
        "Rescuers searched.",
        "Ferry sinks off Bali\n\nRescuers searched.",
        id="title-lines-joined",
    ),
]


@pytest.mark.parametrize(("title", "text", "expected"), HEADLINE_CASES)
def test_with_headline(title: str | None, text: str, expected: str) -> None:
    assert with_headline(text, title) == expected


LOAD_CASES = [
    pytest.param(
        "story.json",
        {"title": "북한, 탄도미사일 발사", "text": "북한이 미사일을 발사했다."},
        "북한, 탄도미사일 발사",
        id="json-title",
    ),
    pytest.param(
        "story.json",
        {
            "@type": "NewsArticle",
            "headline": "DPRK tests missile",
            "articleBody": "The test was held.",
        },
        "DPRK tests missile",
        id="schema-org-headline",
    ),
    pytest.param(
        "story.jsonl",
        {"headline": "Ракета упала в море", "body": "Ракета пролетела 1000 км."},
        "Ракета упала в море",
        id="jsonl-headline",
    ),
    pytest.param(
        "story.json",
        {"title": "Quake &amp; tsunami", "content": "A quake struck."},
        "Quake & tsunami",
        id="decoded-title",
    ),
]


@pytest.mark.parametrize(("name", "record", "headline"), LOAD_CASES)
def test_a_records_title_is_its_first_line(
    tmp_path: Path, name: str, record: dict[str, Any], headline: str
) -> None:
    path = tmp_path / name
    path.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    [version] = load(path)
    first, _, body = version.text.partition("\n\n")
    assert (first, version.title) == (headline, headline)
    assert body and headline not in body  # once, before the body


def test_every_jsonl_record_gets_its_own_headline(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    records = [
        {"title": "Missile flies 1,000 km", "text": "The missile flew 1,000 km."},
        {"title": "Missile flies 1,100 km", "text": "The missile flew 1,100 km."},
        {"text": "No headline here."},
    ]
    path.write_text("\n".join(json.dumps(r) for r in records), encoding="utf-8")
    texts = [v.text for v in load(path)]
    assert texts == [
        "Missile flies 1,000 km\n\nThe missile flew 1,000 km.",
        "Missile flies 1,100 km\n\nThe missile flew 1,100 km.",
        "No headline here.",
    ]


def test_json_headline_takes_part_in_the_comparison(
    cli: Callable[..., CliResult], tmp_path: Path
) -> None:
    """A .txt headline and a JSON record's headline land in one claim row, not 'absent'."""
    (tmp_path / "wire_en.txt").write_text(
        "Ferry sinks off Bali, 12 dead\n\nA ferry sank off Bali on Monday. Twelve people died.\n",
        encoding="utf-8",
    )
    (tmp_path / "agency_en.json").write_text(
        json.dumps({"title": "Ferry sinks off Bali, 12 dead", "text": "A ferry sank off Bali on "
                    "Monday. Twelve people died. Rescuers are searching."}),
        encoding="utf-8",
    )  # fmt: skip
    code, out, err = cli("compare", tmp_path, "--translator", "fake", "--base", "wire_en",
                         "-f", "json", "--no-cache")  # fmt: skip
    assert code == 0, err
    report = json.loads(out)
    agency = next(v for v in report["versions"] if v["id"] == "agency_en")
    assert agency["sentences"][0] == "Ferry sinks off Bali, 12 dead"
    [row] = [c for c in report["claims"] if any(0 in cell["sentences"] for cell in c["cells"])]
    cells = {cell["version"]: (cell["sentences"], cell["kind"]) for cell in row["cells"]}
    assert cells == {"wire_en": ([0], "reference"), "agency_en": ([0], "same")}
    assert row["absent"] == []
