"""What a new user feeds the CLI: a folder mixing formats, too-short versions, records that declare
their language, Markdown clippings and stray files; each handled in one line, none lost silently.

Real files in ``tmp_path``, the real entry point (``cli`` fixture), a fake translator over a few
pairs registered as a user would; the reported language is read from the JSON report.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from polyglot_news.translate.fake import FakeTranslator

Cli = Callable[..., tuple[int, str, str]]
ROOT = Path(__file__).resolve().parents[2]

EN = "North Korea has confirmed that its troops fought in the Kursk region, officials said.\n"
UK = "Війська КНДР воювали в Курській області, повідомив Генштаб. Бої тривають біля кордону.\n"
RU = "Войска КНДР воевали в Курской области, сообщил Генштаб. Бои продолжаются у границы.\n"
SHORT = "Kursk.\n"  # 5 letters: too few to detect


@pytest.fixture(autouse=True)
def isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("POLYGLOT_NEWS_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("ARGOS_PACKAGES_DIR", str(tmp_path / "no-packages"))


@pytest.fixture(autouse=True)
def fake(register_translator: Callable[..., None]) -> None:
    """``--translator pairs-fake``: ru, uk and en into English, nothing else."""
    translator = FakeTranslator(pairs=[("ru", "en"), ("uk", "en"), ("en", "en")])
    register_translator("pairs-fake", lambda **options: translator)


FAKE = ("--translator", "pairs-fake", "--no-default-glossary")


def _story(tmp_path: Path, files: dict[str, str | dict[str, Any]]) -> Path:
    folder = tmp_path / "story"
    folder.mkdir(exist_ok=True)
    for name, content in files.items():
        text = json.dumps(content, ensure_ascii=False) if isinstance(content, dict) else content
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def _compare(cli: Cli, *args: str | Path) -> tuple[int, dict[str, Any] | None, str]:
    code, out, err = cli("compare", *args, *FAKE, "-f", "json")
    return code, (json.loads(out) if out.strip() else None), err


def _languages(report: dict[str, Any]) -> dict[str, tuple[str, str]]:
    """version id -> (language, detector) as the JSON report gives them."""
    return {
        v["id"]: (v["detection"]["language"], v["detection"]["detector"])
        for v in report["versions"]
        if v.get("detection")
    }


def _errors(err: str) -> list[str]:
    return [line for line in err.splitlines() if "error:" in line]


# --- 1. a language the user gives: --from [NAME=]CODE ---------------------------------------------


def test_too_short_version_names_the_fix_and_from_applies_it(cli: Cli, tmp_path: Path) -> None:
    story = _story(tmp_path, {"wire.txt": EN, "uk.txt": UK, "flash.txt": SHORT})
    code, report, err = _compare(cli, story)
    assert code == 1 and report is not None
    [line] = _errors(err)
    assert "flash.txt" in line and "too short" in line and "--from flash=CODE" in line
    assert set(_languages(report)) == {"wire", "uk"}  # the others are still compared

    code, report, err = _compare(cli, story, "--from", "flash.txt=en")
    assert code == 0, err
    assert report is not None and _languages(report)["flash"] == ("en", "given")
    assert _languages(report)["uk"] == ("uk", "polyglot_news.langid")


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        (["uk"], {"a": "uk", "b": "uk"}),
        (["en", "b=uk"], {"a": "en", "b": "uk"}),
        (["b.txt=uk-UA"], {"a": "en", "b": "uk"}),
        (["STORY/b.txt=uk"], {"a": "en", "b": "uk"}),
    ],
    ids=["every-input", "named-wins-over-every", "bcp47-tag", "by-path"],
)
def test_from_sets_every_or_one_version(
    cli: Cli, tmp_path: Path, given: list[str], expected: dict[str, str]
) -> None:
    story = _story(tmp_path, {"a.txt": EN, "b.txt": UK})
    args = [arg for value in given for arg in ("--from", value.replace("STORY", str(story)))]
    code, out, err = cli("translate", story, *FAKE, "--json", *args)
    assert code == 0, err
    assert {Path(r["path"]).stem: r["language"] for r in json.loads(out)} == expected


@pytest.mark.parametrize(
    ("value", "message"),
    [("nope.txt=ru", "'nope.txt' names no loaded version"), ("a.txt=xx", "'xx' is no language")],
    ids=["unknown-name", "unknown-code"],
)
@pytest.mark.parametrize("command", ["compare", "translate"])
def test_from_refuses_unknown_names_and_codes(
    cli: Cli, tmp_path: Path, command: str, value: str, message: str
) -> None:
    story = _story(tmp_path, {"a.txt": EN, "b.txt": UK})
    code, out, err = cli(command, story, *FAKE, "--from", value)
    assert code == 2 and out == "" and message in err and "Traceback" not in err


# --- 2. a language the record declares ----------------------------------------------------------


@pytest.mark.parametrize(
    "record",
    [
        {"text": SHORT, "language": "en"},
        {"body": SHORT, "lang": "en-GB"},
        {"@type": "NewsArticle", "articleBody": SHORT, "inLanguage": "en-US"},
        {"articleBody": SHORT, "inLanguage": {"@type": "Language", "name": "English"}},
    ],
    ids=["language", "lang-tag", "schema-org", "schema-org-language-object"],
)
def test_declared_language_is_used_when_detection_cannot_decide(
    cli: Cli, tmp_path: Path, record: dict[str, Any]
) -> None:
    story = _story(tmp_path, {"wire.txt": EN, "uk.txt": UK, "flash.json": record})
    code, report, err = _compare(cli, story)
    assert code == 0, err
    assert report is not None and _languages(report)["flash"] == ("en", "declared")


def test_declared_language_agreeing_with_detection_is_used_quietly(
    cli: Cli, tmp_path: Path
) -> None:
    story = _story(tmp_path, {"wire.txt": EN, "ru.json": {"text": RU, "language": "ru"}})
    code, report, err = _compare(cli, story)
    assert code == 0 and "warning" not in err
    assert report is not None and _languages(report)["ru"] == ("ru", "declared")


def test_a_declaration_detection_is_sure_against_is_overruled_and_said(
    cli: Cli, tmp_path: Path
) -> None:
    # a CMS that stamps every record with the site's language: a Russian text declared uk
    story = _story(tmp_path, {"wire.txt": EN, "ru.json": {"text": RU, "language": "uk"}})
    code, report, err = _compare(cli, story)
    assert code == 0, err
    [line] = [line for line in err.splitlines() if "warning:" in line]
    assert "ru.json declares uk but its text reads as ru" in line and "--from ru=uk" in line
    assert report is not None and _languages(report)["ru"][0] == "ru"
    [version] = [v for v in report["versions"] if v["id"] == "ru"]
    assert any("declares uk" in w for w in version["warnings"])  # in the report too

    code, report, _ = _compare(cli, story, "--from", "ru=uk")  # the user insists
    assert report is not None and _languages(report)["ru"] == ("uk", "given")


def test_a_declared_value_that_is_no_language_is_said_and_detected(
    cli: Cli, tmp_path: Path
) -> None:
    story = _story(tmp_path, {"wire.txt": EN, "uk.json": {"text": UK, "language": "Ukrainisch"}})
    code, report, err = _compare(cli, story)
    assert code == 0, err
    assert "declares the language 'Ukrainisch', which is no language code" in err
    assert report is not None and _languages(report)["uk"] == ("uk", "polyglot_news.langid")


def test_detect_reports_a_declared_language_as_declared(cli: Cli, tmp_path: Path) -> None:
    story = _story(tmp_path, {"flash.json": {"text": SHORT, "inLanguage": "en"}, "a.txt": EN})
    code, out, err = cli("detect", story)
    assert code == 0, err
    # too short to detect: the declaration is all there is, and the line says so (not 1.00)
    line = f"{story / 'flash.json'}  en  declared, not detected  encoding utf-8"
    assert line in out.splitlines()


# --- 3. Markdown and stray files in a folder -----------------------------------------------------

CLIP = """---
title: "Troops in Kursk"
source: https://example.org/kursk
author:
  - "[[Jane Doe]]"
