"""A ``--base`` that names no loaded version is refused before any translation.

Before, a mistyped ``--base`` was reported only after every version had been translated (21 s
in a new user's trial). The versions are written for these tests; a translator registered as a
user would counts the sentences it was asked to translate.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

CliResult = tuple[int, str, str]


class Counting:
    """An identity translator that counts the texts it is given."""

    name = "counting"
    calls = 0

    def translate_batch(self, texts: list[str], source: str, target: str) -> list[str]:
        Counting.calls += len(texts)
        return list(texts)


@pytest.fixture
def story(tmp_path: Path, register_translator: Callable[[str, Callable[..., Any]], None]) -> Path:
    register_translator("counting", lambda **_: Counting())
    Counting.calls = 0
    (tmp_path / "wire_en.txt").write_text("A ferry sank off Bali on Monday. Twelve died.\n")
    (tmp_path / "agency_ru.txt").write_text("Паром затонул у Бали в понедельник. Погибли 12.\n")
    records = [{"text": "A ferry sank off Bali.", "language": "en"}] * 2
    (tmp_path / "feed.jsonl").write_text("\n".join(json.dumps(r) for r in records) + "\n")
    return tmp_path


@pytest.mark.parametrize(
    "base",
    ["wire", "wire_en.tx", "feed#3", "agency"],
    ids=["no-suffix-typo", "suffix-typo", "no-such-record", "part-of-a-name"],
)
def test_a_base_naming_no_version_fails_before_translating(
    cli: Callable[..., CliResult], story: Path, base: str
) -> None:
    code, out, err = cli("compare", story, "--translator", "counting", "--no-cache", "--base", base)
    assert code == 1 and out == ""
    [line] = [ln for ln in err.splitlines() if "error:" in ln]
    assert f"--base {base}: no loaded version has that id or path; choose one of: " in line
    assert "agency_ru, feed#1, feed#2, wire_en" in line
    assert Counting.calls == 0  # nothing was translated


@pytest.mark.parametrize(
    ("base", "ident"),
    [
        ("wire_en", "wire_en"),
        ("wire_en.txt", "wire_en"),
        ("feed#2", "feed#2"),
        ("{story}/agency_ru.txt", "agency_ru"),
    ],
    ids=["id", "file-name", "record-id", "path"],
)
def test_a_base_naming_a_version_is_taken(
    cli: Callable[..., CliResult], story: Path, base: str, ident: str
) -> None:
    base = base.format(story=story)
    code, out, err = cli(
        "compare", story, "--translator", "counting", "--no-cache", "--base", base, "-f", "json"
    )
    assert code == 0, err
    assert json.loads(out)["base"] == ident
    assert Counting.calls > 0
