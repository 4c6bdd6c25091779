"""Each option several commands share means the same thing, and fails the same way, in all of them.

The options are declared once in ``polyglot_news/cli/options.py``; these tests run each one
through the real entry point (``main`` -> ``run_app``) in every command that takes it.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from _packages import make_package_dir

Cli = Callable[..., tuple[int, str, str]]

EN = "North Korea has confirmed that its troops fought in the Kursk region.\n"
UK = "Війська КНДР воювали в Курській області, повідомив Генштаб. Бої тривають біля кордону.\n"
KO = "북한은 러시아 쿠르스크 지역에 군대를 파병했다고 처음으로 확인했다. 조선중앙통신이 보도했다.\n"

# command -> the arguments that make it print JSON with the fake translator
COMMANDS: dict[str, list[str]] = {
    "compare": ["compare", "-f", "json"],
    "translate": ["translate", "--json"],
    "detect": ["detect", "--json"],
    "glossary match": ["glossary", "match", "--json"],
}
TRANSLATING = ["compare", "translate"]
GLOSSARY = ["compare", "translate", "glossary match", "glossary show"]


@pytest.fixture
def inputs(tmp_path: Path) -> list[Path]:
    """An English and a Ukrainian version of one sentence."""
    paths = [tmp_path / "wire.txt", tmp_path / "uk.txt"]
    paths[0].write_text(EN, encoding="utf-8")
    paths[1].write_text(UK, encoding="utf-8")
    return paths


def _languages(command: str, data: Any) -> dict[str, str]:
    """Input file name -> the language the command reported for it."""
    if command == "compare":
        return {Path(v["path"]).name: v["language"] for v in data["versions"]}
    return {Path(item["path"]).name: item["language"] for item in data}


def _run_json(cli: Cli, command: str, *args: str | Path) -> tuple[int, Any, str]:
    extra = ["--translator", "fake"] if command in TRANSLATING else []
    code, out, err = cli(*COMMANDS[command], *extra, *args)
    return code, (json.loads(out) if out.strip() else None), err


@pytest.mark.parametrize("command", list(COMMANDS))
def test_languages_restricts_detection_everywhere(cli: Cli, inputs: list[Path], command: str):
    _, free, _ = _run_json(cli, command, *inputs)
    code, restricted, err = _run_json(cli, command, *inputs, "--languages", "ru,en")
    assert code == 0, err
    assert _languages(command, free)["uk.txt"] == "uk"
    assert _languages(command, restricted) == {"wire.txt": "en", "uk.txt": "ru"}


@pytest.mark.parametrize("command", list(COMMANDS))
def test_unknown_language_code_is_a_usage_error_everywhere(
    cli: Cli, inputs: list[Path], command: str
) -> None:
    code, out, err = cli(*COMMANDS[command], *inputs, "--languages", "ru,xx")
    assert (code, out) == (2, "")
    assert "--languages" in err and "unknown language code(s) xx" in err
    assert "Traceback" not in err


@pytest.mark.parametrize("command", list(COMMANDS))
def test_missing_input_is_reported_and_exits_1_everywhere(
    cli: Cli, inputs: list[Path], tmp_path: Path, command: str
) -> None:
    missing = tmp_path / "missing.txt"
    code, data, err = _run_json(cli, command, *inputs, missing)
    assert code == 1
    failures = data["failures"] if isinstance(data, dict) else [d for d in data if "error" in d]
    assert failures == [
        {
            "path": str(missing),
            "error": {"kind": "not_found", "message": failures[0]["error"]["message"]},
        }
    ]
    assert str(missing) in err


@pytest.mark.parametrize("command", list(COMMANDS))
def test_standard_input_is_dash_everywhere(
    cli: Cli, inputs: list[Path], command: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    import io
    import sys

    stdin = io.TextIOWrapper(io.BytesIO(UK.encode()), encoding="utf-8")
    monkeypatch.setattr(sys, "stdin", stdin)
    code, data, err = _run_json(cli, command, inputs[0], "-")
    assert code == 0, err
    assert _languages(command, data)["-"] == "uk"


@pytest.mark.parametrize("command", TRANSLATING)
def test_models_dir_must_exist_everywhere(
    cli: Cli, inputs: list[Path], tmp_path: Path, command: str
) -> None:
    code, out, err = cli(*COMMANDS[command], *inputs, "--models", tmp_path / "nope")
    assert (code, out) == (2, "")
    assert "--models" in err and "is not a directory" in err


@pytest.mark.parametrize("command", TRANSLATING)
def test_models_dir_adds_to_the_installed_packages_everywhere(
    cli: Cli, inputs: list[Path], tmp_path: Path, command: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    installed, extra = tmp_path / "installed", tmp_path / "extra"
    monkeypatch.setenv("ARGOS_PACKAGES_DIR", str(installed))
    make_package_dir(installed, "translate-uk_en-1_0", from_code="uk")
    make_package_dir(extra, "translate-ko_en-1_0", from_code="ko")
    ko, en = tmp_path / "ko.txt", tmp_path / "en.txt"
    ko.write_text(KO, encoding="utf-8")
    en.write_text(EN.replace("confirmed", "admitted"), encoding="utf-8")  # compare needs two
    args = ["--translator", "argos", "--models", extra, *inputs, ko, en]
    code, out, _ = cli(*COMMANDS[command], *args)
    assert code == 1
    data = json.loads(out)
    items = data["versions"] if command == "compare" else data
    errors = {Path(v["path"]).name: v["error"] for v in items if v.get("error")}
    # Both packages were found (installed uk-en and --models ko-en), so both fail to LOAD
    # (they are layout-only fakes) rather than being missing.
    assert {name: e["kind"] for name, e in errors.items()} == {
        "uk.txt": "model_load",
        "ko.txt": "model_load",
    }


@pytest.mark.parametrize("command", TRANSLATING)
def test_models_dir_skips_folders_that_are_no_package(
    cli: Cli, inputs: list[Path], tmp_path: Path, command: str
) -> None:
    # a trial (2 December, sixth round): one stray sub-folder of --models failed every
    # translated version with "not an Argos package (no metadata.json)"
    extra = tmp_path / "downloads"
    make_package_dir(extra, "translate-ko_en-1_0", from_code="ko")
    (extra / "photos").mkdir()
    ko, en = tmp_path / "ko.txt", tmp_path / "en.txt"
    ko.write_text(KO, encoding="utf-8")
    en.write_text(EN.replace("confirmed", "admitted"), encoding="utf-8")
    args = ["--translator", "argos", "--models", extra, *inputs, ko, en]
    code, out, err = cli(*COMMANDS[command], *args)
    assert code == 1
    skipped = f"--models {extra}: skipped 1 folder holding no Argos package (no metadata.json)"
    assert f"polyglot-news: warning: {skipped}: photos\n" in err
    data = json.loads(out)
    items = data["versions"] if command == "compare" else data
    kinds = {Path(v["path"]).name: v["error"]["kind"] for v in items if v.get("error")}
    # the package was used (a layout-only fake that fails to load); none is installed for uk
    assert kinds == {"ko.txt": "model_load", "uk.txt": "missing_model"}


@pytest.mark.parametrize("command", TRANSLATING)
def test_unknown_translator_is_a_usage_error_everywhere(
    cli: Cli, inputs: list[Path], command: str
) -> None:
    code, out, err = cli(*COMMANDS[command], *inputs, "--translator", "nope")
    assert (code, out) == (2, "")
    assert "no translator named 'nope'; choose one of: argos, fake" in err


@pytest.mark.parametrize("command", TRANSLATING)
def test_user_translator_plugs_in_everywhere(
    cli: Cli, inputs: list[Path], command: str, register_translator: Callable[..., None]
) -> None:
    class Shouting:
        name = "shouting"

        def translate_batch(self, texts: list[str], source: str, target: str) -> list[str]:
            return [text.upper() for text in texts]

    register_translator("shouting", lambda **options: Shouting())
    code, out, err = cli(*COMMANDS[command], *inputs, "--translator", "shouting")
    assert code == 0, err
    data = json.loads(out)
    if command == "compare":
        assert data["signature"]["translator"] == "shouting"
        [uk] = [v for v in data["versions"] if v["id"] == "uk"]
        assert uk["pivot_text"].startswith("ВІЙСЬКА")
    else:
        [uk] = [item for item in data if item["path"].endswith("uk.txt")]
        assert uk["translation"].startswith("ВІЙСЬКА")


@pytest.mark.parametrize("command", TRANSLATING)
def test_no_cache_writes_no_cache_everywhere(
    cli: Cli, inputs: list[Path], tmp_path: Path, command: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = tmp_path / "cache"
    monkeypatch.setenv("POLYGLOT_NEWS_CACHE_DIR", str(cache))
    assert _run_json(cli, command, *inputs, "--no-cache")[0] == 0
    assert not cache.exists()
    assert _run_json(cli, command, *inputs)[0] == 0
    assert (cache / "translations.sqlite3").is_file()


@pytest.mark.parametrize("command", TRANSLATING)
def test_to_is_the_target_language_everywhere(cli: Cli, inputs: list[Path], command: str):
    code, data, err = _run_json(cli, command, *inputs, "--to", "de")
    assert code == 0, err
    if command == "compare":
        assert data["pivot"] == "de"
        routes = [v["translation"]["route"] for v in data["versions"]]
    else:
        routes = [item["route"] for item in data]
    assert routes == [["en", "de"], ["uk", "de"]]


def _glossary_args(command: str, inputs: list[Path]) -> list[str | Path]:
    if command == "glossary show":
        return ["glossary", "show", "--json"]
    extra = ["--translator", "fake"] if command in TRANSLATING else []
    return [*COMMANDS[command], *extra, *inputs]


@pytest.mark.parametrize("command", GLOSSARY)
def test_glossary_override_is_one_warning_line_everywhere(
    cli: Cli, inputs: list[Path], tmp_path: Path, command: str
) -> None:
    override = tmp_path / "override.tsv"
    # "Kiev" names the shipped entry "kyiv"; the override takes it for another entry
    override.write_text(
        "id\ttype\tlang\tform\tcanonical\tinflect\tnote\nmy-kiev\tcity\ten\tKiev\t1\t\t\n",
        encoding="utf-8",
    )
    code, _, err = cli(*_glossary_args(command, inputs), "--glossary", override)
    assert code == 0, err
    warnings = [line for line in err.splitlines() if "override.tsv" in line]
    assert len(warnings) == 1
    assert warnings[0].startswith("polyglot-news: warning: glossary override.tsv: en form 'Kiev'")
    assert "Warning" not in err and "warnings.warn" not in err


@pytest.mark.parametrize("command", GLOSSARY)
def test_unreadable_glossary_exits_1_everywhere(
    cli: Cli, inputs: list[Path], tmp_path: Path, command: str
) -> None:
    code, out, err = cli(*_glossary_args(command, inputs), "--glossary", tmp_path / "none.tsv")
    assert (code, out) == (1, "")
    assert err.startswith("polyglot-news: error: ") and err.count("\n") == 1
    assert "none.tsv" in err


@pytest.mark.parametrize("command", GLOSSARY)
def test_no_default_glossary_drops_the_shipped_names_everywhere(
    cli: Cli, inputs: list[Path], command: str
) -> None:
    def names(*extra: str) -> int:
        code, out, err = cli(*_glossary_args(command, inputs), *extra)
        assert code == 0, err
        data = json.loads(out)
        if command == "compare":
            return sum(len(v["entities"]) for v in data["versions"])
        if command == "translate":
            return sum(len(item["terms"]) for item in data)
        if command == "glossary match":
            return sum(len(r["matches"]) for r in data)
        return len(data["entries"])

    assert names() > 0
    assert names("--no-default-glossary") == 0


@pytest.mark.parametrize("command", TRANSLATING)
def test_recovered_cache_is_one_warning_line_everywhere(
    cli: Cli, inputs: list[Path], tmp_path: Path, command: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = tmp_path / "cache"
    cache.mkdir()
    (cache / "translations.sqlite3").write_bytes(b"this is not a database" * 100)
    monkeypatch.setenv("POLYGLOT_NEWS_CACHE_DIR", str(cache))
    code, _, err = _run_json(cli, command, *inputs)
    assert code == 0, err
    # compare names its base in a note; translate lists the fake's "not translated" warning
    [line] = [ln for ln in err.splitlines() if " note: " not in ln and "not translated" not in ln]
    assert line.startswith("polyglot-news: warning: translation cache ")
    assert "was corrupt; moved it to" in line
