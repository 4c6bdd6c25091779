"""Helpers shared by the CLI commands: error mapping, JSON output, per-input failures."""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterable
from typing import Any, NoReturn

import click
import typer

from polyglot_news.errors import PolyglotNewsError

EXIT_OK = 0
EXIT_FAILED = 1  # a command ran, but an input or the command itself failed
EXIT_USAGE = 2


def run_app(app: typer.Typer, argv: list[str] | None = None) -> None:
    """Run ``app``; map library errors to one line on stderr and exit 1, never a traceback."""
    try:
        app(args=argv, standalone_mode=False)
    except click.exceptions.Exit as exc:
        sys.exit(exc.exit_code)
    except click.ClickException as exc:  # usage errors: bad option, missing argument
        exc.show()
        sys.exit(exc.exit_code)
    except click.exceptions.Abort:
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
