"""`polyglot-news compare` in-process: formats, output files, base, exit codes."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

Cli = Callable[..., tuple[int, str, str]]


@pytest.mark.parametrize(
    ("fmt", "marker"),
    [
        pytest.param("text", "against wire_en", id="text"),
        pytest.param("json", '"schema_version"', id="json"),
        pytest.param("md", "| version |", id="md"),
        pytest.param("html", "<!DOCTYPE html>", id="html"),
    ],
)
def test_formats_on_stdout(
    cli: Cli, example_story: Path, example_models: Path, fmt: str, marker: str
) -> None:
    code, out, err = cli(
        "compare", example_story, "--models", example_models, "--base", "wire_en", "-f", fmt
    )
    assert code == 0, err
    assert marker.lower() in out.lower()


def test_output_file_format_from_suffix(
    cli: Cli, example_story: Path, example_models: Path, tmp_path: Path
) -> None:
    out_file = tmp_path / "reports" / "kursk.json"
    code, out, err = cli("compare", example_story, "--models", example_models, "-o", out_file)
    assert code == 0, err
    assert out == ""
    data = json.loads(out_file.read_text(encoding="utf-8"))
    assert {v["language"] for v in data["versions"]} == {"en", "ru", "uk", "ko"}


def test_missing_models_fail_those_versions_only(cli: Cli, example_story: Path) -> None:
    code, out, err = cli("compare", example_story, "-f", "json")
    assert code == 1
    assert err.count("models install") == 3  # ru, uk and ko; the four English ones compare
    data = json.loads(out)
    assert len(data["comparisons"]) == 3


def test_unknown_base_is_one_line(cli: Cli, example_story: Path, example_models: Path) -> None:
    code, _out, err = cli("compare", example_story, "--models", example_models, "--base", "x")
    assert code == 1
    assert len(err.strip().splitlines()) == 1 and "choose one of" in err
