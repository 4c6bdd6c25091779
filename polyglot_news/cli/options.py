"""The options several commands share, each declared once as a typed alias.

A command declares a parameter with an alias as its type and the default after ``=``
(typer reads the option's flags and help from the ``Annotated`` metadata)::

    def translate(paths: options.Inputs, to: options.To = options.PIVOT, ...) -> None:

so an option has one name, one type, one help text and one check in every command that takes
it. The nine options of a comparison that ``compare`` and ``batch`` both take (detection,
glossary, translator, cache, encoding, diff settings) come as one :class:`ComparisonOptions`
parameter, expanded into the nine by :func:`comparison_options`. Each value goes to its builder
in :mod:`polyglot_news.cli._common` (:func:`~polyglot_news.cli._common.detector_from_options`,
:func:`~polyglot_news.cli._common.glossary_from_options`,
:func:`~polyglot_news.cli._common.engine_from_options`, ...); ``tests/cli/test_shared_options.py``
runs each option across the commands that take it. New shared options belong here.
"""

from __future__ import annotations

import codecs
import dataclasses
import functools
import inspect
import typing
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any

import typer

__all__ = [
    "PIVOT",
    "TRANSLATOR",
    "Base",
    "ComparisonOptions",
    "Encoding",
    "From",
    "Glossaries",
    "Inputs",
    "Json",
    "Languages",
    "LexicalOnly",
    "Models",
    "NoCache",
    "NoDefaultGlossary",
    "StrictEntities",
    "To",
    "TranslatorName",
    "comparison_options",
]

PIVOT = "en"  # the default of --to
TRANSLATOR = "argos"  # the default of --translator


def _check_encoding(value: str | None) -> str | None:
    if value is None:
        return None
    try:
        return codecs.lookup(value).name
    except LookupError:
        raise typer.BadParameter(
            f"unknown encoding {value!r}; e.g. utf-8, cp1251, koi8-r, koi8-u, cp866, "
            "mac-cyrillic, euc-kr, johab, iso-2022-kr, shift_jis, euc-jp, gb18030, big5"
        ) from None


Inputs = Annotated[
    list[str],
    typer.Argument(
        metavar="PATH",
        help="News versions: files (text, HTML, Markdown, JSON), folders of them, or - for "
        "standard input.",
    ),
]
To = Annotated[
    str,
    typer.Option(
        "--to",
        metavar="CODE",
        help="Language to translate into, the pivot of a comparison: ISO 639-1 or an Argos "
        "code such as zt or pb (see `polyglot-news models languages`).",
    ),
]
From = Annotated[
    list[str] | None,
    typer.Option(
        "--from",
        metavar="[NAME=]CODE",
        help="Language of the inputs, used instead of detecting it: CODE (ISO 639-1, or a tag "
        "such as pt-BR) for every input, NAME=CODE for one, NAME being its file name, path or "
        "version id (short.txt=ru, feed#3=uk); repeatable.",
    ),
]
Languages = Annotated[
    str | None,
    typer.Option(
        "--languages",
        metavar="CODES",
        help="Restrict language detection to these codes, e.g. ru,uk,en.",
    ),
]
Glossaries = Annotated[
    list[Path] | None,
    typer.Option(
        "--glossary",
        "-g",
        metavar="FILE",
        help="A glossary file (TSV, CSV or TBX) laid over the default one; repeatable, later wins.",
    ),
]
NoDefaultGlossary = Annotated[
    bool,
    typer.Option(
        "--no-default-glossary", help="Do not use the glossary shipped with polyglot_news."
    ),
]
Models = Annotated[
    Path | None,
    typer.Option(
        "--models",
        metavar="DIR",
        help="Also use the Argos packages (.argosmodel files or package folders) in DIR, "
        "without installing them; they win over installed packages for the same pair.",
    ),
]
TranslatorName = Annotated[
    str,
    typer.Option(
        "--translator",
        metavar="NAME",
        help="Translation backend: argos (Argos Translate packages), fake (a test backend "
        'that does not translate: it marks sentences "[ru>en] ..."), or one registered '
        "with polyglot_news.register_translator.",
    ),
]
Base = Annotated[
    str | None,
    typer.Option(
        "--base",
        metavar="ID",
        help="Id or path of the version the others are compared with (default: the version "
        "covering the most of the others' sentences, by word and bigram overlap).",
    ),
]
StrictEntities = Annotated[
    bool,
    typer.Option("--strict-entities", help="Report different renderings of one name as changes."),
]
LexicalOnly = Annotated[
    bool,
    typer.Option(
        "--lexical-only",
        help="Link sentences across outlets by their words only, without the sentence encoder.",
    ),
]
NoCache = Annotated[
    bool, typer.Option("--no-cache", help="Do not read or write the translation cache.")
]
Json = Annotated[bool, typer.Option("--json", help="Print JSON instead of text.")]
Encoding = Annotated[
    str | None,
    typer.Option(
        "--encoding",
        metavar="ENC",
        callback=_check_encoding,
        help="Decode every input with this encoding (e.g. koi8-r, cp866, euc-kr, johab) "
        "instead of detecting it; for files the detector refuses.",
    ),
]


@dataclasses.dataclass(frozen=True)
class ComparisonOptions:
    """The options every command that compares versions takes, with their values."""

    languages: Languages = None
    glossary: Glossaries = None
    no_default_glossary: NoDefaultGlossary = False
    translator: TranslatorName = TRANSLATOR
    models: Models = None
    no_cache: NoCache = False
    encoding: Encoding = None
    strict_entities: StrictEntities = False
    lexical_only: LexicalOnly = False


def comparison_options(command: Callable[..., None]) -> Callable[..., None]:
    """``command`` taking each :class:`ComparisonOptions` field as an option of its own.

    The command declares one keyword-only parameter annotated ``ComparisonOptions``; typer sees
    the nine options in its place (same order, so ``--help`` lists them there) and the command
    receives them back as one :class:`ComparisonOptions`.
    """
    signature = inspect.signature(command, eval_str=True)
    params = list(signature.parameters.values())
    (slot,) = [p for p in params if p.annotation is ComparisonOptions]
    hints = typing.get_type_hints(ComparisonOptions, include_extras=True)
    fields = [
        inspect.Parameter(f.name, slot.kind, default=f.default, annotation=hints[f.name])
        for f in dataclasses.fields(ComparisonOptions)
    ]
    at = params.index(slot)
    expanded = signature.replace(parameters=[*params[:at], *fields, *params[at + 1 :]])

    @functools.wraps(command)
    def run(**values: Any) -> None:
        shared = ComparisonOptions(**{f.name: values.pop(f.name) for f in fields})
        command(**values, **{slot.name: shared})

    run.__signature__ = expanded  # type: ignore[attr-defined]
    run.__annotations__ = {p.name: p.annotation for p in expanded.parameters.values()}
    return run
