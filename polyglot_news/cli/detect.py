"""The ``polyglot-news detect`` command: the language of each input, per paragraph when mixed.

A thin adapter over :func:`polyglot_news.langid.detect`: inputs are loaded with
:func:`polyglot_news.sources.load_versions`, each is detected, and the results print as
``PATH  LANG  CONFIDENCE  encoding ENCODING`` lines (plus one indented line per paragraph of a
mixed document; CONFIDENCE is ``given``, or ``declared`` with what detection found, for a
language the user gave or the version declares; ENCODING is the one the file was read in and
what decided it, ``cp1251 (detected, 0.98)``) or as a JSON list. Failed inputs are reported
and the others still print; the exit code is 1.
"""

from __future__ import annotations

from typing import Any

import typer

from polyglot_news.cli import _common, _inputs, options
from polyglot_news.errors import PolyglotNewsError
from polyglot_news.langid.declared import language_of
from polyglot_news.records import Detection, InputFailure


def register(app: typer.Typer) -> None:
    """Add the command to ``app``."""
    app.command("detect")(detect)


def detect(
    paths: options.Inputs,
    as_json: options.Json = False,
    languages: options.Languages = None,
    encoding: options.Encoding = None,
    source: options.From = None,
) -> None:
    """Detect the language of news versions (per paragraph for mixed documents).

    A language a version declares (a JSON record's language field, an HTML page's lang) is
    reported, marked declared, unless detection is sure of another; a disagreement is noted
    on stderr. The confidence is always detection's own: "0.97 declared" when it agrees,
    "declared (detected cs 0.62)" when a weak guess of another language gives way,
    "declared, not detected" when the text is too short to detect. A language given with
    --from is reported as "given", as compare, translate and glossary match would use it.
    Each line ends with the encoding the input was read in and what decided it.

    With --json: a list, one object per input in input order (a JSON Lines record is one,
    its "path" PATH#N, with its "id"), {"path", "error": {"kind", "message"}} for one that
    failed; detect, translate and glossary match print this one shape.
    """
    detector = _common.detector_from_options(languages)
    versions, failures = _inputs.load_inputs(paths, encoding)
    given = _inputs.source_languages_from_options(source, versions)
    results: list[_Result] = [(f.path, f, None, None) for f in failures]
    for version in versions:
        name = _inputs.named(version)  # feed.jsonl#2: listed as it was given
        encoding = version.metadata.get("encoding")
        try:
            weighed = language_of(version, detector, given.get(version.id))
        except PolyglotNewsError as exc:
            results.append((name, InputFailure.from_error(name, exc), encoding, version.id))
            continue
        if weighed.note:
            _common.warn(weighed.note)
        results.append((name, weighed.detection, encoding, version.id))
    results = _inputs.in_input_order(results, paths, lambda result: result[0])
    failed = [(n, o) for n, o, _, _ in results if isinstance(o, InputFailure)]
    if as_json:
        _common.print_json([_as_json(*result) for result in results])
        _common.report_failures((n, o.message) for n, o in failed)
    else:
        for name, outcome, encoding, _ in results:
            _print_text(name, outcome, encoding)
    _common.exit_for(failed)


# path (feed.jsonl#2), outcome, how it was decoded, version id
_Result = tuple[str, Detection | InputFailure, Any, str | None]


def encoding_text(encoding: Any) -> str:
    """A version's ``metadata["encoding"]`` for people: ``cp1251 (detected, 0.98)``,
    ``utf-16-le (bom)``, or the name alone for text read as the UTF-8 it is."""
    if not isinstance(encoding, dict) or not encoding.get("name"):
        return ""
    how, confidence = encoding.get("how"), encoding.get("confidence")
    said = [str(how)] if how and how != "utf-8" else []
    said += [f"{confidence:.2f}"] if isinstance(confidence, int | float) else []
    return f"{encoding['name']} ({', '.join(said)})" if said else str(encoding["name"])


def _as_json(
    name: str, outcome: Detection | InputFailure, encoding: Any, ident: str | None
) -> dict[str, Any]:
    if isinstance(outcome, InputFailure):
        return _common.failure_object(name, outcome)
    return {
        "path": name,
        "id": ident,
        "encoding": encoding if isinstance(encoding, dict) else None,
        "language": outcome.language,
        "confidence": outcome.confidence,
        "reliable": outcome.reliable,
        "mixed": outcome.mixed,
        "paragraphs": [
            {"start": p.start, "end": p.end, "language": p.language, "confidence": p.confidence}
            for p in outcome.paragraphs
        ],
        "detector": outcome.detector,
        "detected": outcome.detected,
    }


def _print_text(name: str, outcome: Detection | InputFailure, encoding: Any) -> None:
    if isinstance(outcome, InputFailure):
        _common.report_failures([(name, outcome.message)])
        return
    note = "" if outcome.reliable or outcome.origin != "detected" else "  (unreliable)"
    decoded = encoding_text(encoding)
    decoded = f"  encoding {decoded}" if decoded else ""
    typer.echo(f"{name}  {outcome.language}  {outcome.confidence_text()}{note}{decoded}")
    if outcome.mixed:
        for para in outcome.paragraphs:
            typer.echo(f"    [{para.start}:{para.end}]  {para.language}  {para.confidence:.2f}")
