"""What every renderer shows, computed once from a finished :class:`Comparison`.

The renderers differ only in markup; the decisions (which sentence sits beside which, how a
version is summarised, which similarity row belongs to which version) live here so the four
formats cannot disagree. A pair's rows follow ``PairComparison.aligned`` when the comparison
recorded it, else the list of changes; sentence lists and matrix labels are read from the
comparison (``VersionResult.sentences``, ``Comparison.matrix_ids``), never derived again.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from polyglot_news.comparison.model import (
        Change,
        Claim,
        ClaimCell,
        Comparison,
        PairComparison,
        VersionResult,
    )

# C0/C1 control characters other than tab and newline: a hostile article must not be able to
# move the cursor, clear the screen or retitle the terminal.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


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


@dataclass(frozen=True)
class ClaimRow:
    """One row of the claims table: a claim with one cell (or None: absent) per column."""

    number: int  # 1-based, as the reports show it
    claim: Claim
    cells: tuple[ClaimCell | None, ...]  # in the order of claim_columns()
    absent: tuple[str, ...]  # the compared versions that do not report the claim
    differs: bool  # a version words it differently or does not report it


@dataclass(frozen=True)
class ClaimsSummary:
    """Counts shown above the claims table."""

    claims: int
    in_all: int  # reported by every compared version
    unique: int  # only in one version (links to nothing in any other)
    reworded: int  # rows where some version words the claim differently


def clean(text: str) -> str:
    """``text`` with control characters shown as U+FFFD, safe to write to a terminal."""
    return _CONTROL.sub("\ufffd", text)


def route_text(route: tuple[str, ...]) -> str:
    """``("ko", "en")`` -> ``"ko→en"``; a one-language route means the text was not translated."""
    if len(route) == 1:
        return f"{route[0]} (original)"
    return "→".join(route)


def translation_route(result: VersionResult) -> str:
    """The route column: ``uk→en``, or ``uk→en + ru→en`` when paragraphs took other routes;
    ``ru→en, unreliable`` when the translation's checks flag it as made up or degenerate
    (:func:`polyglot_news.translate.quality.is_unreliable`)."""
    from polyglot_news.translate.quality import is_unreliable

    tr = result.translation
    if tr is None:
        return "—"
    routes = [tr.route, *(p.route for p in tr.paragraphs if p.route != tr.route)]
    route = " + ".join(route_text(r) for r in dict.fromkeys(routes))
    return f"{route}, unreliable" if is_unreliable(tr) else route


def unreliable(comparison: Comparison) -> set[str]:
    """Ids of the versions whose translation is flagged as made up or degenerate."""
    from polyglot_news.translate.quality import is_unreliable

    return {r.id for r in comparison.versions if is_unreliable(r.translation)}


def versions_compared(comparison: Comparison) -> str:
    """``"3 versions compared"``, or ``"2 of 3 versions compared (de: no translation model for
    de->en)"`` naming each version that failed and the first clause of its error."""
    total = len(comparison.versions)
    failed = [r for r in comparison.versions if r.error is not None]
    if not failed:
        return f"{total} version{'s' if total != 1 else ''} compared"
    reasons = "; ".join(
        f"{r.id}: {_reason(r.error.message, r.version.path)}" for r in failed if r.error
    )
    return f"{total - len(failed)} of {total} versions compared ({reasons})"


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


def headline(comparison: Comparison) -> str:
    """The story's headline as the base version gives it (its title), or ``""`` when it has none;
    so that a report names the story it is about, not only how many versions it compares."""
    base = by_id(comparison).get(comparison.base)
    return clean(" ".join((base.version.title or "").split())) if base else ""