published: 2025-04-28
---
# Troops in Kursk

**North Korea** has confirmed that its troops fought in the [Kursk region](https://x.org/k),
officials said.

- Fighting goes on near the border.

![A map of the region](map.png)

```
tracking();
```
"""


def test_markdown_is_a_version_and_stray_files_are_named(cli: Cli, tmp_path: Path) -> None:
    story = _story(
        tmp_path,
        {"wire.txt": EN, "clip.md": CLIP, "README.md": "# Notes\n", "sources.csv": "a,b\n"},
    )
    (story / "pictures").mkdir()
    (story / ".DS_Store").write_bytes(b"\0\1")
    code, report, err = _compare(cli, story)
    assert code == 0, err
    assert report is not None
    [clip] = [v for v in report["versions"] if v["id"] == "clip"]
    assert clip["format"] == "markdown" and clip["title"] == "Troops in Kursk"
    assert clip["url"] == "https://example.org/kursk" and clip["date"] == "2025-04-28"
    # the clip names its reporter, not its publication: the outlet is the source's host,
    # never the author (new-user trial, 2 December: "Jess Weatherbed" was shown as the outlet)
    assert clip["outlet"] == "example.org"
    assert "North Korea has confirmed that its troops fought in the Kursk region" in clip["text"]
    for markup in ("**", "](", "tracking", "map.png", "---"):
        assert markup not in clip["text"]
    assert {r["kind"] for r in clip["removed"]} >= {"code", "image"}
    [note] = [line for line in err.splitlines() if "skipped" in line]
    assert note.startswith("polyglot-news: note:")
    for name in ("README.md", "sources.csv", "pictures"):
        assert name in note
    assert ".DS_Store" not in note and "README" not in {v["id"] for v in report["versions"]}


def test_markdown_without_text_is_one_line_and_the_rest_is_compared(
    cli: Cli, tmp_path: Path
) -> None:
    story = _story(
        tmp_path,
        {"wire.txt": EN, "uk.txt": UK, "empty.md": "---\ntitle: x\n---\n```\ncode\n```\n"},
    )
    code, report, err = _compare(cli, story)
    assert code == 1 and report is not None and len(report["versions"]) == 2
    [line] = _errors(err)
    assert "empty.md" in line and "front matter" in line


def test_a_markdown_report_saved_in_the_story_is_not_read_back(cli: Cli, tmp_path: Path) -> None:
    story = _story(tmp_path, {"wire.txt": EN, "uk.txt": UK})
    code, _, err = cli("compare", story, *FAKE, "-o", story / "report.md")
    assert code == 0, err
    first = (story / "report.md").read_text(encoding="utf-8")
    code, report, err = _compare(cli, story)
    assert code == 0, err
    assert report is not None and {v["id"] for v in report["versions"]} == {"wire", "uk"}
    assert (story / "report.md").read_text(encoding="utf-8") == first  # not overwritten


def test_versions_with_the_same_text_are_compared_and_noted(cli: Cli, tmp_path: Path) -> None:
    story = _story(tmp_path, {"wire.txt": EN, "wire copy.txt": EN, "uk.txt": UK})
    code, report, err = _compare(cli, story)
    assert code == 0, err
    assert report is not None and len(report["versions"]) == 3
    [note] = [line for line in err.splitlines() if "same text" in line]
    assert "wire copy.txt" in note and "wire.txt" in note and "uk.txt" not in note


def test_a_guessed_language_without_a_model_says_how_to_give_it(cli: Cli, tmp_path: Path) -> None:
    # 12 letters of names only: detection guesses, unreliably, a language with no model here
    story = _story(tmp_path, {"a.txt": EN, "names.txt": "Kursk region.\n"})
    for command in ("translate", "compare"):
        code, _, err = cli(command, story, *FAKE)
        [line] = _errors(err)
        assert "names.txt: no translation model" in line, command
        assert "its language was guessed as" in line and "--from names=CODE" in line
    code, out, err = cli("translate", story, *FAKE, "--json", "--from", "names=en")
    assert code == 0, err


def test_a_record_of_a_file_of_several_is_named_with_its_number(cli: Cli, tmp_path: Path) -> None:
    # "feed.json" alone would not say which record failed or which one is the copy
    spanish = "Los estibadores de Rotterdam se declararon en huelga el lunes por los salarios."
    feed = [{"text": EN, "language": "en"}, {"text": spanish, "language": "es"}]
    story = _story(tmp_path, {"wire.txt": EN, "uk.txt": UK})
    (story / "feed.json").write_text(json.dumps(feed), encoding="utf-8")
    code, report, err = _compare(cli, story)
    assert code == 1 and report is not None
    assert _errors(err) == [
        f"polyglot-news: error: {story / 'feed.json'}#2: no translation model for es->en; "
        "install one with `polyglot-news models install es en` or, offline, point `--models DIR` "
        "at a folder of .argosmodel files"
    ]
    assert f"note: {story / 'feed.json'}#1 and {story / 'wire.txt'} hold the same text" in err


def test_a_short_heading_guessed_as_another_language_does_not_make_a_text_mixed(
    cli: Cli, tmp_path: Path
) -> None:
    clip = "---\ntitle: Port strike\n---\n\n# Rotterdam strike\n\n" + EN
    story = _story(tmp_path, {"clip.md": clip})
    code, out, err = cli("detect", "--json", story / "clip.md")
    assert code == 0, err
    [result] = json.loads(out)
    stray = [p for p in result["paragraphs"] if p["language"] != "en"]
    assert stray and all(p["confidence"] < 0.8 for p in stray)  # a guess, not a language
    assert (result["language"], result["mixed"]) == ("en", False)
    code, out, _ = cli("detect", story / "clip.md")
    line = f"{story / 'clip.md'}  en  {result['confidence']:.2f}  encoding utf-8"
    assert out.splitlines() == [line]


def test_a_script_detection_has_no_profile_for_is_named_with_the_fix(
    cli: Cli, tmp_path: Path
) -> None:
    georgian = "როტერდამის პორტის მუშებმა ორშაბათს ხელფასების გამო გაფიცვა გამოაცხადეს.\n"
    story = _story(tmp_path, {"wire.txt": EN, "uk.txt": UK, "ka.txt": georgian})
    (story / "quote.txt").write_text(EN + "\n" + georgian, encoding="utf-8")  # a quote in it
    code, report, err = _compare(cli, story)
    assert code == 1 and report is not None
    assert _errors(err) == [
        f"polyglot-news: error: {story / 'ka.txt'}: text is written in Georgian script, which "
        "language detection has no profile for: 'როტერდამის პორტის მუშებმა ორშაბათს ხელფა'; "
        "set the language with --from ka=CODE"
    ]  # not "too short (0 letters)"
    assert _languages(report)["quote"] == ("en", "polyglot_news.langid")
    code, report, err = _compare(cli, story, "--from", "ka=ka")
    assert "no translation model for ka->en" in err and report is not None


def test_glossary_match_takes_a_language_per_version(cli: Cli, tmp_path: Path) -> None:
    story = _story(tmp_path, {"a.txt": EN, "uk.json": {"text": UK, "language": "en"}})
    code, out, err = cli("glossary", "match", story, "--json", "-l", "a.txt=en")
    assert code == 0, err
    languages = {Path(r["path"]).name: r["language"] for r in json.loads(out)}
    assert languages == {"a.txt": "en", "uk.json": "uk"}  # the declaration overruled, and said
    assert "uk.json declares en" in err


def test_a_declaration_in_another_script_than_the_text_is_overruled(
    cli: Cli, tmp_path: Path
) -> None:
    # a headline too short for a reliable guess, but Cyrillic is never English
    story = _story(
        tmp_path, {"wire.txt": EN, "flash.json": {"text": "Бої біля Курська", "language": "en"}}
    )
    code, report, err = _compare(cli, story)
    assert code == 0, err
    assert "flash.json declares en but its text is in cyrillic script" in err
    assert report is not None and _languages(report)["flash"][0] != "en"


def test_from_names_standard_input(
    cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import io
    import sys

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(SHORT.encode())))
    code, out, err = cli("translate", "-", *FAKE, "--json", "--from", "-=en")
    assert code == 0, err
    assert json.loads(out)[0]["language"] == "en"


def test_standard_input_is_named_as_such_in_notes(
    cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import io
    import sys

    record = json.dumps({"text": RU, "language": "uk"}, ensure_ascii=False)
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(record.encode())))
    code, out, err = cli("detect", "-")
    assert code == 0 and out.startswith("-  ru  ")
    assert "warning: <stdin> declares uk but its text reads as ru" in err  # not "- declares"


def test_batch_keeps_declared_language_notes_in_the_report_not_on_stderr(tmp_path: Path) -> None:
    # a real process: batch workers write to the process's stderr, which capsys does not see
    corpus = tmp_path / "corpus.jsonl"
    records = [
        {"story": "s1", "text": EN, "language": "en"},
        {"story": "s1", "text": RU, "language": "uk"},  # a site default, overruled
    ]
    corpus.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\n")
    args = ["batch", str(corpus), "--out", str(tmp_path / "out"), "--translator", "fake"]
    env = {**os.environ, "PYTHONPATH": str(ROOT), "POLYGLOT_NEWS_CACHE_DIR": str(tmp_path / "c")}
    done = subprocess.run(
        [sys.executable, "-m", "polyglot_news.cli", *args, "--workers", "1"],
        capture_output=True, text=True, env=env, timeout=300, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "Warning" not in done.stderr and "declares" not in done.stderr
    report = json.loads((tmp_path / "out" / "stories" / "s1" / "report.json").read_text())
    warned = [w for v in report["versions"] for w in v["warnings"]]
    assert any("declares uk but its text reads as ru" in w for w in warned)
