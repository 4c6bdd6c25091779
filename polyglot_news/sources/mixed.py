"""Read a UTF-8 text into which runs of another encoding were pasted, keeping every byte.

Copy and paste between a legacy Windows program and a UTF-8 editor leaves files that are UTF-8
except for some runs of, say, windows-1251. Strict UTF-8 refuses them and no single code page
reads them: each would garble the rest. :func:`read_mixed` keeps the UTF-8 as it is and reads
the runs that are not UTF-8 in the code page under which they read most plausibly
(:mod:`polyglot_news.langid.plausibility`, among charset-normalizer's candidates and the
legacy code pages of :mod:`.decode`), and says which lines it read so. It only applies when the
valid multi-byte UTF-8 outweighs the foreign bytes: a windows-1251 text holds a few byte pairs
that happen to be valid UTF-8 (an uppercase letter before ``і``), never more of them than of
its other letters, so it is left to whole-file detection.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

__all__ = ["MixedReading", "read_mixed"]

_MAX_ERRORS = 20_000  # more invalid spots than this: not UTF-8 with a paste, a legacy file
_MIN_UTF8 = 6  # bytes of multi-byte UTF-8 (three Cyrillic letters) before UTF-8 is assumed
_BRIDGE = 3  # a valid UTF-8 gap this short between two foreign runs is an accident of them


class MixedReading(NamedTuple):
    """A mixed file's text, its encoding (``utf-8+CODEC``) and a one-line account of it."""

    text: str
    encoding: str
    note: str


def read_mixed(
    data: bytes, name: str, candidates: Callable[[bytes], list[str]]
) -> MixedReading | None:
    """``data`` read as UTF-8 with foreign runs, or None when it is not mostly UTF-8.

    ``candidates`` lists the codecs to try on the foreign bytes, best first. The foreign runs
    are read in the most plausible codec that decodes them all strictly; when none does,
    in Latin-1, which maps every byte to a character, so no byte is ever lost.
    """
    runs = _foreign_runs(data)
    if not runs:
        return None
    foreign = b"".join(data[s:e] for s, e in runs)
    utf8 = sum(b >= 0x80 for b in data) - sum(b >= 0x80 for b in foreign)
    if utf8 < _MIN_UTF8 or utf8 < sum(b >= 0x80 for b in foreign):
        return None
    codec = _best_codec([data[s:e] for s, e in runs], candidates(foreign))
    pieces, at = [], 0
    for start, end in runs:
        pieces.append(data[at:start].decode("utf-8"))
        pieces.append(data[start:end].decode(codec))
        at = end
    pieces.append(data[at:].decode("utf-8"))
    lines = sorted({data.count(b"\n", 0, s) + 1 for s, _ in runs})
    where = _line_ranges(lines)
    note = (
        f"{name} is UTF-8 with {len(foreign)} bytes in another encoding, read as {codec} "
        f"(line{'s' if len(lines) > 1 else ''} {where}); check them, or save the file as UTF-8"
    )
    return MixedReading("".join(pieces), f"utf-8+{codec}", note)


def _foreign_runs(data: bytes) -> list[tuple[int, int]]:
    """The byte spans strict UTF-8 refuses, joined across ASCII and across short valid gaps."""
    spans: list[tuple[int, int]] = []
    at = 0
    while at < len(data) and len(spans) <= _MAX_ERRORS:
        try:
            data[at:].decode("utf-8")
            break
        except UnicodeDecodeError as exc:
            spans.append((at + exc.start, at + exc.end))
            at += exc.end
    if len(spans) > _MAX_ERRORS:
        return []
    runs: list[tuple[int, int]] = []
    for start, end in spans:
        if runs:
            gap = data[runs[-1][1] : start]
            if gap.isascii() and b"\n" not in gap or len(gap) <= _BRIDGE:
                runs[-1] = (runs[-1][0], end)
                continue
        runs.append((start, end))
    return runs


def _best_codec(runs: list[bytes], codecs: list[str]) -> str:
    from polyglot_news.langid.plausibility import assess

    best: tuple[float, int, str] | None = None
    for rank, codec in enumerate(codecs):
        try:
            text = " ".join(run.decode(codec) for run in runs)
        except (UnicodeDecodeError, LookupError):
            continue
        _, ranking = assess(text[:1500])
        if best is None or (ranking, -rank) > best[:2]:
            best = (ranking, -rank, codec)
    return best[2] if best else "latin-1"


def _line_ranges(lines: list[int]) -> str:
    """``3, 7-9`` for lines 3, 7, 8, 9 (the first ten ranges, then ``...``)."""
    ranges: list[list[int]] = []
    for line in lines:
        if ranges and line == ranges[-1][1] + 1:
            ranges[-1][1] = line
        else:
            ranges.append([line, line])
    shown = [f"{a}-{b}" if a != b else str(a) for a, b in ranges[:10]]
    return ", ".join(shown) + (", ..." if len(ranges) > 10 else "")
