"""The ``polyglot-news`` command line: a thin typer adapter over the library.

Each sub-module registers one command group; every command parses its options, calls one
library function, renders the result with a renderer from :mod:`polyglot_news.report` or
prints JSON, and lets :func:`main` turn a :class:`~polyglot_news.errors.PolyglotNewsError`
into a one-line message and exit code 1. Usage errors exit 2 (typer's convention).
"""

from __future__ import annotations

import typer

from polyglot_news.cli import _common, _help

app = typer.Typer(
    name="polyglot-news",
    help="Compare how one news story is told by different outlets in different languages.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)


def _register() -> None:
    # Imported here, not at module top, so each command module can import `app` helpers
    # from _common without a cycle; none of them imports heavy libraries at import time.
    from polyglot_news.cli import batch, compare, detect, glossary, models, translate

    for module in (detect, translate, compare, batch, models, glossary):
        module.register(app)
    _help.use_everywhere(app)  # arguments as PATH... with their help, not PATH <list[str]>


def _print_version(value: bool) -> None:
    if value:
        from polyglot_news import __version__

        typer.echo(f"polyglot-news {__version__}")
        raise typer.Exit(0)


@app.callback()
def _root(
    version: bool = typer.Option(
        False,
        "--version",
        help="Print the version and exit.",
        is_eager=True,
        callback=_print_version,
    ),
) -> None:
    """Compare how one news story is told by different outlets in different languages."""


_register()


def main(argv: list[str] | None = None) -> None:
    """Run the CLI; the console-script entry point."""
    _common.run_app(app, argv)
