"""The JSON report validates against report/schema.json and keeps the documented shape."""

from __future__ import annotations

import json
from importlib.resources import files

import jsonschema
import pytest

from polyglot_news import report
from polyglot_news.comparison.model import Comparison
from polyglot_news.report.json import SCHEMA_VERSION, comparison_to_dict, render_json


@pytest.fixture(scope="module")
def schema() -> dict:
    text = files("polyglot_news.report").joinpath("schema.json").read_text(encoding="utf-8")
    data = json.loads(text)
    jsonschema.Draft202012Validator.check_schema(data)
    return data


@pytest.mark.parametrize("which", ["comparison", "hostile"])
def test_report_validates_against_the_schema(which: str, schema: dict, request) -> None:
    data = json.loads(render_json(request.getfixturevalue(which)))
    jsonschema.Draft202012Validator(schema).validate(data)


def test_top_level_shape(comparison: Comparison) -> None:
    data = comparison_to_dict(comparison)
    assert data["schema_version"] == SCHEMA_VERSION
    assert (data["pivot"], data["base"]) == ("en", "reuters-en")
    assert [v["id"] for v in data["versions"]] == [
        "reuters-en",
        "tass-ru",
        "yonhap-ko",
        "ukrinform-uk",
    ]
    assert data["matrix"]["versions"] == ["reuters-en", "tass-ru", "yonhap-ko"]
    assert data["failures"] == [
        {
            "path": "feeds/broken.jsonl",
            "error": {"kind": "record", "message": comparison.failures[0].message},
        }
    ]
    assert report.comparison_to_dict(comparison) == data


@pytest.mark.parametrize(
    ("vid", "route", "error"),
    [
        pytest.param("reuters-en", ["en"], None, id="base-untranslated"),
        pytest.param("tass-ru", ["ru", "en"], None, id="ru-translated"),
        pytest.param("yonhap-ko", ["ko", "en"], None, id="ko-translated"),
        pytest.param("ukrinform-uk", None, "uk->en", id="failed"),
    ],
)
def test_versions_carry_translation_route_or_error(
    comparison: Comparison, vid: str, route: list[str] | None, error: str | None
) -> None:
    version = {v["id"]: v for v in comparison_to_dict(comparison)["versions"]}[vid]
    assert (version["translation"] or {}).get("route") == route
    assert (error is None) == (version["error"] is None)
    if error:
        assert error in version["error"]["message"]
        assert version["error"]["kind"] == "missing_model"


def test_changes_keep_kind_labels_and_word_diff(comparison: Comparison) -> None:
    pair = comparison_to_dict(comparison)["comparisons"][0]
    kinds = {c["kind"] for c in pair["changes"]}
    assert kinds == {"move", "reworded", "insert", "delete"}
    replace = next(c for c in pair["changes"] if c["kind"] == "reworded")
    assert replace["labels"] == ["number", "attribution"]
    assert [-1, "11,000"] in replace["diff"] and [1, "12,000"] in replace["diff"]
    # the word diff reproduces both sides
    assert "".join(t for op, t in replace["diff"] if op <= 0) == replace["a_text"]
    assert "".join(t for op, t in replace["diff"] if op >= 0) == replace["b_text"]


def test_hostile_text_round_trips_unchanged(hostile: Comparison) -> None:
    from _sample import HOSTILE

    data = json.loads(render_json(hostile))
    assert HOSTILE in [u["text"] for u in data["unique"]]


def test_claims_table_covers_every_sentence_once(comparison: Comparison) -> None:
    data = comparison_to_dict(comparison)
    cells = [
        (c["version"], k)
        for claim in data["claims"]
        for c in claim["cells"]
        for k in c["sentences"]
    ]
    compared = [v for v in data["versions"] if v["error"] is None]
    assert sorted(cells) == sorted(
        (v["id"], k) for v in compared for k in range(len(v["sentences"]))
    )
    for claim in data["claims"]:
        assert sorted(claim["versions"] + claim["absent"]) == sorted(data["matrix"]["versions"])


def test_claim_row_with_a_reworded_number(comparison: Comparison) -> None:
    claims = comparison_to_dict(comparison)["claims"]
    row = next(c for c in claims if "number" in c["labels"])
    assert (row["reference"], row["versions"], row["absent"]) == (
        "reuters-en",
        ["reuters-en", "tass-ru"],
        ["yonhap-ko"],
    )
    reference, tass = row["cells"]
    assert (reference["kind"], reference["diff"], reference["labels"]) == ("reference", [], [])
    assert (tass["kind"], tass["score"], tass["sentences"]) == ("reworded", 0.71, [3])
    assert tass["labels"] == ["number", "attribution"]
    assert [-1, "11,000"] in tass["diff"] and [1, "12,000"] in tass["diff"]
    assert tass["original"].startswith("Украинские официальные лица")


def test_unique_is_the_claims_that_link_to_nothing(comparison: Comparison) -> None:
    data = comparison_to_dict(comparison)
    from_claims = [
        {
            "version": c["versions"][0],
            "index": c["cells"][0]["sentences"][0],
            "sentences": c["cells"][0]["sentences"],
            "text": c["cells"][0]["text"],
            "related": c["related"],
        }
        for c in data["claims"]
        if c["unique"]
    ]
    assert data["unique"] == from_claims
    assert [(u["version"], u["index"]) for u in data["unique"]] == [
        ("yonhap-ko", 2),
        ("tass-ru", 4),
    ]
