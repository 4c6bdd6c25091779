"""What every renderer shows, computed once from a finished :class:`Comparison`.

The renderers differ only in markup; the decisions (which sentence sits beside which, how a
version is summarised, which similarity row belongs to which version) live here so the four
formats cannot disagree. A pair's rows follow ``PairComparison.aligned`` when the comparison
recorded it, else the list of changes; sentence lists and matrix labels are read from the
comparison (``VersionResult.sentences``, ``Comparison.matrix_ids``), never derived again. The
claims table's part lives in :mod:`._claims_view`, every name of it re-exported here.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from polyglot_news.report._claims_view import POSSIBLY_UNIQUE_TITLE as POSSIBLY_UNIQUE_TITLE
from polyglot_news.report._claims_view import UNCERTAIN_TEXT as UNCERTAIN_TEXT
from polyglot_news.report._claims_view import UNRELIABLE_TEXT as UNRELIABLE_TEXT
from polyglot_news.report._claims_view import ClaimRow as ClaimRow
from polyglot_news.report._claims_view import ClaimsSummary as ClaimsSummary
from polyglot_news.report._claims_view import UniqueRow as UniqueRow
from polyglot_news.report._claims_view import _base_first
from polyglot_news.report._claims_view import cell_where as cell_where
from polyglot_news.report._claims_view import claim_columns as claim_columns
from polyglot_news.report._claims_view import claim_rows as claim_rows
from polyglot_news.report._claims_view import claims_summary as claims_summary
from polyglot_news.report._claims_view import clean as clean
from polyglot_news.report._claims_view import doubt_text as doubt_text
from polyglot_news.report._claims_view import flag_text as flag_text
from polyglot_news.report._claims_view import outlet_name as outlet_name
from polyglot_news.report._claims_view import outlets as outlets
from polyglot_news.report._claims_view import related_text as related_text
from polyglot_news.report._claims_view import unique_note as unique_note
from polyglot_news.report._claims_view import unique_rows as unique_rows
from polyglot_news.report._claims_view import unreliable as unreliable

if TYPE_CHECKING:
    from polyglot_news.comparison.model import (
        Change,
        Comparison,
        PairComparison,
        VersionResult,
    )
    from polyglot_news.records import Translation


@dataclass(frozen=True)
class Row:
    """One line of a side-by-side view: base sentence ``a_index`` beside version's ``b_index``."""

    kind: str  # "same" | "reworded" | "partial" | "insert" | "delete" | "move"
    a_index: int | None
    b_index: int | None
    a_text: str
    b_text: str
    labels: tuple[str, ...] = ()
    diff: tuple[tuple[int, str], ...] = ()
    similarity: float = 1.0
    a_count: int = 1  # sentences of the base from a_index (two: one long sentence of b covers
    b_count: int = 1  # them, as the claims table's cell "#5-6"); 0 on the side with none


@dataclass(frozen=True)
class VersionSummary:
    """One row of the versions table."""

    id: str
    outlet: str
    language: str
    confidence: float | None
    route: str
    glossary_hits: int
    similarity: float | None  # to the base; None for the base itself and failed versions
    is_base: bool
    error: str | None  # the one-line message of VersionResult.error
    confidence_text: str = "—"  # Detection.confidence_text(): "0.97", "given", "declared ..."


def route_text(route: tuple[str, ...]) -> str:
    """``("ko", "en")`` -> ``"ko→en"``; a one-language route means the text was not translated."""
    if len(route) == 1:
        return f"{route[0]} (original)"
    return "→".join(route)


def translated(translation: Translation) -> bool:
    """False when the backend only marked the sentences and translated none: the test
    backend made by name (``--translator fake``) says so in every translation's warnings
    (:data:`polyglot_news.translate.fake.NOT_TRANSLATED`)."""
    from polyglot_news.translate.fake import NOT_TRANSLATED

    return NOT_TRANSLATED not in translation.warnings


def translation_route(result: VersionResult) -> str:
    """The route column: ``uk→en``, or ``uk→en + ru→en`` when paragraphs took other routes;
    ``de (not translated: test backend fake)`` when the backend only marked the sentences
    (``--translator fake``, :data:`polyglot_news.translate.fake.NOT_TRANSLATED`: what happened,
    not the route it stood in for); ``ru→en, unreliable`` when the translation's checks flag it
    as made up or degenerate (:func:`polyglot_news.translate.quality.is_unreliable`)."""
    from polyglot_news.translate.quality import is_unreliable

    tr = result.translation
    if tr is None:
        return "—"
    if not translated(tr):
        return f"{tr.source_language} (not translated: test backend {tr.backend or 'fake'})"
    routes = [tr.route, *(p.route for p in tr.paragraphs if p.route != tr.route)]
    route = " + ".join(route_text(r) for r in dict.fromkeys(routes))
    return f"{route}, unreliable" if is_unreliable(tr) else route


