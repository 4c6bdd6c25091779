"""Shared fixtures: isolated state for every test, the project's example story and models."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE_STORY = ROOT / "examples" / "kursk-2025"
EXAMPLE_MODELS = ROOT / "examples" / "models"


@pytest.fixture(scope="session")
def _unpacked_packages(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One folder per test run where ``.argosmodel`` files used uninstalled are unpacked.

    Unpacking is content-addressed (a folder per archive's SHA-256) and never changes an
    archive's copy once made, so every test can share it: the example models are unzipped once
    per run instead of once per test (about 1 s each time on this machine).
    """
    return tmp_path_factory.mktemp("unpacked-packages")


@pytest.fixture(autouse=True)
def _isolated_state(
    tmp_path_factory: pytest.TempPathFactory,
    monkeypatch: pytest.MonkeyPatch,
    _unpacked_packages: Path,
) -> None:
    """Keep packages, caches and settings of every test in its own temporary folders.

    Only the unpacked copies of package archives are shared (see ``_unpacked_packages``).
    """
    home = tmp_path_factory.mktemp("state")
    monkeypatch.setenv("POLYGLOT_NEWS_UNPACK_DIR", str(_unpacked_packages))
    monkeypatch.setenv("ARGOS_PACKAGES_DIR", str(home / "packages"))
    monkeypatch.setenv("POLYGLOT_NEWS_CACHE_DIR", str(home / "cache"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "xdg-cache"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "xdg-data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "xdg-config"))
    monkeypatch.setenv("ARGOS_PACKAGE_INDEX", "http://127.0.0.1:9/")  # never the internet
    monkeypatch.delenv("NO_COLOR", raising=False)


@pytest.fixture
def example_story() -> Path:
    """The bundled example story (seven versions, four languages)."""
    return EXAMPLE_STORY


@pytest.fixture
def example_models() -> Path:
    """The project-built Argos packages (ru->en, uk->en, ko->en, en->ru)."""
    return EXAMPLE_MODELS


RegisterTranslator = Callable[[str, Callable[..., Any]], None]


@pytest.fixture
def register_translator() -> Iterator[RegisterTranslator]:
    """Register translators as a user would (``polyglot_news.register_translator``).

    Each is removed again after the test, so the registry is the same for every test.
    """
    from polyglot_news.translate import registry

    added: list[str] = []

    def register(name: str, factory: Callable[..., Any]) -> None:
        registry.register_translator(name, factory)
        added.append(name)

    yield register
    for name in added:
        registry.unregister_translator(name)


CliResult = tuple[int, str, str]


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str]) -> Callable[..., CliResult]:
    """Run ``polyglot-news ARGS`` in-process through the real entry point.

    Returns ``(exit code, stdout, stderr)``; unlike typer's CliRunner this goes through
    :func:`polyglot_news.cli.main`, so error mapping and exit codes are the user's.
    """
    from polyglot_news.cli import main

    def run(*args: str | Path) -> CliResult:
        capsys.readouterr()
        try:
            main([str(a) for a in args])
            code = 0
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else 1
        out, err = capsys.readouterr()
        return code, out, err

    return run
