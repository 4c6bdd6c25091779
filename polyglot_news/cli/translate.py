"""The ``polyglot-news translate`` command: load versions, detect, translate, print.

A thin adapter over :class:`~polyglot_news.translate.engine.TranslationEngine`: every input is
loaded and its language detected (unless ``--from``), all of them are translated in one engine
call (so shared sentences are translated once), and each result is printed as text or JSON.
Inputs that fail are reported and the others still print; the exit code is then 1.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import typer

from polyglot_news.cli import _common
from polyglot_news.errors import PolyglotNewsError

_BAR_THRESHOLD = 40  # sentences; shorter runs finish before a bar is worth drawing


def register(app: typer.Typer) -> None:
    """Add the command to ``app``."""
    app.command("translate")(translate)


def translate(
    paths: list[str] = typer.Argument(..., help="Files to translate ('-' for stdin)."),
    to: str = typer.Option("en", "--to", help="Target language (ISO 639-1)."),
    source: str | None = typer.Option(
        None, "--from", help="Source language of every input (default: detect each)."
    ),
    as_json: bool = typer.Option(False, "--json", help="Print JSON instead of text."),
    glossary_files: list[Path] = typer.Option(
        [], "--glossary", help="Glossary file to use as well (TSV/CSV/TBX); repeatable."
    ),
    no_default_glossary: bool = typer.Option(
        False, "--no-default-glossary", help="Do not use the shipped glossary."
    ),
    unprotected: bool = typer.Option(
        False, "--unprotected", help="Also translate without the glossary (JSON 'unprotected')."
    ),
    models: Path | None = typer.Option(
        None,
        "--models",
        exists=True,
        file_okay=False,
        help="Use the .argosmodel files / package folders in DIR, uninstalled.",
    ),
    no_cache: bool = typer.Option(False, "--no-cache", help="Do not read or write the cache."),
) -> None:
    """Translate news versions offline with Argos Translate, holding names with a glossary."""
    from polyglot_news.sources import load_versions
    from polyglot_news.translate.engine import TranslationEngine

    versions, failures = load_versions(paths, stdin=sys.stdin.buffer if "-" in paths else None)
    results: list[tuple[str, Any]] = [(f.path, f) for f in failures]
    items: list[tuple[str, Any]] = []
    keep: list[str] = []
    for version in versions:
        try:
            # a detection (not just its language) routes each paragraph of a mixed text
            language = (source or version.language or "").lower() or _detect(version.text)
        except PolyglotNewsError as exc:
            results.append((version.path, exc))
            continue
        items.append((version.text, language))
        keep.append(version.path)
    engine = TranslationEngine(
        _translator(models),
        cache=not no_cache,
        glossary=_glossary(glossary_files, no_default_glossary),
        keep_unprotected=unprotected,
    )
    with _progress(sum(text.count(".") + 1 for text, _ in items)) as progress:
        translated = engine.translate_many(items, to.lower(), progress=progress)
    results.extend(zip(keep, translated, strict=True))
    order = {p: i for i, p in enumerate(paths)}
    results.sort(key=lambda r: order.get(r[0], len(order)))
    _render(results, as_json)
    _common.exit_for(r for r in results if not hasattr(r[1], "route"))


def _detect(text: str) -> Any:
    from polyglot_news.langid import detect

    return detect(text)


def _translator(models: Path | None) -> Any:
    from polyglot_news.translate.argos import ArgosTranslator

    if models is None:
        return ArgosTranslator()
    return ArgosTranslator(packages_dir=models, extra_packages=sorted(models.glob("*.argosmodel")))


def _glossary(files: list[Path], no_default: bool) -> Any:
    if no_default and not files:
        return None
    from polyglot_news.glossary import default_glossary, load_glossary

    loaded = [load_glossary(path) for path in files]
    base = None if no_default else default_glossary()
    glossaries = ([base] if base is not None else []) + loaded
    merged = glossaries[0]
    for other in glossaries[1:]:
        merged = merged.merge(other)
    return merged


@contextmanager
def _progress(estimate: int) -> Iterator[Callable[[int, int], None] | None]:
    """A rich progress bar on stderr for long runs on a terminal; None otherwise."""
    if estimate < _BAR_THRESHOLD or not sys.stderr.isatty():
        yield None
        return
    from rich.console import Console
    from rich.progress import Progress

    with Progress(console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task("translating", total=None)

        def update(done: int, total: int) -> None:
            bar.update(task, completed=done, total=total)

        yield update


def _render(results: list[tuple[str, Any]], as_json: bool) -> None:
    for path, outcome in results:
        for warning in getattr(outcome, "warnings", ()):
            _common.warn(f"{path}: {warning}")
    if as_json:
        _common.print_json([_as_dict(path, outcome) for path, outcome in results])
        return
    for path, outcome in results:
        if hasattr(outcome, "route"):
            route = " -> ".join(outcome.route)
            typer.echo(f"== {path} ({route})")
            typer.echo(outcome.text)
            failed = [t.canonical for t in outcome.terms if t.status == "failed"]
            if failed:
                _common.warn(f"{path}: glossary terms lost in translation: {', '.join(failed)}")
            typer.echo("")
        else:
            _common.error(f"{path}: {_message(outcome)}")


def _message(outcome: Any) -> str:
    return outcome.message if hasattr(outcome, "message") else str(outcome)


def _as_dict(path: str, outcome: Any) -> dict[str, Any]:
    if hasattr(outcome, "route"):
        data: dict[str, Any] = {
            "path": path,
            "language": outcome.source_language,
            "translation": outcome.text,
            "route": list(outcome.route),
            "packages": list(outcome.packages),
            "terms": [
                {"canonical": t.canonical, "surface": t.surface, "status": t.status}
                for t in outcome.terms
            ],
        }
        if outcome.paragraphs:
            data["paragraphs"] = [
                {
                    "start": p.start,
                    "end": p.end,
                    "language": p.language,
                    "route": list(p.route),
                    "packages": list(p.packages),
                    "translated": p.translated,
                }
                for p in outcome.paragraphs
            ]
        if outcome.warnings:
            data["warnings"] = list(outcome.warnings)
        if outcome.unprotected is not None:
            data["unprotected"] = outcome.unprotected
        return data
    if isinstance(outcome, PolyglotNewsError):
        return _common.failure_object(path, outcome)
    return {"path": path, "error": {"kind": outcome.kind, "message": outcome.message}}
