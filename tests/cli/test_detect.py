"""The ``polyglot-news detect`` command, in-process: text and JSON output, failures, usage."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from polyglot_news.cli import app

RU = "Войска КНДР воевали в Курской области, сообщил источник в Министерстве обороны."
UK = "Війська КНДР воювали в Курській області, повідомило джерело в Міністерстві оборони."
EN = '"We have seen North Korean soldiers on the front line," a US official said.'


@pytest.fixture()
def files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, Path]:
    monkeypatch.setenv("POLYGLOT_NEWS_CACHE_DIR", str(tmp_path / "cache"))
    texts = {"ru": RU, "uk": UK, "mixed": f"{RU}\n\n{EN}\n\n{RU}"}
    paths = {}
    for name, text in texts.items():
        paths[name] = tmp_path / f"{name}.txt"
        paths[name].write_text(text + "\n", encoding="utf-8")
    return paths


def _run(*args: str):  # noqa: ANN202 - typer's Result
    return CliRunner().invoke(app, ["detect", *args])


def test_text_output_one_line_per_input(files: dict[str, Path]) -> None:
    result = _run(str(files["ru"]), str(files["uk"]))
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0].split()[:2] == [str(files["ru"]), "ru"]
    assert lines[1].split()[:2] == [str(files["uk"]), "uk"]
    assert 0 <= float(lines[0].split()[2]) <= 1


def test_mixed_document_lists_paragraph_languages(files: dict[str, Path]) -> None:
    result = _run(str(files["mixed"]))
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0].split()[1] == "ru"
    assert [line.split()[1] for line in lines[1:]] == ["ru", "en", "ru"]


def test_json_shape(files: dict[str, Path]) -> None:
    result = _run("--json", str(files["mixed"]), str(files["uk"]))
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert [d["language"] for d in data] == ["ru", "uk"]
    first = data[0]
    assert {"path", "language", "confidence", "reliable", "paragraphs"} <= set(first)
    assert first["mixed"] is True
    assert [p["language"] for p in first["paragraphs"]] == ["ru", "en", "ru"]
    assert set(first["paragraphs"][0]) == {"start", "end", "language", "confidence"}


def test_failed_input_is_reported_and_others_still_print(
    files: dict[str, Path], tmp_path: Path
) -> None:
    missing = tmp_path / "missing.txt"
    short = tmp_path / "short.txt"
    short.write_text("Фото\n", encoding="utf-8")
    result = _run("--json", str(files["ru"]), str(missing), str(short))
    assert result.exit_code == 1
    data = json.loads(result.stdout)
    assert data[0]["language"] == "ru"
    errors = {d["path"]: d["error"] for d in data if "error" in d}
    assert set(errors) == {str(missing), str(short)}
    assert errors[str(short)]["kind"] == "too_short"
    assert all(set(e) == {"kind", "message"} for e in errors.values())


def test_restriction_option(files: dict[str, Path]) -> None:
    result = _run("--languages", "ru,en", "--json", str(files["uk"]))
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)[0]["language"] == "ru"


@pytest.mark.parametrize("value", ["ru,xx", ",", "klingon"], ids=["unknown", "empty", "word"])
def test_bad_languages_value_is_a_usage_error(files: dict[str, Path], value: str) -> None:
    result = _run("--languages", value, str(files["ru"]))
    assert result.exit_code == 2
    assert "Traceback" not in result.output


def test_unknown_code_message_lists_valid_codes(files: dict[str, Path]) -> None:
    result = _run("--languages", "ru,xx", str(files["ru"]))
    assert "xx" in result.output and "zh-tw" in result.output


def test_a_too_short_text_says_how_to_give_its_language_and_detect_takes_it(
    tmp_path: Path, files: dict[str, Path]
) -> None:
    flash = tmp_path / "flash.txt"
    flash.write_text("Kursk.\n", encoding="utf-8")
    hinted = _run(str(flash), str(files["ru"]))
    assert hinted.exit_code == 1
    assert "--from flash=CODE" in hinted.output
    assert hinted.output.splitlines()[-1].split()[:2] == [str(files["ru"]), "ru"]  # still detected

    given = _run("--from", "flash.txt=ru", str(flash), str(files["uk"]))
    assert given.exit_code == 0, given.output
    assert given.output.splitlines()[0].split() == [str(flash), "ru", "given", "encoding", "utf-8"]
    assert given.output.splitlines()[1].split()[:2] == [str(files["uk"]), "uk"]


def test_from_names_an_unknown_version_in_one_line(files: dict[str, Path]) -> None:
    result = _run("--from", "nothere.txt=ru", str(files["ru"]))
    assert result.exit_code == 2
    assert "nothere.txt" in result.output
    assert "Traceback" not in result.output
