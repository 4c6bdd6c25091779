"""The terminal report (rich), and a progress bar for the CLI.

A table of the versions (outlet, language, confidence, translation route, glossary hits,
similarity to the base), the claims table (one row per fact, one narrow numbered column per
version marking how that version words it: ``R`` the row's reference wording, ``=`` the same,
``~`` reworded, ``p`` partial, ``·`` absent; labels abbreviated) followed by the word diffs of
the rows worded differently with their full labels, then each version's changes against the
base with word diffs inline, the sentences only one version carries, what was left out, and
the signature. In colour, deletions are red and struck through and insertions green; in plain
output (not a terminal, or ``NO_COLOR`` set, see https://no-color.org) they are marked
``[-like this-]`` and ``{+like this+}`` (wdiff's convention) so nothing depends on colour; a
deletion followed straight by an insertion is set apart by a space (:func:`._view.inline_diff`).
Article text is always passed to rich as :class:`rich.text.Text`, never as markup, and
stripped of control characters.
"""

from __future__ import annotations

import io
import os
import re
import shutil
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any, TextIO

from polyglot_news.report import _view
from polyglot_news.report._view import clean
from polyglot_news.report.signature import signature_fields

if TYPE_CHECKING:
    from rich.console import Console
    from rich.text import Text

    from polyglot_news.comparison.model import Claim, ClaimCell, Comparison

__all__ = ["ProgressHandle", "print_terminal", "progress_bar", "render_terminal"]

_MARKS = {"reworded": "~", "partial": "≈", "insert": "+", "delete": "-", "move": "↕"}


def wants_color(stream: Any) -> bool:
    """True when ``stream`` is a terminal and neither NO_COLOR nor TERM=dumb says otherwise."""
    if os.environ.get("NO_COLOR") or os.environ.get("TERM") == "dumb":
        return False
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty())


def _console(color: bool, file: TextIO | None = None) -> Console:
    from rich.console import Console

    return Console(
        file=file if file is not None else io.StringIO(),
        force_terminal=color,
        no_color=not color,
        color_system="standard" if color else None,
        width=max(60, shutil.get_terminal_size((100, 24)).columns),
        highlight=False,
        emoji=False,
        markup=False,
        soft_wrap=False,
    )


def render_terminal(
    comparison: Comparison, *, console: Console | None = None, color: bool | None = None
) -> str:
    """Render ``comparison`` for a terminal and return the text; nothing is printed.

    ``color=None`` decides from standard output (a terminal, and NO_COLOR unset). A given
    ``console`` sets the width and colour system and ``color`` is then ignored.
    """
    if console is None:
        console = _console(wants_color(sys.stdout) if color is None else color)
    plain = not console.is_terminal or console.no_color
    with console.capture() as capture:
        _render(console, comparison, plain)
    return capture.get()


def print_terminal(comparison: Comparison, file: TextIO | None = None) -> None:
    """Write the terminal report to ``file`` (default standard output), coloured if a TTY."""
    stream = file if file is not None else sys.stdout
    stream.write(render_terminal(comparison, color=wants_color(stream)))
    stream.flush()


def _pack(entries: list[str], width: int) -> list[str]:
    """``entries`` joined by two spaces into lines of at most ``width`` cells, never breaking
    one (so "7 wire_en" is never split into "7" and "wire_en"); "columns:" keeps one space."""
    from rich.cells import cell_len

    lines: list[str] = []
    for entry in entries:
        sep = " " if lines == ["columns:"] else "  "
        if lines and cell_len(lines[-1] + sep + entry) <= width:
            lines[-1] += sep + entry
        else:
            lines.append(entry)
    return lines


