"""The ``polyglot-news detect`` command: the language of each input, per paragraph when mixed.

A thin adapter over :func:`polyglot_news.langid.detect`: inputs are loaded with
:func:`polyglot_news.sources.load_versions`, each is detected, and the results print as
``PATH  LANG  CONFIDENCE`` lines (plus one indented line per paragraph of a mixed document)
or as a JSON list. Failed inputs are reported and the others still print; the exit code is 1.
"""

from __future__ import annotations

import sys
from typing import Any

import typer

from polyglot_news.cli import _common
from polyglot_news.errors import PolyglotNewsError, UnsupportedLanguageError
from polyglot_news.records import Detection, InputFailure


def register(app: typer.Typer) -> None:
    """Add the command to ``app``."""
    app.command("detect")(detect)


def detect(
    paths: list[str] = typer.Argument(..., help="Files to detect ('-' for stdin)."),
    as_json: bool = typer.Option(False, "--json", help="Print JSON instead of text."),
    languages: str | None = typer.Option(
        None, "--languages", help="Only answer one of these codes, e.g. ru,uk,en."
    ),
    seed: int = typer.Option(
        0, "--seed", help="Seed recorded with the result (detection is deterministic)."
    ),
) -> None:
    """Detect the language of news versions (per paragraph for mixed documents)."""
    from polyglot_news.langid import LanguageDetector
    from polyglot_news.sources import load_versions

    try:
        detector = LanguageDetector(_common.parse_languages(languages), seed=seed)
    except UnsupportedLanguageError as exc:
        raise typer.BadParameter(exc.message, param_hint="--languages") from exc
    versions, failures = load_versions(paths, stdin=sys.stdin.buffer if "-" in paths else None)
    results: list[tuple[str, Detection | InputFailure]] = [(f.path, f) for f in failures]
    for version in versions:
        name = (
            version.path if "#" not in version.id else f"{version.path}#{version.id.split('#')[-1]}"
        )
        try:
            results.append((name, detector(version.text)))
        except PolyglotNewsError as exc:
            results.append((name, InputFailure(name, exc.kind, exc.message)))
    order = {path: index for index, path in enumerate(paths)}
    results.sort(key=lambda item: order.get(item[0].split("#")[0], len(order)))
    if as_json:
        _common.print_json([_as_json(name, outcome) for name, outcome in results])
    else:
        for name, outcome in results:
            _print_text(name, outcome)
    _common.exit_for(o for _, o in results if isinstance(o, InputFailure))


def _as_json(name: str, outcome: Detection | InputFailure) -> dict[str, Any]:
    if isinstance(outcome, InputFailure):
        return {"path": name, "error": {"kind": outcome.kind, "message": outcome.message}}
    return {
        "path": name,
        "language": outcome.language,
        "confidence": outcome.confidence,
        "reliable": outcome.reliable,
        "mixed": outcome.mixed,
        "paragraphs": [
            {"start": p.start, "end": p.end, "language": p.language, "confidence": p.confidence}
            for p in outcome.paragraphs
        ],
        "detector": outcome.detector,
    }


def _print_text(name: str, outcome: Detection | InputFailure) -> None:
    if isinstance(outcome, InputFailure):
        _common.error(f"{name}: {outcome.message}")
        return
    note = "" if outcome.reliable else "  (unreliable)"
    typer.echo(f"{name}  {outcome.language}  {outcome.confidence:.2f}{note}")
    if outcome.mixed:
        for para in outcome.paragraphs:
            typer.echo(f"    [{para.start}:{para.end}]  {para.language}  {para.confidence:.2f}")
