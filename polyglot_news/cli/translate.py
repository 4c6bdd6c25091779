"""The ``polyglot-news translate`` command: load versions, detect, translate, print.

A thin adapter over :class:`~polyglot_news.translate.engine.TranslationEngine`: every input is
loaded and its language detected (unless ``--from``), all of them are translated in one engine
call (so shared sentences are translated once), and each result is printed as text or JSON.
Inputs that fail are reported and the others still print; the exit code is then 1.
"""

from __future__ import annotations

from typing import Annotated, Any

import typer

from polyglot_news.cli import _common, _inputs, options
from polyglot_news.errors import PolyglotNewsError

Unprotected = Annotated[
    bool,
    typer.Option("--unprotected", help="Also translate without the glossary (JSON 'unprotected')."),
]


def register(app: typer.Typer) -> None:
    """Add the command to ``app``."""
    app.command("translate")(translate)


def translate(
    paths: options.Inputs,
    to: options.To = options.PIVOT,
    source: options.From = None,
    languages: options.Languages = None,
    as_json: options.Json = False,
    glossary_files: options.Glossaries = None,
    no_default_glossary: options.NoDefaultGlossary = False,
    unprotected: Unprotected = False,
    translator: options.TranslatorName = options.TRANSLATOR,
    models: options.Models = None,
    no_cache: options.NoCache = False,
    encoding: options.Encoding = None,
) -> None:
    """Translate news versions offline with Argos Translate, holding names with a glossary.

    With --json: a list, one object per input in input order (a JSON Lines record is one,
    its "path" PATH#N, with its "id"), {"path", "error": {"kind", "message"}} for one that
    failed; detect, translate and glossary match print this one shape.
    """
    from polyglot_news.langid.declared import guess_hint, language_of

    detector = _common.detector_from_options(languages)
    glossary = _common.glossary_from_options(glossary_files, no_default_glossary)
    engine = _common.engine_from_options(
        glossary if len(glossary) else None,
        translator=translator,
        models=models,
        no_cache=no_cache,
        keep_unprotected=unprotected,
    )
    to = _common.target_from_options(to, engine.translator)
    versions, failures = _inputs.load_inputs(paths, encoding)
    results: list[tuple[str, Any]] = [(f.path, f) for f in failures]
    given = _inputs.source_languages_from_options(source, versions)
    items: list[tuple[str, Any]] = []
    keep: list[str] = []
    ids: dict[str, str] = {}  # shown path -> version id
    hints: list[str] = []  # how to give the language of a version it was only guessed for
    for version in versions:
        try:
            # a detection (not just its language) routes each paragraph of a mixed text
            weighed = language_of(version, detector, given.get(version.id))
        except PolyglotNewsError as exc:
            results.append((_inputs.named(version), exc))
            continue
        if weighed.note:
            _common.warn(weighed.note)
        items.append((version.text, weighed.detection))
        keep.append(_inputs.named(version))  # feed.jsonl#2, as detect names it
        ids[keep[-1]] = version.id
        hints.append(guess_hint(weighed.detection, version.id))
    from polyglot_news.report.terminal import progress_bar

    with progress_bar(None, "translating") as progress:
        translated = engine.translate_many(items, to, progress=progress)
    results.extend(
        (path, _hinted(outcome, hint))
        for path, outcome, hint in zip(keep, translated, hints, strict=True)
    )
    results = _inputs.in_input_order(results, paths, lambda result: result[0])
    _render(results, as_json, ids)
    _common.exit_for(r for r in results if not hasattr(r[1], "route"))


def _hinted(outcome: Any, hint: str) -> Any:
    """``outcome``, a failure's message ending in ``hint`` (a translation as it is)."""
    if not hint or not isinstance(outcome, PolyglotNewsError):
        return outcome
    return type(outcome)(outcome.message + hint, source=outcome.source)


def _render(results: list[tuple[str, Any]], as_json: bool, ids: dict[str, str]) -> None:
    for path, outcome in results:
        for warning in outcome.warnings if hasattr(outcome, "route") else ():
            _common.warn(f"{path}: {warning}")
    if as_json:
        _common.print_json([_as_dict(path, outcome, ids.get(path)) for path, outcome in results])
        _common.report_failures((p, o.message) for p, o in results if not hasattr(o, "route"))
        return
    for path, outcome in results:
        if hasattr(outcome, "route"):
            routes = [outcome.route, *(p.route for p in outcome.paragraphs)]
            route = "; ".join(" -> ".join(r) for r in dict.fromkeys(routes))
            typer.echo(f"== {path} ({route})")
            typer.echo(outcome.text)
            typer.echo("")
        else:
            _common.report_failures([(path, outcome.message)])


def _as_dict(path: str, outcome: Any, ident: str | None) -> dict[str, Any]:
    if hasattr(outcome, "route"):
        data: dict[str, Any] = {
            "path": path,
            "id": ident,
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
    return _common.failure_object(path, outcome)