def _render(console: Console, comparison: Comparison, plain: bool) -> None:
    from rich.rule import Rule
    from rich.text import Text

    console.print(Text(clean(_title(comparison)), style="bold"))
    if comparison.base_reason:
        said = f"base {comparison.base}: {comparison.base_reason}"
        console.print(Text(clean(said), style="dim"))
    whose, headline = _view.headline(comparison)
    if headline:
        console.print(Text(f"{clean(whose)}'s headline: ", style="dim") + Text(headline))
    console.print(_versions_table(comparison))
    _render_claims(console, comparison, plain)
    sentences = _view.sentences(comparison)
    for pair in comparison.comparisons:
        head = f"{pair.b} against {pair.a}: similarity {pair.similarity:.2f}"
        console.print(Rule(Text(clean(head)), characters="-" if plain else "─"))
        rows = _view.pair_rows(pair, sentences.get(pair.a, []), sentences.get(pair.b, []))
        changed = [row for row in rows if row.kind != "same"]
        for row in changed:
            console.print(_row_text(row, plain))
        console.print(Text(_view.unchanged_text(len(rows) - len(changed)), style="dim"))
    for title, related in (("Only in one version", False), (_view.POSSIBLY_UNIQUE_TITLE, True)):
        unique = _view.unique_rows(comparison, related=related)
        if unique:
            console.print(Rule(Text(title), characters="-" if plain else "─"))
            for item in unique:
                _render_unique(console, item)
    _render_failures(console, comparison, plain)
    console.print(Rule(Text("Signature"), characters="-" if plain else "─"))
    for label, value in signature_fields(comparison.signature):
        console.print(Text.assemble((f"{label}: ", "dim"), clean(value)))


def _title(comparison: Comparison) -> str:
    """``"5 versions compared in en, base wire_en, 1 with an unreliable translation
    (outlet_ru)"``: the count, pivot and base first, then the failures and flags
    (:func:`._view.versions_compared`), so the line starts as report files are recognised by
    (:mod:`polyglot_news.sources.files`)."""
    said = _view.versions_compared(comparison)
    count = re.match(r"\d+ (?:of \d+ )?versions? compared", said)
    lead, rest = (count.group(0), said[count.end() :]) if count else (said, "")
    return f"{lead} in {comparison.pivot}, base {comparison.base}{rest}"


def _versions_table(comparison: Comparison) -> Any:
    from rich.cells import cell_len
    from rich.table import Table

    table = Table(title="Versions", title_justify="left", show_lines=False)
    summaries = _view.summaries(comparison)
    # a version's id is what --base takes: never cut to "court_stateme…" on a narrow screen
    widest = max((cell_len(s.id) for s in summaries), default=1)
    for name in ("version", "outlet", "lang", "confidence", "route", "glossary", "similarity"):
        table.add_column(
            name,
            justify="right" if name in ("confidence", "glossary", "similarity") else "left",
            no_wrap=name == "version",
            min_width=widest if name == "version" else None,
        )
    for s in summaries:
        confidence = s.confidence_text
        similarity = (
            "base"
            if s.is_base
            else (
                f"{s.similarity:.2f}" if s.similarity is not None else "failed" if s.error else "—"
            )
        )
        cells = [s.id, s.outlet, s.language, confidence, s.route, str(s.glossary_hits), similarity]
        table.add_row(*(_plain_cell(c) for c in cells), style="red" if s.error else None)
    return table


_CLAIM_MARKS = {"reference": "R", "same": "=", "reworded": "~", "partial": "p"}
# grid labels; entity_naming is "spell", since "name" is the label of another name in its place
_SHORT = {"number": "num", "attribution": "attr", "entity_naming": "spell"}