def versions_compared(comparison: Comparison) -> str:
    """``"3 versions compared"``, or ``"2 of 3 versions compared (de: no translation model for
    de->en)"`` naming each version that failed and the first clause of its error; either way
    followed by ``", 1 with an unreliable translation (outlet_ru)"`` when the checks flag a
    compared version's translation as made up or degenerate (a reader must know before the
    table that some of its columns may be made up)."""
    total = len(comparison.versions)
    failed = [r for r in comparison.versions if r.error is not None]
    flagged = sorted(unreliable(comparison))
    doubt = f", {len(flagged)} with an unreliable translation ({', '.join(flagged)})"
    doubt = doubt if flagged else ""
    if not failed:
        return f"{total} version{'s' if total != 1 else ''} compared{doubt}"
    reasons = "; ".join(
        f"{r.id}: {_reason(r.error.message, r.version.path)}" for r in failed if r.error
    )
    return f"{total - len(failed)} of {total} versions compared ({reasons}){doubt}"


def _reason(message: str, path: str | None) -> str:
    """The first clause of an error message, without the path it starts with."""
    if path and message.startswith(f"{path}: "):
        message = message[len(path) + 2 :]
    return message.split("; ", 1)[0].strip()


def warnings(comparison: Comparison) -> list[tuple[str, str]]:
    """``(path or id, message)`` of every warning: a base whose translation is flagged
    unreliable first, then loading (extraction) and translation (a paragraph left untranslated
    because its pair has no model, the translation checks); a message several versions carry
    is one line naming them all."""
    out: list[tuple[str, str]] = []
    if comparison.base in unreliable(comparison):
        base = by_id(comparison)[comparison.base]
        out.append((base.version.path or base.id, _UNRELIABLE_BASE))
    for r in comparison.versions:
        where = r.version.path or r.id
        out.extend((where, w) for w in r.version.warnings)
        if r.translation is not None:
            out.extend((where, w) for w in r.translation.warnings)
    return _one_line_each(out)


