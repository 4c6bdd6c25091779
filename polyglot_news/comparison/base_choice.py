"""Which version a comparison reports the others against when the user names none, and why.

Every other version is reported against the base ("X against base"), so the base decides what a
journalist reads first, and the report says why it was chosen (:attr:`.model.Comparison.
base_reason`).

* **Three versions or more**: the version covering the most of the other versions' sentences
  (:func:`.matrix.covering_version`; a tie goes to one not translated, then to the longer),
  the fullest account the others are read against. The medoid of the similarity matrix (the
  version most like all the others, :func:`.matrix.central_version`) was the rule until
  2 December 2026: two near-copies (two short translations of one agency's lines) are most
  like each other and made one of them the base over the wire carrying the facts
  (``benchmarks/default_base.py`` measures both).
* **Two versions**: both are equally like each other, so the medoid says nothing and input order
  (a file name) used to decide. :func:`two_version_base` takes, in this order, the version

  1. not translated (an original in the pivot language: its wording is an outlet's own, so every
     difference the report shows is the other outlet's wording or its translation, never noise of
     this one's translation);
  2. published earlier, when both give a date that can be read (ISO 8601 or RFC 2822): the
     first report, which the later one follows or rewrites;
  3. with more sentences: the fuller account, so fewer of the other's sentences read as added
     (on the gold stories' pairs the longer base covers more of the other's facts:
     ``python benchmarks/default_base.py``);
  4. given first.

In either case a version whose translation is flagged unreliable
(:func:`polyglot_news.translate.quality.is_unreliable`) is the base only when every version is.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from email.utils import parsedate_to_datetime

from polyglot_news.comparison.model import VersionResult

__all__ = ["BaseCandidate", "central_reason", "default_base", "translated", "two_version_base"]


@dataclass(frozen=True)
class BaseCandidate:
    """What the two-version rule looks at: the version's id, whether its text was translated,
    its date as loaded (``None`` when unknown) and its sentence count."""

    id: str
    translated: bool
    date: str | None
    sentences: int


def two_version_base(pair: Sequence[BaseCandidate]) -> tuple[int, str]:
    """The index (0 or 1) of the base of two versions and why, by the rule of the module.

    Raises:
        ValueError: when ``pair`` does not hold two candidates.
    """
    if len(pair) != 2:
        raise ValueError(f"two_version_base: {len(pair)} candidates, not 2")
    a, b = pair
    if a.translated != b.translated:
        k = 0 if not a.translated else 1
        return k, (
            f"of two versions, the one not translated ({pair[1 - k].id} is a translation), so "
            "its wording is the outlet's own"
        )
    dates = [_when(a.date), _when(b.date)]
    if dates[0] is not None and dates[1] is not None and dates[0] != dates[1]:
        k = 0 if dates[0] < dates[1] else 1
        return k, f"of two versions, the one published first ({pair[k].date})"
    if a.sentences != b.sentences:
        k = 0 if a.sentences > b.sentences else 1
        return k, (
            f"of two versions, the longer ({pair[k].sentences} sentences against "
            f"{pair[1 - k].sentences})"
        )
    return 0, "of two versions alike in language, date and length, the one given first"


def default_base(usable: Sequence[VersionResult], sound: Sequence[int]) -> tuple[int | None, str]:
    """The base of the two compared versions ``usable`` and why (:func:`two_version_base`;
    ``sound``: the indices of those whose translation is not flagged unreliable);
    ``(None, "")`` for more versions, whose base is the central one."""
    if len(usable) != 2:
        return None, ""
    if len(sound) == 1:
        return sound[0], (
            f"of two versions, the one whose translation is not flagged as unreliable "
            f"({usable[1 - sound[0]].id} is)"
        )
    index, reason = two_version_base(
        [BaseCandidate(r.id, translated(r), r.version.date, len(r.sentences)) for r in usable]
    )
    return index, reason


def translated(result: VersionResult) -> bool:
    """Whether the version's compared text is a translation (not the original)."""
    tr = result.translation
    return tr is not None and any(
        len(route) > 1 for route in (tr.route, *(p.route for p in tr.paragraphs))
    )


def central_reason(usable: Sequence[VersionResult], sound: Sequence[int], base: str) -> str:
    """Why ``base``, the version covering most of the others' sentences, is the base of three
    versions or more (``sound`` as for :func:`default_base`)."""
    flagged = [r.id for k, r in enumerate(usable) if k not in sound]
    among = (
        " (every version's translation is flagged as unreliable)" if base in flagged
        else f" among those not flagged as unreliable (flagged: {', '.join(flagged)})"
        if flagged else ""
    )  # fmt: skip
    return f"the version covering the most of the other versions' sentences{among}"


def _when(date: str | None) -> datetime | None:
    """A loaded date as an aware or naive datetime (ISO 8601, else RFC 2822); None when it
    cannot be read. Naive and aware dates are compared as UTC."""
    if not date:
        return None
    text = date.strip()
    found: datetime | None = None
    try:
        found = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        try:
            found = parsedate_to_datetime(text)
        except (TypeError, ValueError, IndexError):
            return None
    return found.replace(tzinfo=None) if found.tzinfo is None else _utc(found)


def _utc(found: datetime) -> datetime:
    offset = found.utcoffset()
    return (found - offset).replace(tzinfo=None) if offset is not None else found
