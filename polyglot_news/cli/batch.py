"""The ``polyglot-news batch`` command: every story of a corpus, on all cores or on Dask."""

from __future__ import annotations

import dataclasses
import signal
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from polyglot_news.cli import _common, _inputs, options

if TYPE_CHECKING:
    from polyglot_news.batch import BatchProgress, BatchResult

_SHOWN_FAILURES = 20  # failure lines printed on stderr; the rest are in DIR/failures.jsonl


Corpora = Annotated[
    list[Path],
    typer.Argument(
        metavar="CORPUS",
        help="Corpora: JSON Lines files with a story field in every record, and folders "
        "holding one sub-folder per story.",
    ),
]
OutDir = Annotated[
    Path,
    typer.Option(
        "--out",
        "-o",
        metavar="DIR",
        help="Output folder: a report per story, summary.jsonl, failures.jsonl, manifest.json. "
        "A re-run skips every story already done with the same inputs and settings.",
    ),
]
Html = Annotated[bool, typer.Option("--html", help="Also write each story's HTML report.")]
Workers = Annotated[
    int | None,
    typer.Option(
        "--workers",
        "-w",
        min=1,
        metavar="N",
        help="Local worker processes (default: one per CPU).",
    ),
]
Dask = Annotated[
    str | None,
    typer.Option(
        "--dask",
        metavar="ADDRESS",
        help="Run on Dask instead: local:N starts a LocalCluster of N workers, tcp://HOST:PORT "
        "joins a running scheduler. Needs pip install 'polyglot-news[dask]'.",
    ),
]


@options.comparison_options
def batch_command(
    corpus: Corpora,
    out: OutDir,
    to: options.To = options.PIVOT,
    base: options.Base = None,
    source: options.From = None,
    html: Html = False,
    workers: Workers = None,
    dask: Dask = None,
    *,
    shared: options.ComparisonOptions,
    json_output: options.Json = False,
) -> None:
    """Compare every story of a corpus; resumable, on all cores or a Dask cluster.

    Each version's language is detected, weighed against the one it declares, unless --from
    gives it: a bare CODE for every version, NAME=CODE for the versions of any story that
    NAME names (a file name such as tass.txt, a path, or a version id).
    """
    from polyglot_news.batch import BatchSettings, run_batch

    if workers is not None and dask is not None:
        raise typer.BadParameter("give --workers or --dask, not both", param_hint="--workers")
    detector = _common.detector_from_options(shared.languages)
    translator = _common.translator_from_options(shared.translator, shared.models)
    settings = BatchSettings(
        pivot=_common.target_from_options(to, translator),
        base=base,
        languages=tuple(sorted(detector.languages)) if detector.languages else None,
        encoding=shared.encoding,
        source_languages=_inputs.given_languages_from_options(source),
        models=tuple(str(p) for p in _common.model_files(shared.models)),
        # Argos is built on each worker with one thread (the workers are the parallelism).
        translator=None if shared.translator == "argos" else translator,
        glossary=_common.glossary_from_options(shared.glossary, shared.no_default_glossary),
        diff_options=_common.diff_from_options(shared.strict_entities, shared.lexical_only),
        cache=None if shared.no_cache else "default",
        html=html,
    )
    try:
        with _terminated_as_interrupt(), _progress(quiet=json_output) as show:
            result = run_batch(
                corpus, out, settings=settings, workers=workers, dask=dask, progress=show
            )
    except KeyboardInterrupt:
        _common.error(
            f"interrupted; the stories finished are kept in {out}: run the same command again "
            "to resume"
        )
        raise typer.Exit(_common.EXIT_INTERRUPTED) from None
    listed = _report(result, json_output)
    # A re-run skips a story that failed with the same input, but still lists its failure:
    # the exit status says so too, as for the run that first met it.
    if result.failed or result.input_failures or listed:
        raise typer.Exit(_common.EXIT_FAILED)


def _report(result: BatchResult, json_output: bool) -> int:
    """The run's counts on stdout (JSON with --json); failures one per line on stderr.

    Returns the number of failures ``DIR/failures.jsonl`` lists (this run's and those of the
    stories it skipped)."""
    import json

    failures = result.out / "failures.jsonl"
    shown = 0
    if failures.is_file():
        with failures.open(encoding="utf-8") as handle:
            for line in handle:
                item = json.loads(line)
                shown += 1
                if shown <= _SHOWN_FAILURES:
                    where = item["path"] or f"story {item['story']}"
                    _common.report_failures([(where, item["error"]["message"])])
    if shown > _SHOWN_FAILURES:
        _common.error(f"... and {shown - _SHOWN_FAILURES} more; all are listed in {failures}")
    if json_output:
        data = dataclasses.asdict(result)
        data["out"] = str(result.out)
        _common.print_json(data)
        return shown
    typer.echo(
        f"{result.stories} stories: {result.compared} compared, {result.skipped} already done, "
        f"{result.failed} failed; {result.sentences} sentences ({result.translated} sent to a "
        f"model) in {result.seconds:.1f} s on {result.executor}. "
        f"Summary: {result.out / 'summary.jsonl'}"
        # a skipped file or record fails no story, so "0 failed" alone would hide it
        + (f"; {shown} {'failure' if shown == 1 else 'failures'} (stories, files or records)"
           f" listed in {failures}" if shown else "")
    )  # fmt: skip
    return shown


@contextmanager
def _progress(*, quiet: bool) -> Iterator[Callable[[BatchProgress], None] | None]:
    """A progress bar on stderr (stories, sentences, ETA); none under --json or off a TTY."""
    if quiet or not sys.stderr.isatty():
        yield None
        return
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeElapsedColumn,
        TimeRemainingColumn,
    )

    columns = (
        TextColumn("stories"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.fields[sentences]} sentences ({task.fields[rate]}/s)"),
        TimeElapsedColumn(),
        TextColumn("ETA"),
        TimeRemainingColumn(),
    )
    with Progress(*columns, console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task("batch", total=None, sentences=0, rate="-")

        def show(state: BatchProgress) -> None:
            rate = f"{state.sentences / state.elapsed:.0f}" if state.elapsed > 0 else "-"
            bar.update(
                task,
                completed=state.finished,
                total=state.total,
                sentences=state.sentences,
                rate=rate,
            )

        yield show


@contextmanager
def _terminated_as_interrupt() -> Iterator[None]:
    """Treat SIGTERM (``kill``) like Ctrl-C, so the run closes its output folder cleanly."""

    def interrupt(signum: int, frame: object) -> None:
        raise KeyboardInterrupt

    try:
        previous = signal.signal(signal.SIGTERM, interrupt)
    except ValueError:  # not in the main thread (an embedding application): leave it alone
        yield
        return
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def register(app: typer.Typer) -> None:
    """Add ``batch`` to ``app``."""
    app.command("batch")(batch_command)
