"""The fake backend does not translate, and says so: in ``--help`` and, once, in the report's
warnings of a comparison made with it (a new user took its ``[de>en]`` output for a
translation, 2 December). A backend made directly (tests' own fakes) carries no notice."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from polyglot_news import TranslationEngine
from polyglot_news.translate.fake import NOT_TRANSLATED, FakeTranslator
from polyglot_news.translate.registry import create_translator

CliResult = tuple[int, str, str]

STORY = {
    "wire.txt": "A ferry sank off Bali on Monday. Twelve people died, the police said.\n",
    "copy.txt": "A ferry sank near Bali on Monday. Twelve died, police said.\n",
    "russian.txt": "Паром затонул у берегов Бали в понедельник. Погибли двенадцать человек, "
    "сообщила полиция.\n",
    "ukrainian.txt": "Пором затонув біля узбережжя Балі в понеділок. Загинули дванадцять людей, "
    "повідомила поліція.\n",
}


@pytest.fixture
def story(tmp_path: Path) -> Path:
    folder = tmp_path / "story"
    folder.mkdir()
    for name, text in STORY.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def test_help_calls_fake_a_test_backend(cli: Callable[..., CliResult]) -> None:
    for command in ("compare", "translate"):
        code, out, _ = cli(command, "--help")
        flat = " ".join(out.replace("│", " ").split())
        assert code == 0
        assert "fake (a test backend that does not translate" in flat, command


@pytest.mark.parametrize(
    ("suffix", "fmt"), [("txt", "text"), ("md", "md"), ("html", "html")], ids=["text", "md", "html"]
)
def test_report_says_once_that_nothing_was_translated(
    cli: Callable[..., CliResult], story: Path, tmp_path: Path, suffix: str, fmt: str
) -> None:
    out_file = tmp_path / f"report.{suffix}"
    code, _, err = cli(
        "compare", story, "--translator", "fake", "--no-cache", "--base", "wire", "-o", out_file
    )
    assert code == 0, err
    report = out_file.read_text(encoding="utf-8")
    flat = " ".join(report.split())
    assert flat.count("not translated: --translator fake is a test backend") == 1
    before = flat[: flat.index("not translated: --translator")][-250:]  # the line's "where"
    assert "russian.txt" in before and "ukrainian.txt" in before


def test_json_report_carries_it_on_each_translated_version(
    cli: Callable[..., CliResult], story: Path, tmp_path: Path
) -> None:
    out_file = tmp_path / "report.json"
    code, _, err = cli("compare", story, "--translator", "fake", "--no-cache", "-o", out_file)
    assert code == 0, err
    versions = {v["id"]: v for v in json.loads(out_file.read_text("utf-8"))["versions"]}
    warned = {
        ident
        for ident, v in versions.items()
        if NOT_TRANSLATED in ((v.get("translation") or {}).get("warnings") or [])
    }
    assert warned == {"russian", "ukrainian"}


def test_only_the_named_backend_carries_the_notice() -> None:
    named = TranslationEngine(create_translator("fake"), cache=False)
    direct = TranslationEngine(FakeTranslator(), cache=False)
    text = "Паром затонул у берегов Бали в понедельник."
    assert named.translate(text, "ru", "en").warnings[0] == NOT_TRANSLATED
    assert NOT_TRANSLATED not in direct.translate(text, "ru", "en").warnings
    assert named.translate("A ferry sank off Bali.", "en", "en").warnings == ()  # not translated
