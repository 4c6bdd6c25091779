"""What every CLI command shares: the builders behind the shared options, errors and output.

**Builders behind the shared options.** The options several commands take are declared once in
:mod:`polyglot_news.cli.options`; a command passes their values to the matching builder here
(:func:`glossary_from_options`, :func:`detector_from_options`, :func:`translator_from_options`,
:func:`engine_from_options`, :func:`target_from_options`, :func:`diff_from_options`;
the inputs' are in :mod:`polyglot_news.cli._inputs`), so that an
option means the same thing, and fails with the same exit code, in every command; the one
progress bar is :func:`polyglot_news.report.terminal.progress_bar`.

**Errors and warnings.** :func:`run_app` is the one boundary: a
:class:`~polyglot_news.errors.PolyglotNewsError` becomes one line on stderr and exit 1, a usage
error exit 2, anything else exit 70 without a traceback; a
:class:`~polyglot_news.errors.PolyglotNewsWarning` (a glossary override, a recovered cache)
becomes one ``polyglot-news: warning:`` line. Commands therefore let library errors propagate.
"""

from __future__ import annotations

import json
import os
import sys
import warnings
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

import click
import typer

from polyglot_news.errors import PolyglotNewsError, PolyglotNewsWarning

if TYPE_CHECKING:
    from polyglot_news.comparison.engine import DiffOptions
    from polyglot_news.glossary import Glossary
    from polyglot_news.langid import LanguageDetector
    from polyglot_news.records import InputFailure
    from polyglot_news.translate.base import Translator
    from polyglot_news.translate.engine import TranslationEngine

EXIT_OK = 0
EXIT_FAILED = 1  # a command ran, but an input or the command itself failed
EXIT_USAGE = 2
EXIT_INTERNAL = 70  # EX_SOFTWARE: a bug, reported without a traceback
EXIT_INTERRUPTED = 130


# --- the error boundary ------------------------------------------------------------------------

# typer >= 0.20 vendors its own copy of click (typer._click), whose exceptions are not click's;
# catch both copies without importing typer's private module.
_CLICK_ERRORS: tuple[type[Exception], ...] = tuple(
    {
        click.ClickException,
        *(c for c in typer.BadParameter.__mro__ if c.__name__ == "ClickException"),
    }
)


def run_app(app: typer.Typer, argv: list[str] | None = None) -> None:
    """Run ``app``; map errors to one line on stderr and an exit code, never a traceback.

    Exit codes: 0 success, 1 an input or the command failed (a ``PolyglotNewsError``), 2 bad
    usage, 70 an internal error (``POLYGLOT_NEWS_DEBUG=1`` re-raises it), 130 interrupted.
    """
    with warnings.catch_warnings():
        warnings.simplefilter("always", PolyglotNewsWarning)
        warnings.showwarning = _show_warning
        code = _run(app, argv)
    if isinstance(code, int) and code != EXIT_OK:
        sys.exit(code)


def _run(app: typer.Typer, argv: list[str] | None) -> Any:
    try:
        # With standalone_mode=False a command's `raise typer.Exit(n)` comes back as the
        # return value, not as an exception, so it must be turned into the exit status here.
        return app(args=argv, standalone_mode=False)
    except (click.exceptions.Exit, typer.Exit) as exc:
        sys.exit(exc.exit_code)
    except _CLICK_ERRORS as exc:  # usage errors: bad option, missing argument
        exc.show()  # type: ignore[attr-defined]
        sys.exit(exc.exit_code)  # type: ignore[attr-defined]
    except (click.exceptions.Abort, typer.Abort):
        error("aborted")
        sys.exit(EXIT_INTERRUPTED)
    except PolyglotNewsError as exc:
        error(str(exc))
        sys.exit(EXIT_FAILED)
    except KeyboardInterrupt:
        error("interrupted")
        sys.exit(EXIT_INTERRUPTED)
    except BrokenPipeError:
        sys.exit(EXIT_FAILED)
    except Exception as exc:  # noqa: BLE001 - the last line of defence against tracebacks
        if os.environ.get("POLYGLOT_NEWS_DEBUG"):
            raise
        error(
            f"internal error: {type(exc).__name__}: {exc} "
            "(set POLYGLOT_NEWS_DEBUG=1 for a traceback and please report it)"
        )
        sys.exit(EXIT_INTERNAL)


def _show_warning(message: Warning | str, category: type[Warning], *args: Any, **kw: Any) -> None:
    """``warnings.showwarning`` for the CLI: our warnings as one line, others as Python's."""
    if issubclass(category, PolyglotNewsWarning):
        warn(str(message))
    else:
        sys.stderr.write(warnings.formatwarning(message, category, *args[:2]))


def error(message: str) -> None:
    """Print one error line on stderr."""
    typer.echo(f"polyglot-news: error: {message}", err=True)


def warn(message: str) -> None:
    """Print one warning line on stderr."""
    typer.echo(f"polyglot-news: warning: {message}", err=True)


def note(message: str) -> None:
    """Print one informational line on stderr (never on stdout, which carries the report)."""
    typer.echo(f"polyglot-news: note: {message}", err=True)


def fail(message: str, code: int = EXIT_FAILED) -> NoReturn:
    """Print ``message`` as an error and exit with ``code``."""
    error(message)
    raise typer.Exit(code)


# --- output --------------------------------------------------------------------------------------


def failure_object(path: str, failure: PolyglotNewsError | InputFailure) -> dict[str, Any]:
    """The JSON object of one failed input: ``{"path", "error": {"kind", "message"}}``."""
    return {"path": path, "error": {"kind": failure.kind, "message": failure.message}}


