"""The corpus summary: one row per story, written as JSON Lines and, with pyarrow, Parquet.

A row says what a desk scanning a month of stories needs first: how many versions, in which
languages, from which outlets; how alike they are (mean similarity over all pairs of the
story's similarity matrix); how many changes of each kind (``replace``/``insert``/``delete``/
``move``) and label (``number``, ``hedge``, ``attribution``...) the versions show against the
base; and how many claims (rows of the claims table) there are and how many of them only one
outlet carries (a version without an ``outlet`` counts under the agency its wire dateline
credits, :attr:`~polyglot_news.records.Version.dateline_agency`, as the reports name it, else
as its own outlet, under its id), as the
reports count "only in one version": a row one version alone has a cell in
(:attr:`~polyglot_news.comparison.model.Claim.one_version`) that links to no other row, or the
versions of one outlet alone; a row linked to another ("see #N", the reports' list of rows
perhaps told elsewhere) is not counted. Rows
are made on the worker from the finished :class:`~polyglot_news.comparison.model.Comparison`,
so the client never holds one. Parquet needs the ``parquet`` extra
(``pip install 'polyglot-news[parquet]'``); it is written in row groups, so writing it is as
bounded in memory as the rest of the run.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from polyglot_news.comparison.model import Comparison

__all__ = ["ROW_FIELDS", "failed_row", "have_parquet", "story_row", "write_jsonl", "write_parquet"]

ROW_FIELDS = (
    "story",
    "status",
    "versions",
    "failed_versions",
    "languages",
    "outlets",
    "sentences",
    "translated",
    "mean_similarity",
    "changes",
    "labels",
    "claims",
    "single_outlet_claims",
    "report",
    "seconds",
    "error",
)
_ROW_GROUP = 2000


def story_row(comparison: Comparison, story: str, *, translated: int) -> dict[str, Any]:
    """The summary row of a compared story (``report`` and ``seconds`` are filled later)."""
    compared = [r for r in comparison.versions if r.error is None]
    changes: Counter[str] = Counter()
    labels: Counter[str] = Counter()
    for pair in comparison.comparisons:
        for change in pair.changes:
            changes[change.kind] += 1
            labels.update(change.labels)
    languages = {r.detection.language for r in compared if r.detection is not None}
    outlet_of = {r.id: _outlet(r.version.outlet) or r.version.dateline_agency or r.id
                 for r in compared}  # fmt: skip
    single = sum(  # the reports' "only in one version", counted by outlet
        1
        for claim in comparison.claims
        if len({outlet_of.get(v, v) for v in claim.versions}) == 1
        and not claim.related
        and any(cell.sentences for cell in claim.cells)
    )
    sentences = sum(len(r.translation.sentences) for r in compared if r.translation is not None)
    return {
        "story": story,
        "status": "ok",
        "versions": len(compared),
        "failed_versions": len(comparison.versions) - len(compared) + len(comparison.failures),
        "languages": sorted(languages),
        "outlets": sorted(set(outlet_of.values())),
        "sentences": sentences,
        "translated": translated,
        "mean_similarity": _mean_similarity(comparison.matrix),
        "changes": dict(sorted(changes.items())),
        "labels": dict(sorted(labels.items())),
        "claims": len(comparison.claims),
        "single_outlet_claims": single,
        "report": None,
        "seconds": None,
        "error": None,
    }


def _outlet(name: str | None) -> str:
    """A version's own outlet name, spaces collapsed ("" when it has none)."""
    return " ".join((name or "").split())


def failed_row(story: str, kind: str, message: str) -> dict[str, Any]:
    """The summary row of a story that could not be compared."""
    row: dict[str, Any] = dict.fromkeys(ROW_FIELDS)
    row.update(story=story, status="failed", error=f"{kind}: {message}")
    return row


def _mean_similarity(matrix: tuple[tuple[float, ...], ...]) -> float | None:
    values = [matrix[i][j] for i in range(len(matrix)) for j in range(i + 1, len(matrix))]
    return round(sum(values) / len(values), 4) if values else None


def write_jsonl(rows: Iterable[dict[str, Any]], path: Path) -> int:
    """Write ``rows`` to ``path``, one JSON object a line; return the row count."""
    count = 0
    with path.open("w", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
            count += 1
    return count


def have_parquet() -> bool:
    """True when pyarrow is installed (the ``parquet`` extra)."""
    try:
        import pyarrow  # noqa: F401
    except ImportError:
        return False
    return True


def write_parquet(rows: Iterable[dict[str, Any]], path: Path) -> int:
    """Write ``rows`` to ``path`` as Parquet in row groups; return the row count."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = _schema(pa)
    count = 0
    with pq.ParquetWriter(path, schema) as writer:
        for group in _groups(rows, _ROW_GROUP):
            writer.write_table(pa.Table.from_pylist([_arrow_row(r) for r in group], schema))
            count += len(group)
    return count


def _schema(pa: Any) -> Any:
    counts = pa.map_(pa.string(), pa.int64())
    strings = pa.list_(pa.string())
    types = {
        "story": pa.string(),
        "status": pa.string(),
        "versions": pa.int64(),
        "failed_versions": pa.int64(),
        "languages": strings,
        "outlets": strings,
        "sentences": pa.int64(),
        "translated": pa.int64(),
        "mean_similarity": pa.float64(),
        "changes": counts,
        "labels": counts,
        "claims": pa.int64(),
        "single_outlet_claims": pa.int64(),
        "report": pa.string(),
        "seconds": pa.float64(),
        "error": pa.string(),
    }
    return pa.schema([(name, types[name]) for name in ROW_FIELDS])


def _arrow_row(row: dict[str, Any]) -> dict[str, Any]:
    out = {name: row.get(name) for name in ROW_FIELDS}
    for name in ("changes", "labels"):
        counts = out[name]
        if counts is not None:
            out[name] = list(counts.items())
    return out


def _groups(rows: Iterable[dict[str, Any]], size: int) -> Iterator[list[dict[str, Any]]]:
    group: list[dict[str, Any]] = []
    for row in rows:
        group.append(row)
        if len(group) >= size:
            yield group
            group = []
    if group:
        yield group
