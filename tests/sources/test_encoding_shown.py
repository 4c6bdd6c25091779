"""The encoding an input was read in, and what decided it, reach ``detect`` and the JSON report.

Before, the loader knew it (``Version.encoding``) but nothing showed it: a new user could not
tell that a Russian file had been read as KOI8-R. The texts are written for these tests.
"""

from __future__ import annotations

import codecs
import json
from collections.abc import Callable
from importlib.resources import files
from pathlib import Path

import jsonschema
import pytest

from polyglot_news import load
from polyglot_news.cli.detect import encoding_text

CliResult = tuple[int, str, str]
RU = "Вооруженные силы нанесли удар по объектам в Киеве, сообщило министерство обороны. " * 3

CASES = [
    # (file name, bytes, encoding given, expected name, how, detected: a confidence is given)
    pytest.param(
        "a.txt", RU.encode("koi8-r"), None, "koi8_r", "detected", True, id="koi8-r-detected"
    ),
    pytest.param(
        "a.txt", RU.encode("cp1251"), None, "cp1251", "detected", True, id="cp1251-detected"
    ),
    pytest.param("a.txt", RU.encode("utf-8"), None, "utf-8", "utf-8", False, id="utf-8"),
    pytest.param("a.txt", RU.encode("utf-16"), None, "utf-16-le", "bom", False, id="utf-16-bom"),
    pytest.param(
        "a.txt",
        codecs.BOM_UTF8 + RU.encode("utf-8"),
        None,
        "utf-8-sig",
        "bom",
        False,
        id="utf-8-bom",
    ),
    pytest.param("a.txt", RU.encode("cp1251"), "cp1251", "cp1251", "given", False, id="given"),
    pytest.param(
        "a.html",
        f'<html><head><meta charset="windows-1251"></head><body><p>{RU}</p></body></html>'.encode(
            "cp1251"
        ),
        None,
        "cp1251",
        "declared",
        False,
        id="html-declared",
    ),
]


@pytest.mark.parametrize(("name", "data", "given", "codec", "how", "detected"), CASES)
def test_metadata_says_the_encoding_and_how(
    tmp_path: Path, name: str, data: bytes, given: str | None, codec: str, how: str, detected: bool
) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    [version] = load(path, encoding=given)
    described = version.metadata["encoding"]
    assert (described["name"], described["how"], version.encoding) == (codec, how, codec)
    confidence = described["confidence"]
    assert (0 < confidence <= 1) if detected else confidence is None


def test_a_records_own_encoding_field_wins(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    path.write_text(json.dumps({"text": "Body.", "encoding": "as the agency sent it"}) + "\n")
    [version] = load(path)
    assert version.metadata["encoding"] == "as the agency sent it"
    assert version.encoding == "utf-8"


@pytest.mark.parametrize(
    ("described", "shown"),
    [
        ({"name": "koi8_r", "how": "detected", "confidence": 0.93}, "koi8_r (detected, 0.93)"),
        ({"name": "utf-16-le", "how": "bom", "confidence": None}, "utf-16-le (bom)"),
        ({"name": "utf-8", "how": "utf-8", "confidence": None}, "utf-8"),
        ("a record's own field", ""),
        (None, ""),
    ],
    ids=["detected", "bom", "plain-utf-8", "record-field", "none"],
)
def test_encoding_text(described: object, shown: str) -> None:
    assert encoding_text(described) == shown


def test_detect_shows_the_encoding(cli: Callable[..., CliResult], tmp_path: Path) -> None:
    (tmp_path / "novaya_ru.txt").write_bytes(RU.encode("koi8-r"))
    (tmp_path / "wire_ru.txt").write_text(RU, encoding="utf-8")
    code, out, err = cli("detect", tmp_path)
    assert code == 0, err
    koi8, utf8 = out.splitlines()
    assert koi8.startswith(f"{tmp_path / 'novaya_ru.txt'}  ru  ")
    assert "  encoding koi8_r (detected, " in koi8 and utf8.endswith("  encoding utf-8")
    code, out, err = cli("detect", tmp_path, "--json")
    assert code == 0, err
    first = json.loads(out)[0]
    assert first["encoding"]["name"] == "koi8_r" and first["encoding"]["how"] == "detected"


def test_the_json_report_carries_the_encoding(
    cli: Callable[..., CliResult], tmp_path: Path
) -> None:
    (tmp_path / "novaya_ru.txt").write_bytes(RU.encode("koi8-r"))
    (tmp_path / "tass_ru.txt").write_bytes(RU.replace("Киеве", "Харькове").encode("cp1251"))
    code, out, err = cli("compare", tmp_path, "--translator", "fake", "--no-cache", "-f", "json")
    assert code == 0, err
    report = json.loads(out)
    schema = json.loads(files("polyglot_news.report").joinpath("schema.json").read_text("utf-8"))
    jsonschema.Draft202012Validator(schema).validate(report)
    assert {v["id"]: (v["encoding"]["name"], v["encoding"]["how"]) for v in report["versions"]} == {
        "novaya_ru": ("koi8_r", "detected"),
        "tass_ru": ("cp1251", "detected"),
    }
