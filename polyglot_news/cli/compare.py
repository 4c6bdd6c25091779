"""The ``polyglot-news compare`` command: the main job, over the library's pipeline."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from polyglot_news.cli import _common, _inputs, options

if TYPE_CHECKING:
    from polyglot_news.comparison.model import Comparison


_SUFFIX_FORMATS = {
    ".json": "json",
    ".html": "html",
    ".htm": "html",
    ".md": "md",
    ".markdown": "md",
    ".txt": "text",
    ".text": "text",
}


FORMATS = ("text", "json", "html", "md")
"""The report formats of ``-f``."""


def _known_format(value: str | None) -> str | None:
    """``-f``'s value, lower-cased; an unknown one is a usage error listing the formats (as a
    plain string option: typer's enum check words its refusal "Value error, ...")."""
    if value is None:
        return None
    if value.lower() not in FORMATS:
        raise typer.BadParameter(
            f"unknown report format {value!r}; choose one of: {', '.join(FORMATS)}"
        )
    return value.lower()


Format = Annotated[
    str | None,
    typer.Option(
        "--format",
        "-f",
        metavar="<text|json|html|md>",
        callback=_known_format,
        help="Report format (default: from -o's suffix, else text); refused when it "
        "disagrees with -o's suffix (.txt, .md, .html, .json).",
    ),
]
Output = Annotated[
    Path | None,
    typer.Option(
        "--output",
        "-o",
        metavar="FILE",
        help="Write the report to this file: never over an input, and over an existing file "
        "only when it is an earlier report (or --overwrite).",
    ),
]
Overwrite = Annotated[
    bool,
    typer.Option("--overwrite", help="Let -o replace an existing file that is not a report."),
]


@options.comparison_options
def compare_command(
    paths: options.Inputs,
    to: options.To = options.PIVOT,
    base: options.Base = None,
    source: options.From = None,
    output_format: Format = None,
    output: Output = None,
    overwrite: Overwrite = False,
    *,
    shared: options.ComparisonOptions,
) -> None:
    """Compare versions of one story across outlets and languages.

    Each version is reported against a base: the one --base names, else the version covering
    the most of the other versions' sentences (the fullest account; a tie goes to one not
    translated), never one whose translation is flagged unreliable while another is not,
    named with the reason in a note on stderr: see benchmarks/default_base.py.

    Each version's language is detected, unless --from gives it; a language a version declares
    (a JSON record's language, lang or inLanguage field, an HTML page's lang) is used unless
    detection is sure of another, and every disagreement is noted on stderr.
    """
    from polyglot_news.pipeline import compare_versions
    from polyglot_news.report.terminal import progress_bar

    fmt = _format(output_format, output)
    if output is not None:  # a directory or an input as -o: said now, not after the work
        from polyglot_news.report import check_output

        check_output(output, inputs=_guarded_inputs(output, paths))
        _check_replaceable(output, overwrite)
    detector = _common.detector_from_options(shared.languages)
    glossary = _common.glossary_from_options(shared.glossary, shared.no_default_glossary)
    engine = _common.engine_from_options(
        glossary, translator=shared.translator, models=shared.models, no_cache=shared.no_cache
    )
    to = _common.target_from_options(to, engine.translator)
    versions, failures = _inputs.load_inputs(paths, shared.encoding)
    # Named now, so that they are seen even when too few versions are left to compare.
    _common.report_failures((f.path, f.message) for f in failures)
    _inputs.note_identical(versions)
    given = _inputs.source_languages_from_options(source, versions)
    with progress_bar(None, "translating") as advance:
        comparison = compare_versions(
            versions,
            failures=failures,
            pivot=to,
            base=base,
            source_languages=given,
            detector=detector,
            engine=engine,
            glossary=glossary,
            diff_options=_common.diff_from_options(shared.strict_entities, shared.lexical_only),
            progress=advance,
        )
    _common.report_failures((r.error.path, r.error.message) for r in comparison.versions if r.error)
    if base is None:  # said once, so a reader knows the base was chosen and how to change it
        _common.note(
            f"base {comparison.base}: {comparison.base_reason} (--base ID compares with another)"
        )
    _output(comparison, fmt, output, paths)
    failed = list(comparison.failures) + [r for r in comparison.versions if r.error]
    _common.exit_for(failed)


def _output(comparison: Comparison, fmt: str, output: Path | None, paths: list[str]) -> None:
    """Print the report, or write it to ``output`` (never over one of the input ``paths``)."""
    from polyglot_news.report import write_report

    text = _render(comparison, fmt, to_terminal=output is None)
    if output is None:
        if text:
            typer.echo(text, nl=not text.endswith("\n"))
        return
    replaced = output.is_file()
    write_report(text, output, inputs=_guarded_inputs(output, paths))
    note = " (replaced the file that was there)" if replaced else ""
    typer.echo(f"wrote {fmt} report to {output}{note}", err=True)


def _check_replaceable(output: Path, overwrite: bool) -> None:
    """Refuse, before any work, to replace a file of the user's that is not an earlier report."""
    try:
        size = output.stat().st_size if output.is_file() else 0
    except OSError:
        return  # write_report says what is wrong with it
    if size and not overwrite and not _is_report_file(output):
        _common.fail(
            f"{output} exists and is not a polyglot_news report; choose another -o, or give "
            "--overwrite to replace it"
        )


def _guarded_inputs(output: Path, paths: list[str]) -> list[Path]:
    """The inputs ``output`` must not be, nor lie in."""
    inputs = [Path(p) for p in paths if p != "-"]
    if output.is_file() and _is_report_file(output):
        # the report of an earlier run, saved beside the story: loading skipped it, so it may
        # be replaced even inside an input folder (a file named as an input never is)
        inputs = [p for p in inputs if not p.is_dir()]
    return inputs


def _is_report_file(path: Path) -> bool:
    from polyglot_news.sources.files import is_report

    try:
        with path.open("rb") as handle:
            return is_report(handle.read(2048))
    except OSError:
        return False


_FORMAT_NAMES = {"text": "text", "md": "Markdown", "html": "HTML", "json": "JSON"}
_FORMAT_SUFFIXES = {"text": ".txt", "md": ".md", "html": ".html", "json": ".json"}


def _format(output_format: str | None, output: Path | None) -> str:
    """The report format: ``-f``, else ``-o``'s suffix, else text. A ``-f`` that disagrees
    with a report suffix (``-o r.html -f md``) is a usage error, said before any work."""
    named = _SUFFIX_FORMATS.get(output.suffix.lower()) if output is not None else None
    if output_format is not None:
        fmt = output_format
        if output is not None and named is not None and named != fmt:
            _common.fail(
                f"{output}: -f {fmt} writes {_FORMAT_NAMES[fmt]} but the name {output.name} "
                f"says {_FORMAT_NAMES[named]}; name the file {output.stem}"
                f"{_FORMAT_SUFFIXES[fmt]}, or leave -f out to write {_FORMAT_NAMES[named]}",
                _common.EXIT_USAGE,
            )
        return fmt
    if output is None or not output.suffix:
        return "text"
    if named is None:  # a text report in "report.pdf" would only surprise
        _common.fail(
            f"{output}: cannot tell the report format from {output.suffix!r}; name the file "
            ".txt, .md, .html or .json, or give -f text|md|html|json",
            _common.EXIT_USAGE,
        )
    return named


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
