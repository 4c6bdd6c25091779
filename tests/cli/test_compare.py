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
    # besides the note that the folder's README.md is not a version
    lines = [line for line in err.strip().splitlines() if "skipped README.md" not in line]
    assert len(lines) == 1 and "choose one of" in err


def test_load_failures_named_when_too_few_versions_remain(
    cli: Cli, example_story: Path, example_models: Path, tmp_path: Path
) -> None:
    broken = tmp_path / "broken.json"
    broken.write_text('{"title": "x", "text": "abc\n', encoding="utf-8")
    missing = tmp_path / "missing.txt"
    code, out, err = cli(
        "compare", example_story / "wire_en.txt", missing, broken, "--models", example_models
    )
    assert code == 1 and out == ""
    lines = err.strip().splitlines()
    assert len(lines) == 3, err
    assert str(missing) in lines[0] and "does not exist" in lines[0]
    assert str(broken) in lines[1] and "Invalid control character at line 1" in lines[1]
    assert lines[2].endswith(f"(2 inputs failed to load: {missing}, {broken})")


def test_replacing_an_existing_report_says_so(
    cli: Cli, example_story: Path, example_models: Path, tmp_path: Path
) -> None:
    out_file = tmp_path / "report.md"
    args = ("compare", example_story, "--models", example_models, "-o", out_file)
    code, _out, err = cli(*args)
    assert code == 0 and "replaced" not in err
    code, _out, err = cli(*args)  # the report of the run before
    assert code == 0
    assert [ln for ln in err.splitlines() if " note: " not in ln] == [
        f"wrote md report to {out_file} (replaced the file that was there)"
    ]
    assert out_file.read_text(encoding="utf-8").startswith("#")


def test_a_file_that_is_no_report_is_replaced_only_with_overwrite(
    cli: Cli, example_story: Path, example_models: Path, tmp_path: Path
) -> None:
    out_file = tmp_path / "notes.md"
    out_file.write_text("my own notes", encoding="utf-8")
    args = ("compare", example_story, "--models", example_models, "-o", out_file)
    code, out, err = cli(*args)
    assert code == 1 and out == ""
    [line] = [ln for ln in err.splitlines() if "error:" in ln]
    assert "notes.md exists and is not a polyglot_news report" in line and "--overwrite" in line
    assert out_file.read_text(encoding="utf-8") == "my own notes"  # refused before any work
    code, _out, err = cli(*args, "--overwrite")
    assert code == 0 and "(replaced the file that was there)" in err
    assert out_file.read_text(encoding="utf-8").startswith("#")


@pytest.mark.parametrize(
    ("name", "fmt", "marker"),
    [
        pytest.param("notes.markdown", None, "| version |", id="markdown-suffix"),
        pytest.param("report", None, "against wire_en", id="no-suffix-is-text"),
        pytest.param("report.pdf", "html", "<!DOCTYPE html>", id="format-given"),
    ],
)
def test_output_suffix_or_format_decides(
    cli: Cli, example_story: Path, example_models: Path, tmp_path: Path, name, fmt, marker
) -> None:
    out_file = tmp_path / name
    given = ["-f", fmt] if fmt else []
    code, _out, err = cli("compare", example_story, "--models", example_models, "-o", out_file,
                          "--base", "wire_en", *given)  # fmt: skip
    assert code == 0, err
    assert marker.lower() in out_file.read_text(encoding="utf-8").lower()


def test_unknown_output_suffix_is_refused_before_any_work(
    cli: Cli, example_story: Path, tmp_path: Path
) -> None:
    # Before, "-o report.pdf" silently wrote a plain-text report into report.pdf.
    out_file = tmp_path / "report.pdf"
    code, out, err = cli("compare", example_story, "-o", out_file)
    assert code == 2
    assert err.count("\n") == 1 and "report.pdf: cannot tell the report format from '.pdf'" in err
    assert "-f text|md|html|json" in err
    assert not out_file.exists() and out == ""


