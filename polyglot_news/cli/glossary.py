"""The ``polyglot-news glossary`` commands: match names in files, show and check glossaries."""

from __future__ import annotations

from dataclasses import asdict
from pathlib import Path
from typing import Any

import typer

from polyglot_news.cli import _common, _inputs, options
from polyglot_news.errors import GlossaryError, PolyglotNewsError

group = typer.Typer(
    name="glossary",
    help="Find glossary names in texts, show the glossary, check glossary files.",
    no_args_is_help=True,
    rich_markup_mode=None,
)


def register(app: typer.Typer) -> None:
    """Add the command group to ``app``."""
    app.add_typer(group)


@group.command("match")
def match(
    paths: options.Inputs,
    as_json: options.Json = False,
    glossary_files: options.Glossaries = None,
    no_default: options.NoDefaultGlossary = False,
    language: list[str] | None = typer.Option(
        None,
        "--from",
        "--language",
        "-l",
        metavar="[NAME=]CODE",
        help="Language of the inputs, used instead of detecting it: CODE for every input, "
        "NAME=CODE for one (its file name, path or version id); repeatable.",
    ),
    languages: options.Languages = None,
    encoding: options.Encoding = None,
) -> None:
    """List the glossary names found in each input, with character offsets.

    With --json: a list, one object per input in input order (a JSON Lines record is one,
    its "path" PATH#N, with its "id"), {"path", "error": {"kind", "message"}} for one that
    failed; detect, translate and glossary match print this one shape.
    """
    from polyglot_news.langid.declared import language_of

    glossary = _common.glossary_from_options(glossary_files, no_default)
    detector = _common.detector_from_options(languages)
    versions, failures = _inputs.load_inputs(paths, encoding)
    given = _inputs.source_languages_from_options(language, versions)
    results = [_common.failure_object(f.path, f) for f in failures]
    for version in versions:
        name = _inputs.named(version)  # feed.jsonl#2, as detect names it
        try:
            weighed = language_of(version, detector, given.get(version.id))
        except PolyglotNewsError as exc:
            results.append(_common.failure_object(name, exc))
            continue
        if weighed.note:
            _common.warn(weighed.note)
        lang = weighed.detection.language
        hits = [asdict(m) for m in glossary.find(version.text, lang)]
        results.append({"path": name, "id": version.id, "language": lang, "matches": hits})
    results = _inputs.in_input_order(results, paths, lambda item: item["path"])
    errors = [item for item in results if "error" in item]
    if as_json:
        _common.print_json(results)
    else:
        _print_matches([item for item in results if "error" not in item])
    _common.report_failures((item["path"], item["error"]["message"]) for item in errors)
    _common.exit_for(errors)


def _print_matches(results: list[dict[str, Any]]) -> None:
    for result in results:
        count = len(result["matches"])
        found = f"{count} name" if count == 1 else f"{count} names"
        typer.echo(f"{result['path']} [{result['language']}]: {found}")
        for m in result["matches"]:
            typer.echo(f"  {m['start']:>6}-{m['end']:<6} {m['surface']} -> {m['canonical']}")


@group.command("show")
def show(
    as_json: options.Json = False,
    language: str | None = typer.Option(
        None,
        "--language",
        "-l",
        metavar="CODE",
        help="Show canonical names and forms in this language.",
    ),
    glossary_files: options.Glossaries = None,
    no_default: options.NoDefaultGlossary = False,
) -> None:
    """Show the glossary's entries with their canonical names and forms."""
    glossary = _common.glossary_from_options(glossary_files, no_default)
    lang = language or "en"
    rows = [
        {
            "id": entry.id,
            "type": entry.type,
            "canonical": glossary.canonical(entry.id, lang),
            "forms": list(dict.fromkeys(f.text for f in entry.forms_in(lang))),  # each once
        }
        for entry in glossary.entries
    ]
    if as_json:
        _common.print_json({"digest": glossary.digest, "language": lang, "entries": rows})
        return
    typer.echo(f"{len(rows)} entries, {glossary.digest}")
    for row in rows:
        typer.echo(
            f"{row['id']:<20} {row['type']:<13} {row['canonical']:<22} {', '.join(row['forms'])}"
        )


@group.command("check")
def check(
    files: list[Path] = typer.Argument(..., metavar="FILE", help="Glossary files to validate."),
    source: str | None = typer.Option(
        None, "--source", metavar="CODE", help="Source language of 2-column files."
    ),
    target: str | None = typer.Option(
        None, "--target", metavar="CODE", help="Target language of 2-column files."
    ),
) -> None:
    """Validate glossary files; print every file:line error and exit 1 when any is bad.

    Entries that have neither an English nor a ``mul`` form get a warning: a report in
    another language would name them by a form of some other language.
    """
    from polyglot_news.glossary import load_glossary

    bad = []
    for path in files:
        try:
            glossary = load_glossary(path, source_language=source, target_language=target)
        except GlossaryError as exc:
            for problem in exc.problems:
                _common.error(problem)
            bad.append(path)
            continue
        for entry in glossary.entries:
            if not any(f.lang in ("en", "mul") for f in entry.forms):
                shown = glossary.display_name(entry.id)
                where = entry.forms[0].origin or f"{path}: {entry.id!r}"
                _common.warn(
                    f"{where}: {entry.id!r} has no en or mul form, so reports in other"
                    f" languages name it {shown!r}; add an en row (or a mul row for a name"
                    " written alike everywhere)"
                )
        typer.echo(f"{path}: ok, {len(glossary)} entries, {glossary.digest}")
    _common.exit_for(bad)
