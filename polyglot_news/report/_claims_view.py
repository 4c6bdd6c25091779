"""The claims table as every renderer shows it, computed once from a finished Comparison.

Columns (the base first), rows with a cell or ``None`` per column, the counts above the grid,
the sentences only one version carries (grouped by version), and how a cell is named and
flagged (``#3-4``, ``unreliable translation: made up``); with them the two helpers every part
of a report uses, :func:`clean` (text safe for a terminal) and :func:`unreliable`. Part of
:mod:`._view`, which re-exports every name here; the renderers read them from there.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from polyglot_news.comparison.model import Claim, ClaimCell, Comparison
    from polyglot_news.records import Version

# C0/C1 control characters other than tab and newline: a hostile article must not be able to
# move the cursor, clear the screen or retitle the terminal.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def clean(text: str) -> str:
    """``text`` with control characters shown as U+FFFD, safe to write to a terminal."""
    return _CONTROL.sub("\ufffd", text)


def unreliable(comparison: Comparison) -> set[str]:
    """Ids of the versions whose translation is flagged as made up or degenerate."""
    from polyglot_news.translate.quality import is_unreliable

    return {r.id for r in comparison.versions if is_unreliable(r.translation)}


@dataclass(frozen=True)
class ClaimRow:
    """One row of the claims table: a claim with one cell (or None: absent) per column."""

    number: int  # 1-based, as the reports show it
    claim: Claim
    cells: tuple[ClaimCell | None, ...]  # in the order of claim_columns()
    absent: tuple[str, ...]  # the compared versions that do not report the claim
    differs: bool  # a version words it differently or does not report it
    doubt: str = ""  # who may tell it in a flagged translation (doubt_text), "" for none


@dataclass(frozen=True)
class ClaimsSummary:
    """Counts shown above the claims table."""

    claims: int
    in_all: int  # reported by every compared version
    unique: int  # rows of one version that link to nothing else ("Only in one version")
    reworded: int  # rows where some version words the claim differently
    uncertain: int = 0  # rows a version may tell in a flagged translation (Claim.uncertain)
    possibly_unique: int = 0  # rows of one version linked to rows they could not join


def claim_columns(comparison: Comparison, *, base_first: bool = True) -> list[str]:
    """The columns of the claims table: the compared versions, the base version first (where a
    journalist reads a grid from) and the others in input order; ``base_first=False`` keeps
    input order throughout (the JSON report, whose ``base`` field names the base)."""
    ids = list(comparison.matrix_ids) or [r.id for r in comparison.versions if r.error is None]
    return _base_first(ids, comparison.base) if base_first else ids


def _base_first(ids: list[str], base: str) -> list[str]:
    """``ids`` with ``base`` moved to the front (unchanged when ``base`` is not among them)."""
    return [base, *(vid for vid in ids if vid != base)] if base in ids else ids


def outlets(comparison: Comparison) -> dict[str, str]:
    """Each version's outlet, by id, where the id does not already name it: a column headed
    ``rates#2`` says little, ``rates#2 (Broadcaster)`` says whose wording it is, and
    ``reuters-en`` needs no ``(Reuters)``."""
    out = {}
    for r in comparison.versions:
        outlet = outlet_name(r.version)
        if outlet and _letters(outlet.removeprefix(DATELINE)) not in _letters(r.id):
            out[r.id] = outlet
    return out


DATELINE = "dateline: "
"""What precedes an outlet read from a version's wire dateline (:func:`outlet_name`)."""


def outlet_name(version: Version) -> str:
    """The outlet a report names for ``version``: its own (a record's ``outlet``, a page's
    site name), else the agency its removed wire dateline credits, as ``"dateline: Reuters"``
    (``VILNIUS, Dec 1 (Reuters) -``: the wording is that agency's, whoever republished it),
    else ``""``; terminal-safe (:func:`clean`)."""
    outlet = " ".join((version.outlet or "").split())
    if not outlet:
        agency = version.dateline_agency
        outlet = f"{DATELINE}{agency}" if agency else ""
    return clean(outlet)


def _letters(text: str) -> str:
    return "".join(ch for ch in text.casefold() if ch.isalnum())


def claim_rows(comparison: Comparison, *, base_first: bool = True) -> list[ClaimRow]:
    """The claims table, one row per claim in the comparison's order, its cells (and ``absent``)
    in the order of :func:`claim_columns` with the same ``base_first``."""
    columns = claim_columns(comparison, base_first=base_first)
    alone = _flagged_alone(comparison)
    rows = []
    for number, claim in enumerate(comparison.claims, 1):
        cells = tuple(claim.cell(vid) for vid in columns)
        absent = tuple(vid for vid, cell in zip(columns, cells, strict=True) if cell is None)
        reworded = any(c.kind not in ("reference", "same") for c in claim.cells)
        doubt = doubt_text(alone, claim.uncertain)
        rows.append(ClaimRow(number, claim, cells, absent, reworded or bool(absent), doubt))
    return rows


def claims_summary(comparison: Comparison) -> ClaimsSummary:
    """How many claims, how many every version reports, how many only one, how many reworded."""
    columns = len(claim_columns(comparison))
    claims = comparison.claims
    return ClaimsSummary(
        claims=len(claims),
        in_all=sum(len(c.cells) == columns for c in claims),
        unique=sum(c.one_version and not c.related for c in claims),
        reworded=sum(any(x.kind not in ("reference", "same") for x in c.cells) for c in claims),
        uncertain=sum(bool(c.uncertain) for c in claims),
        possibly_unique=sum(c.one_version and bool(c.related) for c in claims),
    )


