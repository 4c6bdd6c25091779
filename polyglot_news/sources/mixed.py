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

The reverse, a file in a single-byte legacy code page with UTF-8 text pasted into it, is read
by :func:`read_pasted_utf8` once detection has named the code page: the runs of whole UTF-8
words (each non-ASCII word decodes as UTF-8, at least :data:`_MIN_PASTED` characters on a
line) are read as UTF-8 where that reads more plausibly than the code page does (``Привет``,
not ``РџСЂРёРІРµС‚``), so the few accidental pairs of a legacy text (``СІ`` in windows-1251
is also valid UTF-8) stay as they are.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import NamedTuple

from polyglot_news.errors import PolyglotNewsError

__all__ = ["MixedReading", "read_mixed", "read_pasted_utf8"]

_MAX_ERRORS = 20_000  # more invalid spots than this: not UTF-8 with a paste, a legacy file
_MIN_UTF8 = 6  # bytes of multi-byte UTF-8 (three Cyrillic letters) before UTF-8 is assumed
_BRIDGE = 3  # a valid UTF-8 gap this short between two foreign runs is an accident of them
_MIN_PASTED = 3  # UTF-8 characters on a line before a run in a legacy file is read as UTF-8
_MAX_PASTED_RUNS = 200  # more runs than this: no paste, a legacy file full of accidents
# one well-formed multi-byte UTF-8 character (RFC 3629, table 3-7 of the Unicode standard)
_UTF8_CHAR = (
    rb"(?:[\xc2-\xdf][\x80-\xbf]|\xe0[\xa0-\xbf][\x80-\xbf]|[\xe1-\xec\xee\xef][\x80-\xbf]{2}"
    rb"|\xed[\x80-\x9f][\x80-\xbf]|\xf0[\x90-\xbf][\x80-\xbf]{2}|[\xf1-\xf3][\x80-\xbf]{3}"
    rb"|\xf4[\x80-\x8f][\x80-\xbf]{2})"
)
# a word's non-ASCII bytes, all of them UTF-8 (no other high byte before or after)
_UTF8_WORD = re.compile(rb"(?<![\x80-\xff])" + _UTF8_CHAR + rb"+(?![\x80-\xff])")


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


def read_pasted_utf8(data: bytes, name: str, detect: Callable[[bytes], str]) -> MixedReading | None:
    """``data``, a text in a single-byte code page, with its pasted UTF-8 runs read as UTF-8,
    or None when it holds none.

    ``detect`` names the code page of the bytes outside the runs (it may raise; then, or when
    the code page reads more than one byte per character, where valid UTF-8 pairs are common
    by accident, the answer is None too).
    """
    runs = _utf8_runs(data)
    if not runs:
        return None
    rest, at = [], 0
    for start, end in runs:
        rest.append(data[at:start])
        at = end
    try:
        codec = detect(b"".join([*rest, data[at:]]))
    except PolyglotNewsError:
        return None
    if not _single_byte(codec):
        return None
    runs = [run for run in runs if _reads_as_utf8(data[run[0] : run[1]], codec)]
    if not runs:
        return None
    pieces, at = [], 0
    for start, end in runs:
        pieces.append(data[at:start].decode(codec))
        pieces.append(data[start:end].decode("utf-8"))
        at = end
    pieces.append(data[at:].decode(codec))
    lines = sorted({data.count(b"\n", 0, s) + 1 for s, _ in runs})
    size = sum(end - start for start, end in runs)
    note = (
        f"{name} is {codec} with {size} bytes of UTF-8 pasted in, read as UTF-8 "
        f"(line{'s' if len(lines) > 1 else ''} {_line_ranges(lines)}); check them, or save "
        "the file as UTF-8"
    )
    return MixedReading("".join(pieces), f"{codec}+utf-8", note)


def _utf8_runs(data: bytes) -> list[tuple[int, int]]:
    """The spans of UTF-8 words joined across ASCII on one line, each holding at least
    :data:`_MIN_PASTED` characters (none when there are over :data:`_MAX_PASTED_RUNS`)."""
    runs: list[list[int]] = []  # [start, end, characters]
    for match in _UTF8_WORD.finditer(data):
        start, end = match.span()
        chars = len(match.group().decode("utf-8"))
        gap = data[runs[-1][1] : start] if runs else b"\n"
        if gap.isascii() and b"\n" not in gap:
            runs[-1][1:] = [end, runs[-1][2] + chars]
        else:
            runs.append([start, end, chars])
    found = [(start, end) for start, end, chars in runs if chars >= _MIN_PASTED]
    return found if len(found) <= _MAX_PASTED_RUNS else []


def _reads_as_utf8(run: bytes, codec: str) -> bool:
    """Whether ``run`` reads more plausibly as UTF-8 than in ``codec``."""
    from polyglot_news.langid.plausibility import assess

    return assess(run.decode("utf-8"))[1] > assess(run.decode(codec, errors="replace"))[1]


def _single_byte(codec: str) -> bool:
    """Whether ``codec`` reads each byte as one character (windows-1251, KOI8-R, Latin-1)."""
    high = bytes(range(0x80, 0x100))
    try:
        return len(high.decode(codec, errors="replace")) == len(high)
    except LookupError:
        return False


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
