"""`glossary check` reports every bad line and warns of entries named by no en/mul form;
`glossary match` and `show` print names, never ids (new-user trial, 2 December)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from polyglot_news.cli import app
from polyglot_news.errors import GlossaryFormatError
from polyglot_news.glossary import load_glossary

HEADER = "id\ttype\tlang\tform\tcanonical\n"


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def _write(tmp_path: Path, name: str, body: str) -> Path:
    path = tmp_path / name
    path.write_text(HEADER + body, encoding="utf-8")
    return path


def test_check_reports_every_bad_line(runner: CliRunner, tmp_path: Path) -> None:
    bad = _write(
        tmp_path,
        "names.tsv",
        "oslo\tcity\tnb\tOslo\tja\n"  # 2: a flag that is no flag
        "bergen\tcity\tqq\tBergen\t1\n"  # 3: no language code
        "tromso\tcity\tnb\tTromsø\t1\n"  # 4: fine
        "tromso-2\tcity\tnb\ttromsø\t1\n"  # 5: the form of line 4 again, another entity
        "molde\tcity\tnb\n",  # 6: too few columns
    )
    result = runner.invoke(app, ["glossary", "check", str(bad)])
    assert result.exit_code == 1
    errors = [line for line in result.stderr.splitlines() if "error:" in line]
    assert [line.split(f"{bad}:")[1].split(":")[0] for line in errors] == ["2", "3", "5", "6"]
    assert "canonical must be 1, 0 or empty" in errors[0]
    assert "'qq' is no ISO 639 language code" in errors[1]
    assert "names both 'tromso'" in errors[2] and "keep it in one entry" in errors[2]
    assert "expected 4 to 7" in errors[3]


def test_loading_a_bad_file_says_one_line_with_the_count(tmp_path: Path) -> None:
    bad = _write(tmp_path, "g.tsv", "a\tcity\ten\tA\tyes\nb\tcity\tzz\tB\t1\n")
    with pytest.raises(GlossaryFormatError) as info:
        load_glossary(bad)
    message = str(info.value)
    assert message.startswith(f"{bad}:2: canonical must be") and "\n" not in message
    assert f"and 1 more; 'polyglot-news glossary check {bad}' lists them all" in message
    assert len(info.value.problems) == 2


def test_check_warns_of_an_entry_without_en_or_mul(runner: CliRunner, tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        "mine.tsv",
        "fnv\torganisation\tmul\tFNV\t1\nkursk\tcity\tru\tКурск\t1\nkursk\tcity\tuk\tКурськ\t1\n",
    )
    result = runner.invoke(app, ["glossary", "check", str(path)])
    assert result.exit_code == 0 and "ok, 2 entries" in result.stdout
    warnings = [line for line in result.stderr.splitlines() if "warning:" in line]
    assert len(warnings) == 1
    assert f"{path}:3: 'kursk' has no en or mul form" in warnings[0]
    assert "'Курск'" in warnings[0] and "add an en row" in warnings[0]


def test_match_and_show_print_names_not_ids(runner: CliRunner, tmp_path: Path) -> None:
    story = tmp_path / "lux_en.txt"
    story.write_text("Judges met in Luxembourg City on Thursday.", encoding="utf-8")
    result = runner.invoke(app, ["glossary", "match", str(story), "--language", "en"])
    assert result.exit_code == 0
    assert "Luxembourg City -> Luxembourg City" in result.stdout
    assert "luxembourg-2" not in result.stdout
    names = _write(tmp_path, "user.tsv", "tiktok\torganisation\tmul\tTikTok\t1\n")
    result = runner.invoke(app, ["glossary", "show", "--json", "-l", "en", "-g", str(names)])
    assert result.exit_code == 0, result.output
    shown = {e["id"]: e["canonical"] for e in json.loads(result.stdout)["entries"]}
    assert shown["tiktok"] == "TikTok" and shown["luxembourg-2"] == "Luxembourg City"
    assert [i for i, name in shown.items() if name == i and "-" in i] == []
