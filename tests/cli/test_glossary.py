"""`polyglot-news glossary match | show | check`, in-process with typer's CliRunner."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from polyglot_news.cli import app

HEADER = "id\ttype\tlang\tform\tcanonical\tinflect\tnote\n"


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def test_match_json_offsets(runner: CliRunner, tmp_path: Path) -> None:
    text = "Войска КНДР воевали в Курской области."
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    result = runner.invoke(
        app, ["glossary", "match", str(tmp_path / "a.txt"), "--json", "--language", "ru"]
    )
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    (item,) = data  # a list, one object per input, as detect and translate print
    hits = [(m["canonical"], m["surface"], m["start"], m["end"]) for m in item["matches"]]
    assert hits == [("North Korea", "КНДР", 7, 11), ("Kursk region", "Курской области", 22, 37)]
    assert "error" not in item


def test_match_detects_language_and_reports_failures(runner: CliRunner, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(
        "Северная Корея направила войска в Курскую область, сообщило агентство ТАСС. "
        "Об этом говорится в заявлении министерства обороны России.\n",
        encoding="utf-8",
    )
    result = runner.invoke(
        app, ["glossary", "match", str(tmp_path / "a.txt"), str(tmp_path / "missing.txt"), "--json"]
    )
    assert result.exit_code == 1
    data = json.loads(result.stdout)
    assert data[0]["language"] == "ru"
    assert {m["canonical"] for m in data[0]["matches"]} >= {"North Korea", "TASS"}
    assert data[1]["error"]["kind"] == "not_found"  # in input order, as detect lists it


def test_match_with_user_glossary_only(runner: CliRunner, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Льгов и Курск", encoding="utf-8")
    (tmp_path / "g.csv").write_text("ru,en\nЛьгов,Lgov\n", encoding="utf-8")
    result = runner.invoke(
        app,
        [
            "glossary",
            "match",
            str(tmp_path / "a.txt"),
            "-l",
            "ru",
            "--glossary",
            str(tmp_path / "g.csv"),
            "--no-default-glossary",
        ],
    )
    assert result.exit_code == 0, result.output
    assert "Льгов -> Lgov" in result.stdout and "Kursk" not in result.stdout
    assert f"{tmp_path / 'a.txt'} [ru]: 1 name\n" in result.stdout  # not "1 names"


def test_show(runner: CliRunner) -> None:
    result = runner.invoke(app, ["glossary", "show", "--json", "--language", "ru"])
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert data["digest"].startswith("sha256:")
    assert {
        "id": "kcna",
        "type": "organisation",
        "canonical": "ЦТАК",
        "forms": ["ЦТАК", "KCNA"],
    } in data["entries"]
    assert "kursk-oblast" in runner.invoke(app, ["glossary", "show"]).stdout


def test_check(runner: CliRunner, tmp_path: Path) -> None:
    good = tmp_path / "good.tsv"
    good.write_text(HEADER + "x\tcity\ten\tLgov\t1\t\t\n", encoding="utf-8")
    bad = tmp_path / "bad.tsv"
    bad.write_text(HEADER + "x\tcity\n", encoding="utf-8")
    result = runner.invoke(app, ["glossary", "check", str(good)])
    assert result.exit_code == 0 and "ok, 1 entries" in result.stdout
    result = runner.invoke(app, ["glossary", "check", str(good), str(bad)])
    assert result.exit_code == 1
    assert f"{bad}:2:" in result.stderr


def test_usage_error(runner: CliRunner) -> None:
    assert runner.invoke(app, ["glossary", "match"]).exit_code == 2


def test_show_lists_each_form_once_in_order(runner: CliRunner, tmp_path: Path) -> None:
    rows = [
        "lgov\tcity\ten\tLgov\t1\t\t\n",
        "lgov\tcity\ten\tLgov town\t\t\t\n",
        "lgov\tcity\tmul\tLgov\t\t\t\n",  # the same text as a language-independent form
        "lgov\tcity\ten\tLgov town\t\t\t\n",
    ]
    (tmp_path / "g.tsv").write_text(HEADER + "".join(rows), encoding="utf-8")
    options = ["--glossary", str(tmp_path / "g.tsv"), "--no-default-glossary"]
    result = runner.invoke(app, ["glossary", "show", "--json", *options])
    assert result.exit_code == 0, result.output
    (entry,) = json.loads(result.stdout)["entries"]
    assert entry["forms"] == ["Lgov", "Lgov town"]
    text = runner.invoke(app, ["glossary", "show", *options]).stdout
    assert text.rstrip().endswith("Lgov, Lgov town")
