"""Helpers shared by the CLI commands: error mapping, JSON output, per-input failures."""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

import click
import typer

from polyglot_news.errors import PolyglotNewsError

if TYPE_CHECKING:
    from polyglot_news.glossary import Glossary
    from polyglot_news.translate.engine import TranslationEngine

EXIT_OK = 0
EXIT_FAILED = 1  # a command ran, but an input or the command itself failed
EXIT_USAGE = 2


# typer >= 0.20 vendors its own copy of click (typer._click), whose exceptions are not click's;
# catch both copies without importing typer's private module.
_CLICK_ERRORS: tuple[type[Exception], ...] = tuple(
    {
        click.ClickException,
        *(c for c in typer.BadParameter.__mro__ if c.__name__ == "ClickException"),
    }
)


def run_app(app: typer.Typer, argv: list[str] | None = None) -> None:
    """Run ``app``; map library errors to one line on stderr and exit 1, never a traceback."""
    try:
        # With standalone_mode=False a command's `raise typer.Exit(n)` comes back as the
        # return value, not as an exception, so it must be turned into the exit status here.
        code = app(args=argv, standalone_mode=False)
    except (click.exceptions.Exit, typer.Exit) as exc:
        sys.exit(exc.exit_code)
    except _CLICK_ERRORS as exc:  # usage errors: bad option, missing argument
        exc.show()  # type: ignore[attr-defined]
        sys.exit(exc.exit_code)  # type: ignore[attr-defined]
    except (click.exceptions.Abort, typer.Abort):
        error("aborted")
        sys.exit(130)
    except PolyglotNewsError as exc:
        error(str(exc))
        sys.exit(EXIT_FAILED)
    except KeyboardInterrupt:
        error("interrupted")
        sys.exit(130)
    except BrokenPipeError:
        sys.exit(EXIT_FAILED)
    except Exception as exc:  # noqa: BLE001 - the last line of defence against tracebacks
        if os.environ.get("POLYGLOT_NEWS_DEBUG"):
            raise
        error(
            f"internal error: {type(exc).__name__}: {exc} "
            "(set POLYGLOT_NEWS_DEBUG=1 for a traceback and please report it)"
        )
        sys.exit(70)
    if isinstance(code, int) and code != EXIT_OK:
        sys.exit(code)


def error(message: str) -> None:
    """Print one error line on stderr."""
    typer.echo(f"polyglot-news: error: {message}", err=True)


def warn(message: str) -> None:
    """Print one warning line on stderr."""
    typer.echo(f"polyglot-news: warning: {message}", err=True)


def fail(message: str, code: int = EXIT_FAILED) -> NoReturn:
    """Print ``message`` as an error and exit with ``code``."""
    error(message)
    raise typer.Exit(code)


def failure_object(path: str, exc: PolyglotNewsError) -> dict[str, Any]:
    """The JSON object reporting one failed input: ``{"path", "error": {kind, message}}``."""
    return {"path": path, "error": exc.to_dict()}


def print_json(data: Any) -> None:
    """Print ``data`` as indented UTF-8 JSON on stdout."""
    typer.echo(json.dumps(data, ensure_ascii=False, indent=2))


def parse_languages(value: str | None) -> tuple[str, ...] | None:
    """Parse ``--languages ru,uk,en`` into a tuple, or None when not given."""
    if not value:
        return None
    langs = tuple(part.strip().lower() for part in value.split(",") if part.strip())
    if not langs:
        raise typer.BadParameter("give at least one language code, e.g. --languages ru,uk,en")
    return langs


def exit_for(failures: Iterable[object]) -> None:
    """Exit 1 when any input failed, else return (exit 0)."""
    if any(True for _ in failures):
        raise typer.Exit(EXIT_FAILED)


def glossary_from_options(files: Sequence[Path], no_default: bool) -> Glossary:
    """The glossary that ``--glossary FILE`` (repeatable) and ``--no-default-glossary`` ask for."""
    from polyglot_news.glossary import Glossary, default_glossary, load_glossary

    glossary = Glossary.empty() if no_default else default_glossary()
    for path in files:
        glossary = glossary.merge(load_glossary(path))
    return glossary


def engine_from_options(
    glossary: Glossary | None, *, models: Path | None = None, no_cache: bool = False
) -> TranslationEngine:
    """The translation engine for ``--models DIR`` and ``--no-cache``."""
    from polyglot_news.translate.argos import ArgosTranslator
    from polyglot_news.translate.cache import TranslationCache
    from polyglot_news.translate.engine import TranslationEngine

    extra: tuple[Path, ...] = ()
    if models is not None:
        if not models.is_dir():
            fail(f"--models {models}: not a directory; give the folder holding .argosmodel files")
        extra = tuple(
            sorted(p for p in models.iterdir() if p.suffix == ".argosmodel" or p.is_dir())
        )
    cache = None if no_cache else TranslationCache.default()
    return TranslationEngine(ArgosTranslator(extra_packages=extra), cache=cache, glossary=glossary)


@contextmanager
def progress(description: str) -> Iterator[Callable[[int, int], None]]:
    """Yield a ``(done, total)`` callback that drives a progress bar on stderr.

    The bar is drawn only when stderr is a terminal and NO_COLOR/CI do not ask for plain output.
    """
    if not sys.stderr.isatty():
        yield lambda done, total: None
        return
    from rich.console import Console
    from rich.progress import Progress

    with Progress(console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task(description, total=None)

        def advance(done: int, total: int) -> None:
            bar.update(task, completed=done, total=total)

        yield advance