def summaries(comparison: Comparison) -> list[VersionSummary]:
    """The versions table: one summary per version, in input order."""
    sims = similarity_to_base(comparison)
    rows = []
    for r in comparison.versions:
        det = r.detection
        rows.append(
            VersionSummary(
                id=r.id,
                outlet=r.version.outlet or "",
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
    """Everything left out: ``(path or id, kind, message)`` of failed inputs and versions."""
    out = [(f.path, f.kind, f.message) for f in comparison.failures]
    out.extend(
        (r.version.path or r.id, r.error.kind, r.error.message)
        for r in comparison.versions
        if r.error
    )
    return out


def claim_columns(comparison: Comparison, *, base_first: bool = True) -> list[str]:
    """The columns of the claims table: the compared versions, the base version first (where a
    journalist reads a grid from) and the others in input order; ``base_first=False`` keeps
    input order throughout (the JSON report, whose ``base`` field names the base)."""
    ids = list(comparison.matrix_ids) or [r.id for r in comparison.versions if r.error is None]
    return _base_first(ids, comparison.base) if base_first else ids


def _base_first(ids: list[str], base: str) -> list[str]:
    """``ids`` with ``base`` moved to the front (unchanged when ``base`` is not among them)."""
    return [base, *(vid for vid in ids if vid != base)] if base in ids else ids


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


def outlets(comparison: Comparison) -> dict[str, str]:
    """Each version's outlet, by id, where the id does not already name it: a column headed
    ``rates#2`` says little, ``rates#2 (Broadcaster)`` says whose wording it is, and
    ``reuters-en`` needs no ``(Reuters)``."""
    out = {}
    for r in comparison.versions:
        outlet = " ".join((r.version.outlet or "").split())
        if outlet and _letters(outlet) not in _letters(r.id):
            out[r.id] = clean(outlet)
    return out


def _letters(text: str) -> str:
    return "".join(ch for ch in text.casefold() if ch.isalnum())


def claim_rows(comparison: Comparison, *, base_first: bool = True) -> list[ClaimRow]:
    """The claims table, one row per claim in the comparison's order, its cells (and ``absent``)
    in the order of :func:`claim_columns` with the same ``base_first``."""
    columns = claim_columns(comparison, base_first=base_first)
    rows = []
    for number, claim in enumerate(comparison.claims, 1):
        cells = tuple(claim.cell(vid) for vid in columns)
        absent = tuple(vid for vid, cell in zip(columns, cells, strict=True) if cell is None)
        reworded = any(c.kind not in ("reference", "same") for c in claim.cells)
        rows.append(ClaimRow(number, claim, cells, absent, reworded or bool(absent)))
    return rows


def claims_summary(comparison: Comparison) -> ClaimsSummary:
    """How many claims, how many every version reports, how many only one, how many reworded."""
    columns = len(claim_columns(comparison))
    claims = comparison.claims
    return ClaimsSummary(
        claims=len(claims),
        in_all=sum(len(c.cells) == columns for c in claims),
        unique=sum(c.is_unique for c in claims),
        reworded=sum(any(x.kind not in ("reference", "same") for x in c.cells) for c in claims),
    )


@dataclass(frozen=True)
class UniqueRow:
    """A sentence only one version carries, with the number of its row in the claims table."""

    version: str
    index: int  # the sentence's index in that version
    text: str
    claim: int  # 1-based, as the reports number the claims
    original: str = ""  # the source-language sentence, when the version was translated
    unreliable: bool = False  # the version's translation is flagged made up or degenerate


def unique_rows(comparison: Comparison) -> list[UniqueRow]:
    """The sentences only one version carries (:attr:`Comparison.unique`), grouped by version
    in column order and in reading order within a version, so that a reader sees at a glance
    what each outlet alone reports; a translated sentence carries its original, and a
    sentence of a translation flagged as made up or degenerate says so (``unreliable``)."""
    order = {vid: k for k, vid in enumerate(claim_columns(comparison))}
    flagged = unreliable(comparison)
    rows = [
        UniqueRow(
            cell.version, cell.sentences[0], cell.text, n, cell.original, cell.version in flagged
        )
        for n, claim in enumerate(comparison.claims, 1)
        if claim.is_unique
        for cell in claim.cells[:1]
    ]
    return sorted(rows, key=lambda u: (order.get(u.version, len(order)), u.index))


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


def related_text(claim: Claim, prefix: str = "#") -> str:
    """``"see #6 #8"`` for a claim linked to rows 6 and 8 it could not join; empty if none."""
    return " ".join(["see", *(f"{prefix}{r + 1}" for r in claim.related)]) if claim.related else ""


def label_legend(comparison: Comparison) -> list[tuple[str, str]]:
    """``(label, meaning)`` of each change label the report shows (on a claim cell or a pair
    change), in the order of :data:`.comparison.labels.LABELS`: the reports' legend."""
    from polyglot_news.comparison.labels import LABELS, label_meanings

    shown = {label for claim in comparison.claims for label in claim.labels}
    shown |= {label for p in comparison.comparisons for c in p.changes for label in c.labels}
    meanings = label_meanings()
    return [(label, meanings[label]) for label in LABELS if label in shown]


def cell_where(cell: ClaimCell) -> str:
    """A cell's sentence numbers, e.g. ``#3`` or ``#3-4``; ``title`` for a version's title
    compared as a headline (:mod:`polyglot_news.comparison.claim_titles`: no sentence)."""
    if not cell.sentences:
        return "title"
    first, last = cell.sentences[0], cell.sentences[-1]
    return f"#{first}" if first == last else f"#{first}-{last}"
