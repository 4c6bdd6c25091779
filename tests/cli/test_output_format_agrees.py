"""``-f`` and ``-o``'s suffix must agree; without ``-f`` the suffix decides, as documented.

Before, ``-o conflict.html -f md`` silently wrote Markdown into a .html file (a new user's
trial). The refusal comes before any work: nothing is loaded or translated.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

CliResult = tuple[int, str, str]

REFUSED = [
    # (-o name, -f, what the name says, the name -f would need)
    pytest.param("conflict.html", "md", "HTML", "conflict.md", id="html-given-md"),
    pytest.param("notes.md", "html", "Markdown", "notes.html", id="md-given-html"),
    pytest.param("report.JSON", "text", "JSON", "report.txt", id="json-upper-given-text"),
    pytest.param("report.txt", "json", "text", "report.json", id="txt-given-json"),
    pytest.param("page.htm", "md", "HTML", "page.md", id="htm-given-md"),
]


@pytest.mark.parametrize(("name", "fmt", "says", "fixed"), REFUSED)
def test_a_format_that_disagrees_with_the_name_is_refused(
    cli: Callable[..., CliResult], tmp_path: Path, name: str, fmt: str, says: str, fixed: str
) -> None:
    out_file = tmp_path / name
    code, out, err = cli("compare", tmp_path / "nothing-here", "-o", out_file, "-f", fmt)
    assert code == 2 and out == ""
    assert err.count("\n") == 1  # one line, before loading (the input does not exist)
    assert f"{out_file}: -f {fmt} writes " in err and f"says {says};" in err
    assert f"name the file {fixed}, or leave -f out to write {says}" in err
    assert not out_file.exists()


AGREED = [
    # (-o name, -f, the report's first characters)
    pytest.param("report.html", "html", "<!DOCTYPE html>", id="same"),
    pytest.param("report.html", None, "<!DOCTYPE html>", id="suffix-decides"),
    pytest.param("report.md", None, "# Comparison", id="md-suffix-decides"),
    pytest.param("report.out", "json", '{\n  "schema_version"', id="unknown-suffix-takes-f"),
    pytest.param("report.md", "MD", "# Comparison", id="f-in-capitals"),
]


@pytest.mark.parametrize(("name", "fmt", "start"), AGREED)
def test_agreeing_or_single_sources_of_the_format_write(
    cli: Callable[..., CliResult], tmp_path: Path, name: str, fmt: str | None, start: str
) -> None:
    story = tmp_path / "story"
    story.mkdir()
    (story / "a_en.txt").write_text("A ferry sank off Bali on Monday. Twelve people died.\n")
    (story / "b_en.txt").write_text("A ferry sank near Bali on Monday. Twelve died.\n")
    out_file = tmp_path / name
    given = ["-f", fmt] if fmt else []
    code, _, err = cli("compare", story, "--translator", "fake", "--no-cache", "-o", out_file,
                       *given)  # fmt: skip
    assert code == 0, err
    assert out_file.read_text(encoding="utf-8").startswith(start)


def test_an_unknown_format_is_refused_in_plain_words(
    cli: Callable[..., CliResult], tmp_path: Path
) -> None:
    # a trial (2 December, sixth round) read "Value error, 'yaml' is not one of ..."
    code, out, err = cli("compare", tmp_path / "nothing-here", "-f", "yaml")
    assert code == 2 and out == ""
    assert "unknown report format 'yaml'; choose one of: text, json, html, md" in err
    assert "Value error" not in err