def _one_line_each(warned: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """A message several versions carry (the fake backend's "not translated") once, naming
    them all, where it first came."""
    places: dict[str, list[str]] = {}
    for where, message in warned:
        places.setdefault(message, []).append(where)
    return [(", ".join(dict.fromkeys(wheres)), message) for message, wheres in places.items()]


_UNRELIABLE_BASE = (
    "the base version's translation is flagged unreliable (made-up or degenerate output), "
    "so every row is diffed against wording that may not be in the original; compare against "
    "another version with --base"
)


def sentences(comparison: Comparison) -> dict[str, list[str]]:
    """Pivot-language sentences of each compared version, as the comparison indexed them."""
    return {r.id: list(r.sentences) for r in comparison.versions if r.error is None}


def originals(result: VersionResult) -> dict[str, str]:
    """Translated sentence -> the source sentence it came from (empty when not translated)."""
    if result.translation is None or len(result.translation.route) < 2:
        return {}
    return {dst.strip(): src.strip() for src, dst in result.translation.sentences}


def by_id(comparison: Comparison) -> dict[str, VersionResult]:
    """Versions by id."""
    return {r.id: r for r in comparison.versions}


def matrix_ids(comparison: Comparison) -> list[str]:
    """The version ids labelling the rows and columns of ``comparison.matrix``."""
    return list(comparison.matrix_ids)


def similarity_to_base(comparison: Comparison) -> dict[str, float]:
    """Similarity of each compared version to the base, by id."""
    out = {pair.b: pair.similarity for pair in comparison.comparisons if pair.a == comparison.base}
    out.update(
        {pair.a: pair.similarity for pair in comparison.comparisons if pair.b == comparison.base}
    )
    return out


def headline(comparison: Comparison) -> tuple[str, str]:
    """The story's headline and the id of the version it is from: the base version's title,
    else (a base with none, such as a translated text file without a heading) the first
    compared version's in the claims table's column order; ``("", "")`` when none has one. So
    that a report names the story it is about, not only how many versions it compares."""
    results = by_id(comparison)
    for vid in claim_columns(comparison):
        r = results.get(vid)
        title = " ".join((r.version.title or "").split()) if r else ""
        if title:
            return vid, clean(title)
    return "", ""


def summaries(comparison: Comparison) -> list[VersionSummary]:
    """The versions table: one summary per version, in input order."""
    sims = similarity_to_base(comparison)
    rows = []
    for r in comparison.versions:
        det = r.detection
        rows.append(
            VersionSummary(
                id=r.id,
                outlet=outlet_name(r.version),
                language=det.language if det else (r.version.language or "?"),
                confidence=det.confidence if det else None,
                route=translation_route(r),
                glossary_hits=len(r.entities),
                similarity=None if r.id == comparison.base else sims.get(r.id),
                is_base=r.id == comparison.base,
                error=r.error.message if r.error else None,
                confidence_text=det.confidence_text() if det else "—",
            )
        )
    return rows


def _row(change: Change, a: list[str], b: list[str]) -> Row:
    a_text = change.a_text or _at(a, change.a_index)
    b_text = change.b_text or _at(b, change.b_index)
    return Row(
        change.kind, change.a_index, change.b_index, a_text, b_text,
        change.labels, change.diff, change.similarity, change.a_count, change.b_count,
    )  # fmt: skip


def span(index: int | None, count: int = 1) -> str:
    """The sentence numbers one side of a pair row covers, as the claims table writes a
    cell's: ``5``, ``5-6`` for a change covering two sentences, ``""`` for none."""
    if index is None:
        return ""
    return f"{index}" if count <= 1 else f"{index}-{index + count - 1}"


def _at(items: list[str], index: int | None) -> str:
    return items[index] if index is not None and 0 <= index < len(items) else ""


def pair_rows(pair: PairComparison, a: list[str], b: list[str]) -> list[Row]:
    """The rows of ``pair`` in reading order, each change exactly once."""
    if not pair.aligned:
        return [_row(c, a, b) for c in pair.changes]
    both = {(c.a_index, c.b_index): c for c in pair.changes}
    # every sentence a change covers (a link of one sentence with two covers three)
    only_a: dict[int | None, Change] = {
        c.a_index + k: c for c in pair.changes if c.a_index is not None for k in range(c.a_count)
    }
    only_b: dict[int | None, Change] = {
        c.b_index + k: c for c in pair.changes if c.b_index is not None for k in range(c.b_count)
    }
    used: set[int] = set()
    rows: list[Row] = []
    for i, j in pair.aligned:
        change = both.get((i, j)) or only_a.get(i) or only_b.get(j)
        if change is None:
            rows.append(Row("same", i, j, _at(a, i), _at(b, j)))
        elif id(change) not in used:
            used.add(id(change))
            rows.append(_row(change, a, b))
    rows.extend(_row(c, a, b) for c in pair.changes if id(c) not in used)
    return rows


def failures(comparison: Comparison) -> list[tuple[str, str, str]]:
    """Everything left out: ``(path or id, kind, message)`` of failed inputs and versions; a
    message that opens with the path it is shown beside does not say it twice."""
    out = [(f.path, f.kind, f.message) for f in comparison.failures]
    out.extend(
        (r.version.path or r.id, r.error.kind, r.error.message)
        for r in comparison.versions
        if r.error
    )
    return [(where, kind, _unprefixed(message, where)) for where, kind, message in out]


def _unprefixed(message: str, where: str) -> str:
    """``message`` without a leading ``where: `` (errors name their input themselves)."""
    head = f"{where}: "
    return (
        message[len(head) :] if message.startswith(head) and len(message) > len(head) else message
    )


def matrix_grid(comparison: Comparison) -> tuple[list[str], list[list[float]]]:
    """The similarity matrix as a report shows it: ``(ids, rows)`` with the base version's row
    and column first and the others in input order; ``rows[i][j]`` is the similarity of
    ``ids[i]`` and ``ids[j]``. Rows the comparison lacks (a short matrix) are left out."""
    ids = matrix_ids(comparison)
    at = {vid: k for k, vid in enumerate(ids)}
    shown = [vid for vid in _base_first(ids, comparison.base) if at[vid] < len(comparison.matrix)]
    return shown, [
        [comparison.matrix[at[a]][at[b]] for b in shown if at[b] < len(comparison.matrix[at[a]])]
        for a in shown
    ]


def inline_diff(diff: Sequence[tuple[int, str]]) -> list[tuple[int, str]]:
    """A word diff as a report shows it inline: a deletion followed straight by an insertion,
    with no space between them, is set apart by a space (an op 0), so that "~~412
    passengers~~**Hundreds**" does not read "passengersHundreds" (wdiff's ``[-a-] {+b+}``).
    The comparison's diff itself (JSON) is left as it is."""
    out: list[tuple[int, str]] = []
    for op, text in diff:
        after_deletion = op > 0 and out and out[-1][0] < 0
        if after_deletion and not out[-1][1][-1:].isspace() and not text[:1].isspace():
            out.append((0, " "))
        out.append((op, text))
    return out


def unchanged_text(count: int) -> str:
    """``"1 sentence unchanged"``, ``"3 sentences unchanged"``."""
    return f"{count} sentence unchanged" if count == 1 else f"{count} sentences unchanged"


def label_legend(comparison: Comparison) -> list[tuple[str, str]]:
    """``(label, meaning)`` of each change label the report shows (on a claim cell or a pair
    change), in the order of :data:`.comparison.labels.LABELS`: the reports' legend."""
    from polyglot_news.comparison.labels import LABELS, label_meanings

    shown = {label for claim in comparison.claims for label in claim.labels}
    shown |= {label for p in comparison.comparisons for c in p.changes for label in c.labels}
    meanings = label_meanings()
    return [(label, meanings[label]) for label in LABELS if label in shown]