def report_failures(failures: Iterable[tuple[str, str]]) -> None:
    """Print one error line on stderr per failed ``(path, message)``, whatever the format.

    Data goes to stdout (text or JSON, where failures are objects too); these lines go to
    stderr so a person sees them even when stdout is piped into a file.
    """
    for path, message in failures:
        error(message if path in message else f"{path}: {message}")


def print_json(data: Any) -> None:
    """Print ``data`` as indented UTF-8 JSON on stdout."""
    typer.echo(json.dumps(data, ensure_ascii=False, indent=2))


def exit_for(failures: Iterable[object]) -> None:
    """Exit 1 when any input failed, else return (exit 0)."""
    if any(True for _ in failures):
        raise typer.Exit(EXIT_FAILED)


# --- builders behind the shared options -----------------------------------------------------------


def parse_languages(value: str | None) -> tuple[str, ...] | None:
    """Parse ``--languages ru,uk,en`` into a tuple, or None when not given."""
    if not value:
        return None
    langs = tuple(part.strip().lower() for part in value.split(",") if part.strip())
    if not langs:
        raise typer.BadParameter("give at least one language code, e.g. --languages ru,uk,en")
    return langs


def detector_from_options(languages: str | None) -> LanguageDetector:
    """The language detector for ``--languages``; an unknown code is a usage error (exit 2)."""
    from polyglot_news.errors import UnsupportedLanguageError
    from polyglot_news.langid import LanguageDetector

    try:
        return LanguageDetector(parse_languages(languages))
    except UnsupportedLanguageError as exc:
        raise typer.BadParameter(exc.message, param_hint="--languages") from exc


def glossary_from_options(files: Sequence[Path] | None, no_default: bool) -> Glossary:
    """The glossary of ``--glossary FILE`` (repeatable) and ``--no-default-glossary``.

    The shipped glossary (unless ``no_default``) with each file laid over it in order, later
    files winning; a name a file takes from another entry is reported once as a warning.
    """
    from polyglot_news.glossary import Glossary, default_glossary, load_glossary

    glossary = Glossary.empty() if no_default else default_glossary()
    for path in files or ():
        glossary = glossary.merge(load_glossary(path))
    return glossary


def model_files(models: Path | None) -> tuple[Path, ...]:
    """The packages ``--models DIR`` adds: its ``.argosmodel`` files and package folders (those
    holding an Argos ``metadata.json``).

    A DIR that is not a directory is a usage error (exit 2) in every command. Its other
    sub-folders are skipped with one warning naming them (a folder of downloads must not fail
    every version with "not an Argos package"), and so is a DIR that holds no package.
    """
    if models is None:
        return ()
    if not models.is_dir():
        raise typer.BadParameter(
            f"{models} is not a directory; give the folder holding .argosmodel files",
            param_hint="--models",
        )
    found: list[Path] = []
    others: list[Path] = []
    for path in sorted(models.iterdir()):
        if path.suffix == ".argosmodel" and path.is_file():
            found.append(path)
        elif path.is_dir() and not path.name.startswith("."):
            (found if (path / "metadata.json").is_file() else others).append(path)
    if others:
        names = ", ".join(p.name for p in others)
        warn(f"--models {models}: skipped {len(others)} folder{'s' if len(others) != 1 else ''} "
             f"holding no Argos package (no metadata.json): {names}")
    if not found:
        warn(f"--models {models} holds no .argosmodel file or package folder; only installed "
             "packages are used")
    return tuple(found)


def translator_from_options(name: str, models: Path | None) -> Translator:
    """The backend ``--translator NAME`` names, given the packages of ``--models DIR``.

    An unknown name is a usage error (exit 2) listing the registered ones.
    """
    from polyglot_news.translate.registry import create_translator, translator_names

    files = model_files(models)
    if name not in translator_names():
        raise typer.BadParameter(
            f"no translator named {name!r}; choose one of: {', '.join(translator_names())}",
            param_hint="--translator",
        )
    return create_translator(name, models=files)


def target_from_options(to: str, translator: Translator | None) -> str:
    """The language of ``--to``: an ISO 639-1 or Argos code, or one of ``translator``'s
    packages (:func:`~polyglot_news.translate.languages.check_target_language`).

    An unknown code is a usage error (exit 2) naming it, before any input is read.
    """
    from polyglot_news.errors import UnsupportedLanguageError
    from polyglot_news.translate.languages import check_target_language

    try:
        return check_target_language(to, translator)
    except UnsupportedLanguageError as exc:
        raise typer.BadParameter(exc.message, param_hint="--to") from exc


def diff_from_options(strict_entities: bool, lexical_only: bool) -> DiffOptions:
    """The comparison settings of ``--strict-entities`` and ``--lexical-only``."""
    from polyglot_news.comparison.engine import DiffOptions

    return DiffOptions(strict_entities=strict_entities, encoder=not lexical_only)


def engine_from_options(
    glossary: Glossary | None,
    *,
    translator: str = "argos",
    models: Path | None = None,
    no_cache: bool = False,
    keep_unprotected: bool = False,
) -> TranslationEngine:
    """The translation engine of ``--translator``, ``--models DIR`` and ``--no-cache``."""
    from polyglot_news.translate.engine import TranslationEngine

    return TranslationEngine(
        translator_from_options(translator, models),
        cache=not no_cache,
        glossary=glossary,
        keep_unprotected=keep_unprotected,
    )
