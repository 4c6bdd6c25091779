"""scripts/gen_cli_docs.py: walks any typer app's command tree; --check catches stale docs."""

from __future__ import annotations

import importlib.util
import sys
import types
from pathlib import Path

import pytest
import typer

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "gen_cli_docs.py"


@pytest.fixture(scope="module")
def gen() -> types.ModuleType:
    spec = importlib.util.spec_from_file_location("gen_cli_docs", SCRIPT)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _tiny_app() -> typer.Typer:
    app = typer.Typer(name="tiny", help="A tiny app.", add_completion=False, rich_markup_mode=None)
    group = typer.Typer(help="Things in a group.", rich_markup_mode=None)

    @app.command("hello")
    def hello(name: str = typer.Option("world", help="Whom to greet.")) -> None:
        """Say hello."""

    @app.command("secret", hidden=True)
    def secret() -> None:
        """Not documented."""

    @group.command("deep")
    def deep(count: int = typer.Argument(..., help="How many.")) -> None:
        """A nested command."""

    app.add_typer(group, name="group")
    return app


@pytest.fixture
def tiny(monkeypatch: pytest.MonkeyPatch) -> str:
    module = types.ModuleType("tiny_cli_for_docs")
    module.app = _tiny_app()  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "tiny_cli_for_docs", module)
    return "tiny_cli_for_docs:app"


@pytest.mark.parametrize(
    "expected",
    [
        pytest.param("## `polyglot-news`\n", id="root"),
        pytest.param("### `polyglot-news hello`\n", id="command"),
        pytest.param("### `polyglot-news group`\n", id="group"),
        pytest.param("#### `polyglot-news group deep`\n", id="nested"),
        pytest.param("Whom to greet.", id="option-help"),
        pytest.param("Usage: polyglot-news group deep [OPTIONS]", id="usage"),
    ],
)
def test_generate_walks_the_tree(gen: types.ModuleType, tiny: str, expected: str) -> None:
    text = gen.generate(gen.load_command(tiny))
    assert expected in text
    assert "secret" not in text


@pytest.mark.parametrize(
    ("setup", "code"),
    [
        pytest.param("fresh", 0, id="up-to-date"),
        pytest.param("edited", 1, id="stale"),
        pytest.param("missing", 1, id="missing"),
    ],
)
def test_check_mode(
    gen: types.ModuleType, tiny: str, tmp_path: Path, capsys, setup: str, code: int
) -> None:
    out = tmp_path / "docs" / "cli.md"
    if setup != "missing":
        assert gen.main(["--output", str(out), "--app", tiny]) == 0
    if setup == "edited":
        out.write_text(out.read_text(encoding="utf-8").replace("Say hello.", "Hi."), "utf-8")
    capsys.readouterr()
    assert gen.main(["--check", "--output", str(out), "--app", tiny]) == code
    if code:
        assert "is stale: run `python scripts/gen_cli_docs.py`" in capsys.readouterr().err


def test_real_cli_documents_every_top_level_command(gen: types.ModuleType) -> None:
    root = gen.load_command(gen.DEFAULT_APP)
    text = gen.generate(root)
    ctx = root.context_class(root, info_name="polyglot-news")
    for name in root.list_commands(ctx):
        assert f"### `polyglot-news {name}`" in text