def _render_claims(console: Console, comparison: Comparison, plain: bool) -> None:
    from rich.cells import cell_len
    from rich.rule import Rule
    from rich.table import Table
    from rich.text import Text

    rows = _view.claim_rows(comparison)
    if not rows:
        return
    counts = _view.claims_summary(comparison)
    head = (
        f"Claims: {counts.claims} ({counts.in_all} in every version, {counts.unique} only in one"
        + (f" (+{counts.possibly_unique} perhaps told elsewhere)" if counts.possibly_unique else "")
        + f", {counts.reworded} worded differently"
        + (f"; {counts.uncertain} {_view.UNCERTAIN_TEXT}" if counts.uncertain else "")
        + ")"
    )
    # a rule cuts a title wider than the screen with "…": the counts go on lines of their own
    fits = cell_len(head) + 6 <= console.width
    console.print(Rule(Text(head if fits else "Claims"), characters="-" if plain else "─"))
    if not fits:
        console.print(Text(head))
    columns = _view.claim_columns(comparison)
    outlets = _view.outlets(comparison)
    flagged = _view.unreliable(comparison)
    key = [
        f"{k} {clean(vid)}"
        + (f" ({outlets[vid]})" if vid in outlets else "")
        + (" (base)" if vid == comparison.base else "")
        + (" (unreliable translation)" if vid in flagged else "")
        for k, vid in enumerate(columns, 1)
    ]
    for line in _pack(["columns:", *key], console.width):
        console.print(Text(line, style="dim"))
    labels = [_grid_labels(row.claim) for row in rows]
    # every column at least as wide as its header, or rich squeezes the narrow ones away
    widest = max(len("labels"), *map(len, labels))
    widths = [len(str(len(rows))), *(len(str(k)) for k in range(1, len(columns) + 1)), widest]
    room = max(20, console.width - sum(widths) - 2 * len(widths) - 1)
    table = Table(show_header=True, box=None, pad_edge=False, show_edge=False)
    table.add_column("#", justify="right", no_wrap=True)
    for k in range(1, len(columns) + 1):
        table.add_column(str(k), justify="center", no_wrap=True)
    table.add_column("labels", no_wrap=True)
    table.add_column("claim (reference wording)", no_wrap=True, max_width=room)
    for row, label in zip(rows, labels, strict=True):
        marks = [
            "?" if c is None and vid in row.claim.uncertain else _mark(c)
            for vid, c in zip(columns, row.cells, strict=True)
        ]
        reference = row.claim.cell(row.claim.reference)
        text = clean(reference.text) if reference else ""
        text = text if len(text) <= room else text[: room - 1] + "…"
        table.add_row(str(row.number), *marks, Text(label, style="yellow"), Text(text))
    console.print(table)
    legend = "R reference  = same  ~ reworded  p partial  · absent"
    if any(c.translation_flags for row in rows for c in row.claim.cells):
        legend += "  ! unreliable translation (why: below)"
    if any(row.claim.uncertain for row in rows):
        legend += f"  ? absent, but {_view.UNCERTAIN_TEXT} (which: below)"
    if any(row.claim.related for row in rows):
        legend += "  see #N: linked to claim N, not joined to it"
    console.print(Text(legend, style="dim"))
    for label, meaning in _view.label_legend(comparison):
        short = f"{_SHORT.get(label, label)} "  # the grid's word for it, every label alike
        console.print(Text(f"{short}[{label}] {meaning}", style="dim"))
    for row in rows:
        worded = [
            c
            for c in row.claim.cells
            if c.kind in ("reworded", "partial") or (c.kind == "same" and c.translation_flags)
        ]
        reference = row.claim.cell(row.claim.reference)
        if worded or (reference is not None and reference.translation_flags):
            console.print(_claim_text(row, worded, plain))
    # one line per doubt, naming its rows: a flagged sentence may tell any row its version lacks
    doubts: dict[str, list[int]] = {}
    for row in rows:
        if row.doubt:
            doubts.setdefault(row.doubt, []).append(row.number)
    for doubt, numbers in doubts.items():
        where = " ".join(f"#{n}" for n in numbers)
        console.print(Text(f"{where} absent? {clean(doubt)}", style="red"))


def _mark(cell: ClaimCell | None) -> str:
    """A cell's mark in the grid: its kind, ``!`` after it when its translation is flagged."""
    if cell is None:
        return "·"
    return _CLAIM_MARKS.get(cell.kind, "?") + ("!" if cell.translation_flags else "")


def _grid_labels(claim: Claim) -> str:
    """A claim's labels, abbreviated, then the rows it links to: ``num attr see #6``."""
    parts = [_SHORT.get(x, x) for x in claim.labels]
    related = _view.related_text(claim)
    return " ".join([*parts, related] if related else parts)


def _claim_text(row: _view.ClaimRow, worded: list[Any], plain: bool) -> Text:
    from rich.text import Text

    text = Text(f"#{row.number} ", style="bold")
    for label in row.claim.labels:
        text.append(f"[{clean(label)}] ", style="bold yellow")
    reference = row.claim.cell(row.claim.reference)
    if reference is not None:
        text.append(f"\n  {clean(reference.version)} {_view.cell_where(reference)}", style="dim")
        _append_flags(text, reference)
        text.append(": ", style="dim")
        text.append(clean(reference.text))
    for cell in worded:
        score = f" {cell.score:.2f}" if cell.score is not None else ""
        head = f"\n  {clean(cell.version)} {_view.cell_where(cell)} {cell.kind}{score}"
        text.append(head, style="dim")
        for label in cell.labels:  # what this cell's wording changes, as the row's labels
            text.append(f" [{clean(label)}]", style="yellow")
        _append_flags(text, cell)
        text.append(": ", style="dim")
        _append_diff(text, cell.diff, plain)
    return text


def _append_flags(text: Text, cell: ClaimCell) -> None:
    """`` (unreliable translation: made up)`` when the cell's translation is flagged."""
    said = _view.flag_text(cell.translation_flags)
    if said:
        text.append(f" ({clean(said)})", style="bold red")


