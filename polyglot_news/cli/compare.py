"""The ``polyglot-news compare`` command: the main job, over the library's pipeline."""

from __future__ import annotations

import sys
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

import typer

from polyglot_news.cli import _common

if TYPE_CHECKING:
    from polyglot_news.comparison.model import Comparison


class ReportFormat(StrEnum):
    """Output formats of ``compare``."""

    text = "text"
    json = "json"
    html = "html"
    md = "md"


_SUFFIX_FORMATS = {".json": "json", ".html": "html", ".htm": "html", ".md": "md", ".txt": "text"}


def compare_command(
    paths: list[str] = typer.Argument(
        ..., help="Versions of one story: files, directories, or - for standard input."
    ),
    to: str = typer.Option("en", "--to", help="Pivot language every version is translated to."),
    base: str | None = typer.Option(
        None, "--base", help="Id or path of the version the others are compared with."
    ),
    output_format: ReportFormat | None = typer.Option(
        None, "--format", "-f", help="Report format (default: from -o's suffix, else text)."
    ),
    output: Path | None = typer.Option(
        None, "--output", "-o", help="Write the report to this file (never over an input)."
    ),
    languages: str | None = typer.Option(
        None, "--languages", help="Restrict language detection, e.g. ru,uk,en."
    ),
    glossary: list[Path] = typer.Option(
        [], "--glossary", help="A glossary file to use as well (repeatable)."
    ),
    no_default_glossary: bool = typer.Option(
        False, "--no-default-glossary", help="Do not use the glossary shipped with polyglot_news."
    ),
    models: Path | None = typer.Option(
        None, "--models", help="Use the Argos packages (.argosmodel or folders) in this directory."
    ),
    no_cache: bool = typer.Option(False, "--no-cache", help="Do not read or write the cache."),
    strict_entities: bool = typer.Option(
        False, "--strict-entities", help="Report different renderings of one name as changes."
    ),
) -> None:
    """Compare versions of one story across outlets and languages."""
    from polyglot_news.comparison.engine import DiffOptions
    from polyglot_news.pipeline import compare
    from polyglot_news.report import write_report

    fmt = _format(output_format, output)
    glossary_obj = _common.glossary_from_options(glossary, no_default_glossary)
    engine = _common.engine_from_options(glossary_obj, models=models, no_cache=no_cache)
    with _common.progress("translating") as advance:
        comparison = compare(
            paths,
            stdin=sys.stdin.buffer if "-" in paths else None,
            pivot=to,
            base=base,
            languages=_common.parse_languages(languages),
            engine=engine,
            glossary=glossary_obj,
            diff_options=DiffOptions(strict_entities=strict_entities),
            progress=advance,
        )
    for failure in comparison.failures:
        message = failure.message
        _common.error(message if failure.path in message else f"{failure.path}: {message}")
    for result in comparison.versions:
        if result.error:
            _common.error(result.error.message)
    text = _render(comparison, fmt, to_terminal=output is None)
    if output is None:
        if text:
            typer.echo(text, nl=not text.endswith("\n"))
    else:
        write_report(text, output, inputs=[Path(p) for p in paths if p != "-"])
        typer.echo(f"wrote {fmt} report to {output}", err=True)
    failed = list(comparison.failures) + [r for r in comparison.versions if r.error]
    _common.exit_for(failed)


def _format(output_format: ReportFormat | None, output: Path | None) -> str:
    if output_format is not None:
        return output_format.value
    if output is not None:
        return _SUFFIX_FORMATS.get(output.suffix.lower(), "text")
    return "text"


def _render(comparison: Comparison, fmt: str, *, to_terminal: bool) -> str:
    from polyglot_news import report

    if fmt == "json":
        return report.render_json(comparison)
    if fmt == "html":
        return report.render_html(comparison)
    if fmt == "md":
        return report.render_markdown(comparison)
    color = None if to_terminal else False
    return report.render_terminal(comparison, color=color)


def register(app: typer.Typer) -> None:
    """Add ``compare`` to ``app``."""
    app.command("compare")(compare_command)