UNCERTAIN_TEXT = "may be told in a flagged translation"
"""What every format writes for a version absent from a row that has sentences whose
translation is flagged and that no other version reports (:attr:`Claim.uncertain`)."""


def doubt_text(alone: Mapping[str, Sequence[int]], versions: Sequence[str]) -> str:
    """``"outlet_de #4 #7: may be told in a flagged translation"`` for the ``versions`` of a
    row's :attr:`Claim.uncertain`, naming their flagged sentences no other version reports
    (``alone``, :func:`polyglot_news.comparison.claim_attach.flagged_alone`, computed once per
    report); ``""`` for none."""
    if not versions:
        return ""
    named = "; ".join(
        f"{vid} {' '.join(f'#{k}' for k in alone.get(vid, ()))}".strip() for vid in versions
    )
    return f"{named}: {UNCERTAIN_TEXT}"


def _flagged_alone(comparison: Comparison) -> dict[str, tuple[int, ...]]:
    from polyglot_news.comparison.claim_attach import flagged_alone

    return flagged_alone(comparison.claims)


@dataclass(frozen=True)
class UniqueRow:
    """What only one version reports (a row no other version has a cell in), with the number
    of its row in the claims table."""

    version: str
    index: int  # the first sentence's index in that version
    text: str
    claim: int  # 1-based, as the reports number the claims
    original: str = ""  # the source-language sentence, when the version was translated
    unreliable: bool = False  # the version's translation is flagged made up or degenerate
    flags: tuple[str, ...] = ()  # why this sentence's own translation is not to be trusted
    where: str = ""  # the sentence numbers, "#3" or "#3-4" (cell_where)
    related: tuple[int, ...] = ()  # 1-based rows its row links to but could not join
    uncertain: tuple[str, ...] = ()  # versions that may tell it in a flagged translation
    doubt: str = ""  # doubt_text of ``uncertain``


def unique_rows(comparison: Comparison, *, related: bool = False) -> list[UniqueRow]:
    """What only one version reports: every row of the claims table that one version alone
    has a cell in and that links to nothing else (:attr:`Comparison.unique`); with
    ``related=True`` the other rows one version alone has a cell in, those linked to rows they
    could not join (:attr:`Comparison.possibly_unique`: another version may tell them there in
    other words, :func:`unique_note`). Together the two lists hold every such row of the grid.
    Grouped by version in column order and in reading order within a version, so that a
    reader sees at a glance what each outlet alone reports; a translated sentence carries its
    original, a sentence of a
    translation flagged as made up or degenerate says so (``unreliable``), and so does one
    whose own translation the checks flag (``flags``, :func:`flag_text`)."""
    order = {vid: k for k, vid in enumerate(claim_columns(comparison))}
    flagged = unreliable(comparison)
    alone = _flagged_alone(comparison)
    rows = [
        UniqueRow(
            cell.version,
            cell.sentences[0],
            cell.text,
            n,
            cell.original,
            cell.version in flagged,
            cell.translation_flags,
            cell_where(cell),
            tuple(r + 1 for r in claim.related),
            claim.uncertain,
            doubt_text(alone, claim.uncertain),
        )  # fmt: skip
        for n, claim in enumerate(comparison.claims, 1)
        if claim.one_version and bool(claim.related) == related
        for cell in claim.cells[:1]
    ]
    return sorted(rows, key=lambda u: (order.get(u.version, len(order)), u.index))


POSSIBLY_UNIQUE_TITLE = "Only in one version's row, perhaps told elsewhere in other words"
"""The heading every format gives :func:`unique_rows` with ``related=True``."""


def unique_note(row: UniqueRow, prefix: str = "#") -> str:
    """What a report adds to an item whose row links to rows it could not join (the list
    :data:`POSSIBLY_UNIQUE_TITLE`): ``"compare #6: may be told there in other words"``;
    ``""`` otherwise."""
    if not row.related:
        return ""
    rows = " ".join(f"{prefix}{r}" for r in row.related)
    return f"compare {rows}: may be told there in other words"


def related_text(claim: Claim, prefix: str = "#") -> str:
    """``"see #6 #8"`` for a claim linked to rows 6 and 8 it could not join; empty if none."""
    return " ".join(["see", *(f"{prefix}{r + 1}" for r in claim.related)]) if claim.related else ""


UNRELIABLE_TEXT = "unreliable translation"
"""What every format writes beside a sentence whose translation is not to be trusted."""


def flag_text(flags: Sequence[str], version_flagged: bool = False) -> str:
    """What a report writes beside a sentence or cell whose translation the checks flag:
    ``unreliable translation: made up; name lost: Kursk`` (its own reasons,
    :attr:`ClaimCell.translation_flags`), ``unreliable translation`` when only its version's
    translation as a whole is flagged (``version_flagged``), else ``""``."""
    if flags:
        return f"{UNRELIABLE_TEXT}: {'; '.join(flags)}"
    return UNRELIABLE_TEXT if version_flagged else ""


def cell_where(cell: ClaimCell) -> str:
    """A cell's sentence numbers, e.g. ``#3`` or ``#3-4``; ``title`` for a version's title
    compared as a headline (:mod:`polyglot_news.comparison.claim_titles`: no sentence)."""
    if not cell.sentences:
        return "title"
    first, last = cell.sentences[0], cell.sentences[-1]
    return f"#{first}" if first == last else f"#{first}-{last}"
