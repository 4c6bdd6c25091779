"""`polyglot-news translate`, in-process, with the fake translator and one real fixture model."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import CliRunner

from polyglot_news.cli import app
from polyglot_news.translate.fake import FakeTranslator

ROOT = Path(__file__).resolve().parents[2]
MODELS = ROOT / "examples" / "models"
RU = "Войска КНДР воевали в Курской области. Об этом сообщило агентство.\n\nБои продолжаются."
KO = "북한은 러시아 쿠르스크 지역에 군대를 파병했다고 처음으로 확인했다. 조선중앙통신이 보도했다."


@pytest.fixture(autouse=True)
def isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    cache = tmp_path / "cache"
    monkeypatch.setenv("POLYGLOT_NEWS_CACHE_DIR", str(cache))
    monkeypatch.setenv("ARGOS_PACKAGES_DIR", str(tmp_path / "no-packages"))
    return cache


@pytest.fixture
def fake(register_translator: Callable[..., None]) -> FakeTranslator:
    """A fake with ru->en and uk->en only, plugged in as ``--translator test-fake``."""
    translator = FakeTranslator(pairs=[("ru", "en"), ("uk", "en")])
    register_translator("test-fake", lambda **options: translator)
    return translator


FAKE = ("--translator", "test-fake")


def _write(tmp_path: Path, name: str, text: str) -> str:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


def test_text_output(tmp_path: Path, fake: FakeTranslator) -> None:
    path = _write(tmp_path, "ru.txt", RU)
    result = CliRunner().invoke(app, ["translate", path, "--to", "en", "--from", "ru", *FAKE])
    assert result.exit_code == 0, result.output
    assert f"== {path} (ru -> en)" in result.stdout
    assert "[ru>en] Бои продолжаются." in result.stdout


def test_json_with_failures_exits_1(tmp_path: Path, fake: FakeTranslator) -> None:
    ru = _write(tmp_path, "ru.txt", RU)
    ko = _write(tmp_path, "ko.txt", KO)
    missing = str(tmp_path / "missing.txt")
    result = CliRunner().invoke(app, ["translate", ru, ko, missing, "--json", *FAKE])
    assert result.exit_code == 1, result.output
    data = json.loads(result.stdout)
    assert [d["path"] for d in data] == [ru, ko, missing]
    good, no_model, not_found = data
    assert good["language"] == "ru" and good["route"] == ["ru", "en"]
    assert "Kursk region" in good["translation"]  # the shipped glossary held the name
    assert {"canonical": "Kursk region", "surface": "Курской области", "status": "held"} in good[
        "terms"
    ]
    assert no_model["error"]["kind"] == "missing_model"
    assert "polyglot-news models install ko en" in no_model["error"]["message"]
    assert not_found["error"]["kind"] == "not_found"


def test_no_default_glossary_and_unprotected(tmp_path: Path, fake: FakeTranslator) -> None:
    path = _write(tmp_path, "ru.txt", RU)
    args = ["translate", path, "--from", "ru", *FAKE, "--json", "--no-default-glossary"]
    (data,) = json.loads(CliRunner().invoke(app, args).stdout)
    assert "Курской области" in data["translation"] and data["terms"] == []
    (data,) = json.loads(CliRunner().invoke(app, [*args[:-1], "--unprotected"]).stdout)
    assert "Kursk region" in data["translation"]
    assert "Курской области" in data["unprotected"]


def test_cache_is_used_unless_disabled(
    tmp_path: Path, fake: FakeTranslator, isolated: Path
) -> None:
    path = _write(tmp_path, "ru.txt", RU)
    CliRunner().invoke(app, ["translate", path, "--from", "ru", "--no-cache", *FAKE])
    assert not isolated.exists()
    for _ in range(2):
        assert CliRunner().invoke(app, ["translate", path, "--from", "ru", *FAKE]).exit_code == 0
    assert (isolated / "translations.sqlite3").exists()
    assert len(fake.calls) == 2  # --no-cache run, first cached run; the second is all hits


def test_real_model_from_models_dir(tmp_path: Path) -> None:
    path = _write(tmp_path, "ru.txt", RU)
    args = ["translate", path, "--from", "ru", "--models", str(MODELS), "--json", "--no-cache"]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    (data,) = json.loads(result.stdout)
    assert data["route"] == ["ru", "en"] and data["translation"].strip()
    assert data["packages"][0].startswith("argos:ru-en@")
    assert not (tmp_path / "no-packages").exists()  # nothing was installed


def test_models_must_be_a_folder(tmp_path: Path) -> None:
    path = _write(tmp_path, "ru.txt", RU)
    result = CliRunner().invoke(app, ["translate", path, "--models", str(tmp_path / "nope")])
    assert result.exit_code == 2


def test_stdin(fake: FakeTranslator) -> None:
    result = CliRunner().invoke(app, ["translate", "-", "--from", "ru", *FAKE], input=RU.encode())
    assert result.exit_code == 0, result.output
    assert "[ru>en] Бои продолжаются." in result.stdout


class _Dropper(FakeTranslator):
    """Loses every word: each sentence comes back as the same sentence without names."""

    def translate_batch(self, texts: list[str], source: str, target: str) -> list[str]:  # type: ignore[override]
        return ["Nothing was said." for _ in texts]


def test_names_lost_in_translation_are_listed_once_each(
    tmp_path: Path, register_translator: Callable[..., None]
) -> None:
    register_translator("test-dropper", lambda **options: _Dropper())
    text = "Бои шли в Курской области. Из Курской области сообщают о потерях. Пхеньян молчит."
    path = _write(tmp_path, "ru.txt", text)
    result = CliRunner().invoke(
        app, ["translate", path, "--from", "ru", "--translator", "test-dropper"]
    )
    assert result.exit_code == 0, result.output
    [line] = [ln for ln in result.stderr.splitlines() if "lost in translation" in ln]
    names = line.split("lost in translation: ", 1)[1].split(", ")
    assert len(names) >= 2 and len(names) == len(set(names)), line


def test_the_json_lists_the_warnings_printed(
    tmp_path: Path, register_translator: Callable[..., None]
) -> None:
    register_translator("test-dropper", lambda **options: _Dropper())
    text = "Бои шли в Курской области. Пхеньян молчит. Сеул ждёт новых данных о потерях."
    path = _write(tmp_path, "ru.txt", text)
    args = ["translate", path, "--from", "ru", "--translator", "test-dropper", "--json"]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    (data,) = json.loads(result.stdout)
    assert any("lost in translation" in w for w in data["warnings"])
    for warning in data["warnings"]:  # the same lines, each once, as on stderr
        assert result.stderr.count(f"ru.txt: {warning}") == 1, result.stderr
