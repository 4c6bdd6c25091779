"""Renderers of a finished :class:`~polyglot_news.comparison.model.Comparison`, and report output.

Four formats read the same comparison: terminal (rich), self-contained HTML (jinja2), Markdown
and JSON (with a JSON Schema in ``schema.json``); each carries the comparison's signature.
Renderers are imported lazily so that importing this package stays cheap; :func:`write_report`
puts a rendered report on disk atomically and never over one of the inputs.
"""

from __future__ import annotations

import importlib
import os
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from polyglot_news.errors import OutputError

__all__ = [
    "SCHEMA_VERSION",
    "check_output",
    "comparison_to_dict",
    "print_terminal",
    "progress_bar",
    "render_html",
    "render_json",
    "render_markdown",
    "render_terminal",
    "write_report",
]

_RENDERERS = {
    "SCHEMA_VERSION": "polyglot_news.report.json",
    "comparison_to_dict": "polyglot_news.report.json",
    "print_terminal": "polyglot_news.report.terminal",
    "progress_bar": "polyglot_news.report.terminal",
    "render_html": "polyglot_news.report.html",
    "render_json": "polyglot_news.report.json",
    "render_markdown": "polyglot_news.report.markdown",
    "render_terminal": "polyglot_news.report.terminal",
}


def __getattr__(name: str) -> Any:
    module = _RENDERERS.get(name)
    if module is None:
        raise AttributeError(f"module 'polyglot_news.report' has no attribute {name!r}")
    return getattr(importlib.import_module(module), name)


def write_report(text: str, out: Path, *, inputs: Sequence[Path]) -> None:
    """Write ``text`` to ``out`` atomically (UTF-8), refusing to overwrite an input.

    The text goes to a temporary file in ``out``'s directory which then replaces ``out`` in
    one step, so a reader never sees half a report and a failed write leaves the old one.

    Raises:
        OutputError: ``out`` is a directory, is (or links to) one of ``inputs``, or cannot be
            written.
    """
    out = Path(out)
    check_output(out, inputs=inputs)
    parent = out.parent
    try:
        parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=parent, prefix=f".{out.name}.", suffix=".tmp")
    except OSError as exc:
        raise OutputError(
            f"{out}: cannot write there ({exc.strerror}); choose another --output", source=str(out)
        ) from exc
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            handle.write(text)
        # mkstemp makes the file private (0600); a report gets the usual umask-based mode.
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)
        os.replace(tmp, out)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise OutputError(
            f"{out}: cannot write there ({exc.strerror}); choose another --output", source=str(out)
        ) from exc


def check_output(out: Path, *, inputs: Sequence[Path]) -> None:
    """Refuse ``out`` as :func:`write_report` would, so a caller can ask before the work.

    Raises:
        OutputError: ``out`` is a directory, or is (or links to) one of ``inputs``.
    """
    out = Path(out)
    if out.is_dir():
        raise OutputError(
            f"{out}: is a directory; give a file name such as {out / 'report.html'}",
            source=str(out),
        )
    _refuse_inputs(out, inputs)


def _refuse_inputs(out: Path, inputs: Sequence[Path]) -> None:
    target = out.resolve()
    for item in inputs:
        path = Path(item)
        resolved = path.resolve()
        same = resolved == target
        if not same and path.is_dir() and out.exists():
            same = target.is_relative_to(resolved)  # a file loaded from an input folder
        if not same and out.exists() and path.exists():
            try:
                same = os.path.samefile(path, out)  # hard links
            except OSError:
                same = False
        if same:
            which = f"one of the inputs (in folder {item})" if path.is_dir() else "an input"
            raise OutputError(
                f"{out}: is {which}; refusing to overwrite it, choose another --output",
                source=str(out),
            )