def _append_diff(text: Text, diff: Sequence[tuple[int, str]], plain: bool) -> None:
    """Append a word diff: deleted words struck (or [-...-]), inserted ones marked."""
    for op, part in _view.inline_diff(diff):
        if op < 0:
            _deleted(text, part, plain)
        elif op > 0:
            _inserted(text, part, plain)
        else:
            text.append(clean(part))


def _plain_cell(value: str) -> Text:
    from rich.text import Text

    return Text(clean(value))


def _row_text(row: _view.Row, plain: bool) -> Text:
    from rich.text import Text

    text = Text()
    a = "" if row.a_index is None else f"#{_view.span(row.a_index, row.a_count)}"
    b = "" if row.b_index is None else f"#{_view.span(row.b_index, row.b_count)}"
    where = f"{a}→{b}" if a and b else a or b
    text.append(f"{_MARKS.get(row.kind, '?')} {row.kind} {where} ", style="bold")
    for label in row.labels:
        text.append(f"[{clean(label)}]", style="bold yellow")
        text.append(" ")
    if row.kind == "move" and not plain:
        text.append("moved ", style="magenta")
    if row.kind == "delete":
        _deleted(text, row.a_text, plain)
    elif row.kind == "insert":
        _inserted(text, row.b_text, plain)
    elif row.diff:
        _append_diff(text, row.diff, plain)
    else:
        text.append(clean(row.b_text or row.a_text))
    return text


def _deleted(text: Text, part: str, plain: bool) -> None:
    text.append(f"[-{clean(part)}-]" if plain else clean(part), style="red strike")


def _inserted(text: Text, part: str, plain: bool) -> None:
    text.append(f"{{+{clean(part)}+}}" if plain else clean(part), style="green")


def _render_failures(console: Console, comparison: Comparison, plain: bool) -> None:
    from rich.rule import Rule
    from rich.text import Text

    warned = _view.warnings(comparison)
    if warned:
        console.print(Rule(Text("Warnings"), characters="-" if plain else "─"))
        for path, message in warned:
            console.print(Text.assemble((f"{clean(path)}: ", "bold yellow"), clean(message)))
    left_out = _view.failures(comparison)
    if not left_out:
        return
    console.print(Rule(Text("Not compared"), characters="-" if plain else "─"))
    for path, kind, message in left_out:
        console.print(
            Text.assemble((f"{clean(path)} ({clean(kind)}): ", "bold red"), clean(message))
        )


class ProgressHandle:
    """What :func:`progress_bar` yields: call ``advance(n)``, or call it with ``(done, total)``."""

    def __init__(self, progress: Any = None, task: Any = None) -> None:
        self._progress = progress
        self._task = task
        self.completed = 0

    def advance(self, n: int = 1) -> None:
        """Mark ``n`` more items done."""
        self.completed += n
        if self._progress is not None:
            self._progress.advance(self._task, n)

    def __call__(self, done: int, total: int) -> None:
        """Set progress to ``done`` of ``total`` (the pipeline's callback shape)."""
        self.completed = done
        if self._progress is not None:
            self._progress.update(self._task, completed=done, total=total)


@contextmanager
def progress_bar(
    total: int | None, description: str, *, file: TextIO | None = None
) -> Iterator[ProgressHandle]:
    """A progress bar on stderr (or ``file``), drawn only when that stream is a terminal."""
    stream = file if file is not None else sys.stderr
    isatty = getattr(stream, "isatty", None)
    if not (isatty and isatty()):
        yield ProgressHandle()
        return
    from rich.console import Console
    from rich.progress import Progress

    console = Console(file=stream, force_terminal=True, no_color=bool(os.environ.get("NO_COLOR")))
    with Progress(console=console, transient=True) as progress:
        yield ProgressHandle(progress, progress.add_task(clean(description), total=total))


def _render_unique(console: Console, item: _view.UniqueRow) -> None:
    """One item of "Only in one version" (or of the rows perhaps told elsewhere)."""
    from rich.text import Text

    where = f"{clean(item.version)} {item.where} (claim {item.claim}): "
    said = _view.flag_text(item.flags, item.unreliable)
    flag = (f"({said}) ", "bold red") if said else ""
    note = "; ".join(
        n
        for n in (_view.unique_note(item), item.doubt)
        if n
    )
    tail = (f" ({note})" if note else "", "dim")
    console.print(Text.assemble((where, "bold"), flag, clean(item.text), tail))
    if item.original:
        console.print(Text.assemble(("  original: ", "dim"), clean(item.original)))