def test_a_version_given_twice_is_compared_once(
    cli: Cli, example_story: Path, example_models: Path
) -> None:
    wire = example_story / "wire_en.txt"
    code, out, err = cli("compare", wire, example_story, "--models", example_models, "-f", "json")
    assert code == 0, err
    warning = f"{wire} was given again inside {example_story}; it is compared once"
    # besides the note naming the base chosen (no --base)
    assert [ln for ln in err.splitlines() if " note: " not in ln] == [
        f"polyglot-news: warning: {warning}"
    ]
    ids = [v["id"] for v in json.loads(out)["versions"]]
    assert len(ids) == 7 and ids[:2] == ["wire_en", "aggregator_en"]


def test_a_report_saved_in_the_story_folder_is_replaced_not_compared(
    cli: Cli, example_story: Path, example_models: Path, tmp_path: Path
) -> None:
    import shutil

    story = tmp_path / "story"
    shutil.copytree(example_story, story)
    report = story / "report.html"
    args = ("compare", story, "--models", example_models, "--base", "wire_en", "-o", report)
    code, _out, err = cli(*args)
    assert code == 0, err
    first = report.read_text(encoding="utf-8")
    code, _out, err = cli(*args)  # before: "report.html: is the input ...; refusing"
    assert code == 0, err
    assert "report.html is a polyglot_news report, not a version of the story" in err
    assert "(replaced the file that was there)" in err
    assert report.read_text(encoding="utf-8") == first  # the same 7 versions, not 8
    code, _out, err = cli("compare", story, "--models", example_models, "-o", story / "wire_en.txt")
    assert code == 1 and "refusing to overwrite it" in err  # a version is never replaced


@pytest.mark.parametrize(
    ("command", "extra"),
    [
        pytest.param("compare", (), id="compare"),
        pytest.param("translate", (), id="translate"),
        pytest.param("batch", ("--out", "OUT"), id="batch"),
    ],
)
@pytest.mark.parametrize(
    ("code", "hint"),
    [
        pytest.param("xx", "polyglot-news models languages", id="unknown"),
        pytest.param("pt-BR", "'pb'", id="alias"),
    ],
)
def test_an_unknown_to_is_a_usage_error_naming_it(
    example_story: Path, tmp_path: Path, command: str, extra: tuple[str, ...], code: str, hint: str
) -> None:
    from typer.testing import CliRunner

    from polyglot_news.cli import app

    args = [command, str(example_story), *(str(tmp_path) if a == "OUT" else a for a in extra)]
    result = CliRunner().invoke(app, [*args, "--to", code])
    assert result.exit_code == 2, result.output
    error = [line for line in result.output.splitlines() if "Error" in line]
    assert len(error) == 1 and f"'{code}'" in error[0] and hint in error[0]
    assert not (tmp_path / "manifest.json").exists()


def test_argos_codes_are_taken_by_to(cli: Cli, example_story: Path, example_models: Path) -> None:
    # zt (Traditional Chinese) is valid: the run gets as far as the missing packages
    code, _out, err = cli("compare", example_story, "--models", example_models, "--to", "zt")
    assert code == 1
    assert "no translation model for en->zt" in err and "Invalid value" not in err


def test_without_base_a_note_names_the_base_chosen(
    cli: Cli, example_story: Path, example_models: Path
) -> None:
    code, out, err = cli("compare", example_story, "--models", example_models, "-f", "json")
    assert code == 0, err
    base = json.loads(out)["base"]
    [note] = [line for line in err.splitlines() if "note: base" in line]
    assert f"base {base}:" in note and "--base" in note
    code, _out, err = cli(
        "compare", example_story, "--models", example_models, "--base", "wire_en", "-f", "md"
    )
    assert code == 0 and "note: base" not in err


@pytest.mark.parametrize("target", ["a folder", "an input"])
def test_an_output_that_cannot_take_the_report_is_refused_before_any_work(
    cli: Cli, example_story: Path, tmp_path: Path, target: str
) -> None:
    story = tmp_path / "story"
    story.mkdir()
    for name in ("wire_en.txt", "aggregator_en.txt"):
        (story / name).write_bytes((example_story / name).read_bytes())
    output = tmp_path if target == "a folder" else story / "wire_en.txt"
    before = (story / "wire_en.txt").read_bytes()
    code, out, err = cli("compare", story, "-o", output)
    assert code == 1 and out == ""
    [line] = err.splitlines()  # no note on the base: nothing was compared
    assert line.startswith(f"polyglot-news: error: {output}: is ")
    assert (story / "wire_en.txt").read_bytes() == before
